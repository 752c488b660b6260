package backcare.cli;

import backcare.BadInputException;
import backcare.history.Figures;
import backcare.history.HistoryRecord;
import backcare.history.HistoryStore;
import backcare.history.RecordJson;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.Since;
import backcare.history.Sparkline;
import backcare.history.Stats;
import backcare.json.JsonOut;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Show your recorded sessions, your streak and how your pain has changed.",
      "The last sessions as a table, pain before and after as a small chart, your streak, totals,"
          + " the average change in pain, and whether the record says to see a clinician."
          + " Routines and triages are recorded in $XDG_STATE_HOME/backcare/history.jsonl"
          + " (default ~/.local/state/backcare/)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare history",
      "  backcare history --since 2w",
      "  backcare history --since 2024-05-01 --csv > sessions.csv",
      "  backcare history --json | jq '.sessions[] | .painBefore'"
    })
final class HistoryCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Only sessions since then: 12h, 30d, 2w (hours, days, weeks back from now) or a date YYYY-MM-DD.")
  String since;

  @Option(
      names = "--last",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Rows in the table, 1 to "
              + HistoryCommand.MAX_ROWS
              + " (default ${DEFAULT-VALUE}); --json and --csv give every session.")
  String lastOption;

  /** The most rows --last shows. */
  static final int MAX_ROWS = 100_000;

  @Option(
      names = "--json",
      description = "Print sessions, triages, the numbers and any safety-net advice as JSON.")
  boolean json;

  @Option(
      names = "--csv",
      description = "Print the sessions as CSV, one row each, with a header row.")
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
    int columns = columns(ctx);
    int chartWidth = Math.max(10, columns - 10);
    // one pass: the figures fold every record in; --json and --csv write each session as it is read
    Figures figures =
        new Figures(
            now,
            from == null ? null : from.toInstant(),
            json || csv ? 0 : Math.max(last, chartWidth));
    HistoryFiles.Warnings warnings = new HistoryFiles.Warnings(store, err);
    Records records =
        json
            ? new JsonRecords(HumanWriter.unwrapped(out), store, from)
            : csv ? new CsvRecords(HumanWriter.unwrapped(out)) : null;
    try {
      store.forEach(
          new HistoryStore.Visitor() {
            @Override
            public void note(String note) {
              warnings.note(note);
            }

            @Override
            public void record(HistoryRecord r, long offset) {
              figures.add(r);
              if (records != null && figures.inRange(r)) records.add(r, offset);
            }

            @Override
            public void warning(String warning) {
              warnings.warning(warning);
              if (records != null) records.warning(warning);
            }
          });
      warnings.finish();
      if (records != null) records.finish(figures);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read your history, " + store.file() + ": " + HistoryStore.reason(e));
    }
    if (csv) {
      HistoryFiles.printAlerts(err, figures.alerts());
    } else if (!json) {
      boolean unicode = Sparkline.unicodeLocale(ctx.env());
      printText(out, store, from, figures, last, now, unicode, chartWidth);
      HistoryFiles.printAlerts(out, figures.alerts());
    }
    out.flush();
    return ExitCode.OK;
  }

  private void printText(
      PrintWriter out,
      HistoryStore store,
      ZonedDateTime from,
      Figures figures,
      int last,
      ZonedDateTime now,
      boolean unicode,
      int chartWidth) {
    String sinceText = from == null ? "" : " since " + DAY_TIME.format(from);
    int count = figures.sessions();
    Stats.Totals totals = figures.totals();
    if (count == 0) {
      out.println(
          from == null
              ? "No sessions recorded yet. Each `backcare routine` run is recorded in "
                  + store.file()
                  + "."
              : "No sessions" + sinceText + ".");
    } else {
      List<SessionRecord> rows = figures.latest(last);
      out.println(
          (rows.size() == count
              ? "Sessions" + sinceText + ":"
              : "The last " + rows.size() + " of " + count + " sessions" + sinceText + ":"));
      printTable(out, rows, now, unicode);
      out.println();
      List<SessionRecord> charted = figures.latest(chartWidth);
      out.println(
          "Pain per session, oldest to newest (0 none, 10 worst"
              + (unicode ? "" : "; X is 10")
              + "; blank: not answered)"
              + (charted.size() < count ? ", the last " + charted.size() : "")
              + ":");
      out.println(
          "  before  "
              + Sparkline.render(
                  charted.stream().map(SessionRecord::painBefore).toList(), unicode));
      out.println(
          "  after   "
              + Sparkline.render(charted.stream().map(SessionRecord::painAfter).toList(), unicode));
      out.println();
    }
    out.println("Streak:       " + streakText(figures.streak()));
    if (count > 0) {
      out.println(
          "Sessions:     "
              + totals.sessions()
              + ", "
              + minutes(totals.minutes())
              + " minutes of stretching"
              + (totals.skippedSessions() == 0
                  ? ""
                  : " (and "
                      + totals.skippedSessions()
                      + " with every step skipped, not counted)"));
      out.println(
          "Pain change:  "
              + (totals.averagePainChange() == null
                  ? "not known yet (answer the pain questions before and after a routine)"
                  : String.format(
                      Locale.ROOT,
                      "%+.1f on average per session (%s, over %d session%s with both answers)",
                      totals.averagePainChange(),
                      totals.averagePainChange() < 0
                          ? "better"
                          : totals.averagePainChange() > 0 ? "worse" : "no change",
                      totals.sessionsWithBothPain(),
                      totals.sessionsWithBothPain() == 1 ? "" : "s")));
    }
    figures
        .latestTriage()
        .ifPresent(
            t ->
                out.println(
                    "Last triage:  "
                        + t.time().atZoneSameInstant(now.getZone()).toLocalDate()
                        + ", "
                        + t.outcome()
                        + (t.conditions().isEmpty()
                            ? ""
                            : "; conditions: " + String.join(", ", t.conditions()))));
  }

  private static void printTable(
      PrintWriter human, List<SessionRecord> rows, ZonedDateTime now, boolean unicode) {
    PrintWriter out = HumanWriter.unwrapped(human); // a row a line
    int rw =
        Math.max(
            "ROUTINE".length(), rows.stream().mapToInt(s -> s.routine().length()).max().orElse(0));
    String format = "%-16s  %-" + rw + "s  %7s  %-7s  %s%n";
    out.printf(format, "DATE", "ROUTINE", "MINUTES", "PAIN", "ENDED");
    for (SessionRecord s : rows) {
      out.printf(
          format,
          DAY_TIME.format(s.start().atZoneSameInstant(now.getZone())),
          s.routine(),
          minutes(s.activeSeconds() / 60.0),
          pain(s.painBefore()) + (unicode ? " → " : " -> ") + pain(s.painAfter()),
          endingText(s.ending()));
    }
  }

  private static String streakText(Stats.Streak s) {
    if (s.days() == 0) return "none yet (a session today starts one)";
    String text = s.days() + (s.days() == 1 ? " day" : " days in a row");
    if (s.forgiven() > 0)
      text += " (" + s.forgiven() + " missed day" + (s.forgiven() > 1 ? "s" : "") + " forgiven)";
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

  /** Where --json and --csv write each record in range as it is read, in file order. */
  private interface Records {
    void add(HistoryRecord r, long offset);

    default void warning(String warning) {}

    void finish(Figures figures) throws IOException;
  }

  private static final String NL = System.lineSeparator();

  /**
   * The --json document, written a piece at a time by one JsonOut, the bytes Json.print would give:
   * the sessions as they are read; the triages (a few in a hundred records) from a second look at
   * just their lines, found on the way; then the figures, the safety net and the warnings.
   */
  private static final class JsonRecords implements Records {
    /** The warnings listed in the document; past these, one line says how many more. */
    static final int MAX_LISTED_WARNINGS = 1000;

    private final PrintWriter w;
    private final JsonOut doc;
    private final HistoryStore store;
    private final ZonedDateTime from;
    private final List<String> warnings = new ArrayList<>();
    private int unlisted;
    private long[] triages = new long[16];
    private int triageCount;
    private boolean begun;

    JsonRecords(PrintWriter w, HistoryStore store, ZonedDateTime from) {
      this.w = w;
      this.doc = JsonOut.prettyTo(w);
      this.store = store;
      this.from = from;
    }

    private void begin() {
      if (begun) return;
      begun = true;
      doc.startObject()
          .field("file", store.file().toString())
          .field("since", from == null ? null : RecordJson.formatTime(from.toOffsetDateTime()))
          .name("sessions")
          .startArray();
    }

    private void element(HistoryRecord r) {
      doc.value(RecordJson.fields(r));
    }

    @Override
    public void add(HistoryRecord r, long offset) {
      begin();
      if (r instanceof SessionRecord) {
        element(r);
      } else {
        if (triageCount == triages.length)
          triages = java.util.Arrays.copyOf(triages, triageCount * 2);
        triages[triageCount++] = offset;
      }
    }

    @Override
    public void warning(String warning) {
      if (warnings.size() < MAX_LISTED_WARNINGS) warnings.add(warning);
      else unlisted++;
    }

    @Override
    public void finish(Figures figures) throws IOException {
      begin();
      doc.endArray().name("triages").startArray();
      store.reread(
          triages,
          triageCount,
          new HistoryStore.Visitor() {
            @Override
            public void record(HistoryRecord r, long offset) {
              element(r);
            }

            @Override
            public void warning(String warning) {}
          });
      doc.endArray();
      Stats.Totals totals = figures.totals();
      Stats.Streak streak = figures.streak();
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("sessions", totals.sessions());
      stats.put("skippedSessions", totals.skippedSessions());
      stats.put("activeSeconds", totals.activeSeconds());
      stats.put("minutes", Math.round(totals.minutes() * 10) / 10.0);
      stats.put("sessionsWithBothPain", totals.sessionsWithBothPain());
      stats.put(
          "averagePainChange",
          totals.averagePainChange() == null
              ? null
              : Math.round(totals.averagePainChange() * 100) / 100.0);
      stats.put("streakDays", streak.days());
      stats.put("streakForgivenDays", streak.forgiven());
      doc.field("stats", stats);
      List<Map<String, Object>> alerts = new ArrayList<>();
      for (SafetyNet.Alert a : figures.alerts()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", a.rule());
        m.put("message", a.message());
        alerts.add(m);
      }
      doc.field("safetyNet", alerts);
      List<String> listed = new ArrayList<>(warnings);
      if (unlisted > 0) listed.add("and " + unlisted + " more such lines in " + store.file());
      doc.field("warnings", listed).endObject().close();
      w.println();
      w.flush();
    }
  }

  static final List<String> CSV_COLUMNS =
      List.of(
          "start",
          "end",
          "routine",
          "file",
          "conditions",
          "totalSteps",
          "stepsDone",
          "stepsSkipped",
          "activeSeconds",
          "pausedSeconds",
          "ending",
          "painBefore",
          "painAfter");

  /**
   * --csv: the header, then a row per session as it is read (control characters are still shown as
   * \\uXXXX).
   */
  private static final class CsvRecords implements Records {
    private final PrintWriter w;
    private boolean begun;

    CsvRecords(PrintWriter w) {
      this.w = w;
    }

    private void begin() {
      if (!begun) w.write(String.join(",", CSV_COLUMNS) + NL);
      begun = true;
    }

    @Override
    public void add(HistoryRecord r, long offset) {
      if (!(r instanceof SessionRecord s)) return;
      begin();
      StringBuilder row = new StringBuilder(256);
      boolean first = true;
      Map<String, Object> f = RecordJson.fields(s);
      for (String c : CSV_COLUMNS) {
        Object v = f.get(c);
        String text =
            v == null
                ? ""
                : v instanceof List<?> list
                    ? String.join(";", list.stream().map(String::valueOf).toList())
                    : String.valueOf(v);
        if (!first) row.append(',');
        first = false;
        row.append(csvCell(text));
      }
      w.write(row.append(NL).toString());
    }

    @Override
    public void finish(Figures figures) {
      begin();
      w.flush();
    }
  }

  /** RFC 4180: quote a cell holding a comma, a quote or a line break; double any quote. */
  static String csvCell(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) return text;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
