package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
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
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
            description = "Make the routine safe for a condition (repeatable): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ConditionNames.class)
    List<String> conditions = new ArrayList<>();

    @Mixin
    DisplayOptions display;

    static final class ConditionNames extends ArrayList<String> {
        ConditionNames() { super(Condition.ids()); }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Condition> conds = parseConditions(conditions);
        double f = scale == null ? 1.0 : scale;
        if (!(f >= Planner.MIN_SCALE && f <= Planner.MAX_SCALE)) {
            throw new BadInputException("--scale " + scale + " is out of range; give a number from 0.5 to 3.0");
        }
        Library library = Libraries.load(root.context(), err);
        Routine routine = chooseRoutine(library);
        Prepared p = prepare(routine, conds, f, library);
        if (dryRun) {
            if (json) Json.print(out, planJson(p.plan()));
            else printDryRun(out, p);
            return ExitCode.OK;
        }
        Summary s = run(p, library, out);
        return s.ending() == Ending.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
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
        Plan plan = Planner.plan(filtered.routine(), scale, filtered.changes());
        List<String> opening = new ArrayList<>();
        if (!conds.isEmpty()) {
            opening.add("Made safe for: " + String.join(", ", conds.stream().map(Condition::id).toList()) + ".");
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

    /** Runs a prepared routine on the context's clock and display, as `routine` and triage's hand-over do. */
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
                out.println("[" + Durations.clock(s.startSecond()) + "] " + Describe.stepIntro(plan, step).get(0));
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
        m.put("segments", plan.segments());
        return m;
    }
}
