package backcare.cli;

import backcare.BadInputException;
import backcare.history.HistoryStore;
import backcare.history.RecordJson;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.Since;
import backcare.history.Sparkline;
import backcare.history.Stats;
import backcare.history.TriageRecord;
import backcare.session.Ending;
import backcare.text.HumanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Show your recorded sessions, your streak and how your pain has changed.",
                "The last sessions as a table, pain before and after as a small chart, your streak, totals,"
                        + " the average change in pain, and whether the record says to see a clinician."
                        + " Routines and triages are recorded in $XDG_STATE_HOME/backcare/history.jsonl"
                        + " (default ~/.local/state/backcare/)."},
        footerHeading = "%nExamples:%n",
        footer = {"  backcare history",
                "  backcare history --since 2w",
                "  backcare history --since 2024-05-01 --csv > sessions.csv",
                "  backcare history --json | jq '.sessions[] | .painBefore'"})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    @ParentCommand BackcareCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only sessions since then: 12h, 30d, 2w (hours, days, weeks back from now) or a date YYYY-MM-DD.")
    String since;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10",
            description = "Rows in the table, 1 to " + HistoryCommand.MAX_ROWS
                    + " (default ${DEFAULT-VALUE}); --json and --csv give every session.")
    String lastOption;

    /** The most rows --last shows. */
    static final int MAX_ROWS = 100_000;

    @Option(names = "--json", description = "Print sessions, triages, the numbers and any safety-net advice as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print the sessions as CSV, one row each, with a header row.")
    boolean csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Context ctx = root.context();
        if (json && csv) throw new BadInputException("give --json or --csv, not both");
        int last = WholeOption.parse("--last", lastOption, 1, MAX_ROWS, "rows", null);
        ZonedDateTime now = ctx.now().get();
        ZonedDateTime from = since == null ? null : Since.parse(since, now);
        HistoryStore store = HistoryFiles.store(ctx);
        HistoryStore.Contents history;
        try {
            history = HistoryFiles.read(store, err);
        } catch (IOException e) {
            throw new BadInputException("cannot read your history, " + store.file() + ": " + HistoryStore.reason(e));
        }
        List<SessionRecord> all = history.sessionsByTime();
        List<SessionRecord> sessions = from == null ? all
                : all.stream().filter(s -> !s.start().toInstant().isBefore(from.toInstant())).toList();
        List<TriageRecord> triages = from == null ? history.triages()
                : history.triages().stream().filter(t -> !t.time().toInstant().isBefore(from.toInstant())).toList();
        Stats.Streak streak = Stats.streak(all, now.toLocalDate(), now.getZone());
        Stats.Totals totals = Stats.totals(sessions);
        List<SafetyNet.Alert> alerts = SafetyNet.check(all, history.triages(), now);
        if (json) {
            Json.print(out, json(store, from, sessions, triages, streak, totals, alerts, history.warnings()));
        } else if (csv) {
            printCsv(out, sessions);
            HistoryFiles.printAlerts(err, alerts);
        } else {
            boolean unicode = Sparkline.unicodeLocale(ctx.env());
            printText(out, store, from, sessions, last, streak, totals, history.latestTriage(), now, unicode, columns(ctx));
            HistoryFiles.printAlerts(out, alerts);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void printText(PrintWriter out, HistoryStore store, ZonedDateTime from, List<SessionRecord> sessions, int last,
                           Stats.Streak streak, Stats.Totals totals, Optional<TriageRecord> triage, ZonedDateTime now,
                           boolean unicode, int columns) {
        String sinceText = from == null ? "" : " since " + DAY_TIME.format(from);
        if (sessions.isEmpty()) {
            out.println(from == null
                    ? "No sessions recorded yet. Each `backcare routine` run is recorded in " + store.file() + "."
                    : "No sessions" + sinceText + ".");
        } else {
            List<SessionRecord> rows = sessions.subList(Math.max(0, sessions.size() - last), sessions.size());
            out.println((rows.size() == sessions.size() ? "Sessions" + sinceText + ":"
                    : "The last " + rows.size() + " of " + sessions.size() + " sessions" + sinceText + ":"));
            printTable(out, rows, now, unicode);
            out.println();
            int width = Math.max(10, columns - 10);
            List<SessionRecord> charted = sessions.subList(Math.max(0, sessions.size() - width), sessions.size());
            out.println("Pain per session, oldest to newest (0 none, 10 worst"
                    + (unicode ? "" : "; X is 10") + "; blank: not answered)"
                    + (charted.size() < sessions.size() ? ", the last " + charted.size() : "") + ":");
            out.println("  before  " + Sparkline.render(charted.stream().map(SessionRecord::painBefore).toList(), unicode));
            out.println("  after   " + Sparkline.render(charted.stream().map(SessionRecord::painAfter).toList(), unicode));
            out.println();
        }
        out.println("Streak:       " + streakText(streak));
        if (!sessions.isEmpty()) {
            out.println("Sessions:     " + totals.sessions() + ", " + minutes(totals.minutes()) + " minutes of stretching"
                    + (totals.skippedSessions() == 0 ? "" : " (and " + totals.skippedSessions()
                    + " with every step skipped, not counted)"));
            out.println("Pain change:  " + (totals.averagePainChange() == null
                    ? "not known yet (answer the pain questions before and after a routine)"
                    : String.format(Locale.ROOT, "%+.1f on average per session (%s, over %d session%s with both answers)",
                    totals.averagePainChange(), totals.averagePainChange() < 0 ? "better" : totals.averagePainChange() > 0 ? "worse" : "no change",
                    totals.sessionsWithBothPain(), totals.sessionsWithBothPain() == 1 ? "" : "s")));
        }
        triage.ifPresent(t -> out.println("Last triage:  " + t.time().atZoneSameInstant(now.getZone()).toLocalDate()
                + ", " + t.outcome() + (t.conditions().isEmpty() ? "" : "; conditions: " + String.join(", ", t.conditions()))));
    }

    private static void printTable(PrintWriter human, List<SessionRecord> rows, ZonedDateTime now, boolean unicode) {
        PrintWriter out = HumanWriter.unwrapped(human); // a row a line
        int rw = Math.max("ROUTINE".length(), rows.stream().mapToInt(s -> s.routine().length()).max().orElse(0));
        String format = "%-16s  %-" + rw + "s  %7s  %-7s  %s%n";
        out.printf(format, "DATE", "ROUTINE", "MINUTES", "PAIN", "ENDED");
        for (SessionRecord s : rows) {
            out.printf(format, DAY_TIME.format(s.start().atZoneSameInstant(now.getZone())), s.routine(),
                    minutes(s.activeSeconds() / 60.0), pain(s.painBefore()) + (unicode ? " → " : " -> ") + pain(s.painAfter()),
                    endingText(s.ending()));
        }
    }

    private static String streakText(Stats.Streak s) {
        if (s.days() == 0) return "none yet (a session today starts one)";
        String text = s.days() + (s.days() == 1 ? " day" : " days in a row");
        if (s.forgiven() > 0) text += " (" + s.forgiven() + " missed day" + (s.forgiven() > 1 ? "s" : "") + " forgiven)";
        return text;
    }

    static String endingText(String ending) {
        return ending.equals(Ending.STOPPED_FOR_PAIN.id()) ? "stopped for pain" : ending;
    }

    private static String pain(Integer p) {
        return p == null ? "-" : String.valueOf(p);
    }

    private static String minutes(double m) {
        return String.format(Locale.ROOT, "%.1f", m);
    }

    private static int columns(Context ctx) {
        try {
            return Integer.parseInt(ctx.env().getOrDefault("COLUMNS", "80"));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    private static Map<String, Object> json(HistoryStore store, ZonedDateTime from, List<SessionRecord> sessions,
                                            List<TriageRecord> triages, Stats.Streak streak, Stats.Totals totals,
                                            List<SafetyNet.Alert> alerts, List<String> warnings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", store.file().toString());
        m.put("since", from == null ? null : RecordJson.formatTime(from.toOffsetDateTime()));
        m.put("sessions", sessions.stream().map(RecordJson::fields).toList());
        m.put("triages", triages.stream().map(RecordJson::fields).toList());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("sessions", totals.sessions());
        stats.put("skippedSessions", totals.skippedSessions());
        stats.put("activeSeconds", totals.activeSeconds());
        stats.put("minutes", Math.round(totals.minutes() * 10) / 10.0);
        stats.put("sessionsWithBothPain", totals.sessionsWithBothPain());
        stats.put("averagePainChange", totals.averagePainChange() == null ? null
                : Math.round(totals.averagePainChange() * 100) / 100.0);
        stats.put("streakDays", streak.days());
        stats.put("streakForgivenDays", streak.forgiven());
        m.put("stats", stats);
        m.put("safetyNet", alerts);
        m.put("warnings", warnings);
        return m;
    }

    static final List<String> CSV_COLUMNS = List.of("start", "end", "routine", "file", "conditions", "totalSteps",
            "stepsDone", "stepsSkipped", "activeSeconds", "pausedSeconds", "ending", "painBefore", "painAfter");

    private static void printCsv(PrintWriter human, List<SessionRecord> sessions) {
        PrintWriter out = HumanWriter.unwrapped(human); // control characters still shown as \\uXXXX
        out.println(String.join(",", CSV_COLUMNS));
        for (SessionRecord s : sessions) {
            List<String> cells = new ArrayList<>();
            Map<String, Object> f = RecordJson.fields(s);
            for (String c : CSV_COLUMNS) {
                Object v = f.get(c);
                String text = v == null ? ""
                        : v instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                        : String.valueOf(v);
                cells.add(csvCell(text));
            }
            out.println(String.join(",", cells));
        }
    }

    /** RFC 4180: quote a cell holding a comma, a quote or a line break; double any quote. */
    static String csvCell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
