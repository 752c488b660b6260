package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.history.HistoryStore;
import backcare.history.Pain;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.routine.ConditionFilter;
import backcare.routine.Durations;
import backcare.routine.FilterChange;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Plan;
import backcare.routine.Planner;
import backcare.routine.Routine;
import backcare.routine.Segment;
import backcare.session.Describe;
import backcare.session.Ending;
import backcare.session.JsonLinesOutput;
import backcare.session.LineOutput;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "routine", mixinStandardHelpOptions = true,
        description = {"Run a stretching routine step by step, with a countdown for every hold.",
                "It opens with the safety reminders. When stdout is not a terminal it prints one line",
                "per event, each stamped [mm:ss] and printed when that time arrives."},
        footerHeading = "%nExamples:%n",
        footer = {"  backcare routine morning",
                "  backcare routine desk --dry-run",
                "  backcare routine gentle --condition stenosis --scale 1.5",
                "  backcare routine --file my-routine.yaml",
                "  backcare routine morning --dry-run --json | jq .totalSeconds"})
public final class RoutineCommand implements Callable<Integer> {
    @ParentCommand BackcareCommand root;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A routine id (see `backcare routines`).")
    String id;

    @Option(names = "--file", paramLabel = "FILE", description = "Run the routine in this YAML file.")
    Path file;

    @Option(names = "--dry-run", description = "Print every step, side, rep, hold and rest, and the total, without waiting.")
    boolean dryRun;

    @Option(names = "--json", description = "With --dry-run: the expanded plan. Otherwise: one JSON object per event.")
    boolean json;

    @Option(names = "--scale", paramLabel = "F", description = "Multiply every hold by F (0.5 to 3.0).")
    Double scale;

    @Option(names = "--condition", paramLabel = "NAME",
            description = {"Make the routine safe for a condition (repeatable): ${COMPLETION-CANDIDATES}.",
                    "Without it, the conditions of your latest triage apply; none: run without any."},
            completionCandidates = ConditionNames.class)
    List<String> conditions = new ArrayList<>();

    @Mixin
    DisplayOptions display;

    @Option(names = "--pain", paramLabel = "N",
            description = "Your pain now, 0 (none) to 10 (worst), for your history. Without it a terminal asks.")
    String painBeforeOption;

    @Option(names = "--pain-after", paramLabel = "N",
            description = "Your pain after the routine, 0 to 10. Without it a terminal asks.")
    String painAfterOption;

    /** Lines typed in answer to the pain questions (made on first use: only a terminal is asked). */
    private BufferedReader answers;

    static final String NO_CONDITIONS = "none";

    static final class ConditionNames extends ArrayList<String> {
        ConditionNames() { super(Condition.ids()); }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Context ctx = root.context();
        Integer painBefore = Pain.option("--pain", painBeforeOption);
        Integer painAfter = Pain.option("--pain-after", painAfterOption);
        double f = scale == null ? 1.0 : scale;
        if (!(f >= Planner.MIN_SCALE && f <= Planner.MAX_SCALE)) {
            throw new BadInputException("--scale " + scale + " is out of range; give a number from 0.5 to 3.0");
        }
        HistoryStore store = HistoryFiles.store(ctx);
        HistoryStore.Contents history = readHistory(store, err);
        List<String> notes = new ArrayList<>();
        Set<Condition> conds = chooseConditions(history, notes, err);
        Library library = Libraries.load(ctx, err);
        Routine routine = chooseRoutine(library);
        Prepared p = prepare(routine, conds, f, library);
        // --json keeps stdout for JSON: what the history has to say goes to stderr there
        PrintWriter notices = json ? err : out;
        if (json) notes.forEach(err::println);
        else p = new Prepared(p.plan(), concat(notes, p.opening()));
        HistoryFiles.printAlerts(notices, SafetyNet.check(history.sessions(), history.triages(),
                ctx.offsetNow().toZonedDateTime()));
        if (dryRun) {
            if (json) Json.print(out, planJson(p.plan()));
            else printDryRun(out, p);
            return ExitCode.OK;
        }
        store.unwritableReason().ifPresent(why -> err.println("backcare: warning: this session cannot be recorded in"
                + " your history (" + why + "); the routine runs anyway."));
        err.flush();
        if (painBefore == null) {
            painBefore = askPain(ctx, out, "How much does your back hurt right now, from 0 (no pain) to 10 (worst imaginable)?");
        }
        OffsetDateTime start = ctx.offsetNow();
        Summary s;
        try {
            s = run(p, library, out);
        } catch (RunFailure failure) {
            // a bug ended the run: what was done still goes into the history
            record(store, SessionRecord.of(start, ctx.offsetNow(), routine.id(), routineFile(routine, library), conds,
                    failure.summary(), painBefore, painAfter), err);
            throw failure;
        }
        OffsetDateTime end = ctx.offsetNow();
        SessionRecord session = recordAskingPainAfter(ctx, out, err, store, SessionRecord.of(start,
                end, routine.id(), routineFile(routine, library), conds, s, painBefore, painAfter));
        if (!json && session.painBefore() != null && session.painAfter() != null) {
            out.println("Pain " + session.painBefore() + " before, " + session.painAfter() + " after.");
            out.flush();
        }
        return s.ending() == Ending.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
    }

    /** As `routines --json` has it: the file of a user routine or --file, null for a built-in one. */
    private String routineFile(Routine routine, Library library) {
        if (file != null) return file.toAbsolutePath().normalize().toString();
        Library.Entry entry = library.routines().get(routine.id());
        return entry != null && entry.user() ? entry.file() : null;
    }

    /**
     * Asks for the pain after (on a terminal, unless given or the run was interrupted) and records the
     * session. Ctrl-C at the question must not lose it: meanwhile a shutdown hook records it unanswered.
     */
    private SessionRecord recordAskingPainAfter(Context ctx, PrintWriter out, PrintWriter err, HistoryStore store,
                                                SessionRecord session) {
        if (session.painAfter() != null || Ending.INTERRUPTED.id().equals(session.ending()) || !canAsk(ctx)) {
            record(store, session, err);
            return session;
        }
        AtomicBoolean recorded = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (recorded.compareAndSet(false, true)) record(store, session, err);
        }, "backcare-record-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        SessionRecord answered = session.withPainAfter(askPain(ctx, out, "And now, after the routine, from 0 to 10?"));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is recording it
        }
        if (recorded.compareAndSet(false, true)) record(store, answered, err);
        return answered;
    }

    /** The history, or an empty one with a warning when the file cannot be read. */
    private static HistoryStore.Contents readHistory(HistoryStore store, PrintWriter err) {
        try {
            return HistoryFiles.tail(store, err);
        } catch (IOException e) {
            err.println("backcare: warning: could not read your history, " + store.file() + ": " + HistoryStore.reason(e)
                    + "; the safety net and your triage's conditions are not checked");
            err.flush();
            return new HistoryStore.Contents(List.of(), List.of());
        }
    }

    /**
     * --condition as given ("none": no conditions); without it, the conditions of the latest triage,
     * with a note saying so (dated as the triage recorded it).
     */
    private Set<Condition> chooseConditions(HistoryStore.Contents history, List<String> notes, PrintWriter err) {
        if (conditions.stream().anyMatch(c -> c.trim().equalsIgnoreCase(NO_CONDITIONS))) {
            if (conditions.size() > 1) throw new BadInputException("--condition none cannot be combined with other conditions");
            return Set.of();
        }
        if (!conditions.isEmpty()) return parseConditions(conditions);
        Optional<TriageRecord> triage = history.latestTriage();
        if (triage.isEmpty() || triage.get().conditions().isEmpty()) return Set.of();
        TriageRecord t = triage.get();
        Set<Condition> conds = t.knownConditions();
        for (String c : t.conditions()) {
            if (Condition.byId(c).isEmpty()) {
                err.println("backcare: warning: your triage on " + t.time().toLocalDate()
                        + " set condition \"" + c + "\", which this version does not know; it is left out");
            }
        }
        if (!conds.isEmpty()) {
            notes.add("Using the conditions from your triage on " + t.time().toLocalDate() + ": "
                    + String.join(", ", conds.stream().map(Condition::id).toList()) + ".");
            notes.add("  (--condition NAME chooses others; --condition none runs without.)");
        }
        return conds;
    }

    /** Questions are asked only on a terminal, and never over --json output. */
    private boolean canAsk(Context ctx) {
        return ctx.interactive() && !json;
    }

    /** Asks for a pain score on a terminal: Enter (or end of input) skips, anything but 0-10 is asked again. */
    private Integer askPain(Context ctx, PrintWriter out, String question) {
        if (!canAsk(ctx)) return null;
        if (answers == null) answers = new BufferedReader(new InputStreamReader(ctx.stdin()));
        while (true) {
            out.print(question + " Enter skips: ");
            out.flush();
            String line;
            try {
                line = answers.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) out.println();
            if (line == null || line.isBlank()) return null;
            Integer pain = Pain.parse(line);
            if (pain != null) return pain;
            out.println("Please type a whole number from 0 (no pain) to 10 (worst imaginable), or just press Enter to skip.");
        }
    }

    private static void record(HistoryStore store, SessionRecord session, PrintWriter err) {
        HistoryFiles.append(store, session, "this session", err);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A routine made safe for the conditions and expanded into its plan, with the lines that explain it. */
    public record Prepared(Plan plan, List<String> opening) {}

    public static Prepared prepare(Routine routine, Set<Condition> conds, double scale, Library library) {
        ConditionFilter.Result filtered = ConditionFilter.apply(routine, conds, library.exercises());
        if (filtered.routine().steps().isEmpty()) {
            throw new BadInputException("every step of \"" + routine.id() + "\" conflicts with "
                    + String.join(", ", conds.stream().map(Condition::id).toList())
                    + " and none has a safe alternative; try `backcare routine gentle`");
        }
        Plan plan = Planner.plan(filtered, scale);
        List<String> opening = new ArrayList<>();
        if (!conds.isEmpty()) {
            opening.add("Made safe for: " + String.join(", ", conds.stream().map(Condition::id).toList()) + ".");
            for (String a : plan.advice()) opening.add("  " + a);
            if (plan.changes().isEmpty()) opening.add("  No step needed changing.");
            for (FilterChange c : plan.changes()) opening.add("  " + c.describe());
        }
        if (scale != 1.0) opening.add("Holds scaled by " + scale + ".");
        for (String c : plan.capped()) opening.add("  " + c + ".");
        return new Prepared(plan, opening);
    }

    private Routine chooseRoutine(Library library) {
        if (id != null && file != null) {
            throw new BadInputException("give a routine id or --file, not both");
        }
        if (file != null) {
            LibraryLoader.Validation v = LibraryLoader.validate(List.of(file), library.exercises());
            if (!v.ok()) throw new BadInputException(v.problems());
            if (v.routines().size() != 1) {
                throw new BadInputException(file + ": holds no routine (a routine has id, title, description and steps)");
            }
            return v.routines().get(0);
        }
        if (id == null) {
            throw new BadInputException("name a routine to run (" + String.join(", ", library.routines().keySet())
                    + "), or give --file FILE; `backcare routines` describes them");
        }
        return Libraries.routine(library, id).routine();
    }

    /** Runs a prepared routine on the context's clock: the terminal screen, or lines (JSON Lines with --json). */
    Summary run(Prepared p, Library library, PrintWriter out) {
        RunListener lines = json
                ? new JsonLinesOutput(out, new ArrayList<>(p.plan().changes()))
                : new LineOutput(out, library.safety(), p.opening());
        return Sessions.run(root, display, p.plan(), json, lines, library.safety(), p.opening(), out,
                spec.commandLine().getErr());
    }

    static Set<Condition> parseConditions(List<String> names) {
        Set<Condition> conds = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String raw : names) {
            for (String name : raw.split(",")) {
                String n = name.trim().toLowerCase();
                Condition.byId(n).ifPresentOrElse(conds::add, () -> problems.add("--condition " + name
                        + ": unknown condition" + Suggest.didYouMean(n, Condition.ids()) + "; known: "
                        + String.join(", ", Condition.ids())));
            }
        }
        if (!problems.isEmpty()) throw new BadInputException(problems);
        return conds;
    }

    private static void printDryRun(PrintWriter out, Prepared p) {
        Plan plan = p.plan();
        out.println(plan.routine().title() + " (" + plan.routine().id() + "): " + plan.stepCount() + " steps, "
                + Durations.format(plan.totalSeconds()));
        for (String line : p.opening()) out.println(line);
        int step = -1;
        for (Segment s : plan.segments()) {
            if (s.stepIndex() != step) {
                step = s.stepIndex();
                // the header and any safety warnings; instructions are for the real run
                for (String line : Describe.stepIntro(plan, step)) {
                    if (line.startsWith("Step ") || line.startsWith("  Warning:")) {
                        out.println("[" + Durations.clock(s.startSecond()) + "] " + line);
                    }
                }
            }
            out.println("[" + Durations.clock(s.startSecond()) + "]   " + Describe.segment(s));
        }
        out.println("[" + Durations.clock(plan.totalSeconds()) + "] End. Total " + Durations.format(plan.totalSeconds()) + ".");
        out.flush();
    }

    static Map<String, Object> planJson(Plan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", plan.routine().id());
        m.put("title", plan.routine().title());
        m.put("totalSeconds", plan.totalSeconds());
        m.put("scale", plan.scale());
        m.put("changes", plan.changes());
        m.put("advice", plan.advice());
        m.put("segments", plan.segments());
        return m;
    }
}
