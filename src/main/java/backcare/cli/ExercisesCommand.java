package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.routine.Durations;
import backcare.routine.Exercise;
import backcare.routine.Library;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercise library, or show one exercise in full.",
        footerHeading = "%nExamples:%n",
        footer = {"  backcare exercises", "  backcare exercises knee-to-chest", "  backcare exercises --json"})
final class ExercisesCommand implements Callable<Integer> {
    @ParentCommand BackcareCommand root;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "An exercise id: show this one in full.")
    String id;

    @Option(names = "--json", description = "Print JSON: an array, or one object with ID.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Library library = Libraries.load(root.context(), spec.commandLine().getErr());
        if (id != null) {
            Exercise e = library.exercises().get(id);
            if (e == null) {
                throw new BadInputException("unknown exercise \"" + id + "\""
                        + Suggest.didYouMean(id, library.exercises().keySet())
                        + "; `backcare exercises` lists them");
            }
            if (json) Json.print(out, toJson(e));
            else printFull(out, e);
            return ExitCode.OK;
        }
        if (json) {
            List<Map<String, Object>> all = new ArrayList<>();
            for (Exercise e : library.exercises().values()) all.add(toJson(e));
            Json.print(out, all);
            return ExitCode.OK;
        }
        int w = library.exercises().keySet().stream().mapToInt(String::length).max().orElse(2);
        int nw = library.exercises().values().stream().mapToInt(e -> e.name().length()).max().orElse(4);
        String format = "%-" + w + "s  %-" + nw + "s  %-22s  %s%n";
        PrintWriter table = HumanWriter.unwrapped(out); // a row a line, for grep and the like
        table.printf(format, "ID", "NAME", "DEFAULT", "TAGS");
        for (Exercise e : library.exercises().values()) {
            table.printf(format, e.id(), e.name(), defaults(e), e.tags().isEmpty() ? "-" : String.join(", ", sortedTags(e)));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printFull(PrintWriter out, Exercise e) {
        out.println(e.name() + " (" + e.id() + ")");
        out.println("Position: " + e.position());
        out.println("Default:  " + defaults(e) + (e.restSeconds() > 0 ? ", rest " + Durations.format(e.restSeconds()) : ""));
        if (e.maxHoldSeconds() > 0) out.println("Limit:    never more than " + Durations.format(e.maxHoldSeconds()));
        out.println("Tags:     " + (e.tags().isEmpty() ? "none" : String.join(", ", sortedTags(e))));
        for (String w : e.warnings()) out.println("Warning:  " + w);
        out.println();
        for (int i = 0; i < e.instructions().size(); i++) out.println((i + 1) + ". " + e.instructions().get(i));
        if (!e.cues().isEmpty()) {
            out.println();
            for (String c : e.cues()) out.println("Cue: " + c);
        }
        if (!e.sources().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (String s : e.sources()) out.println("  " + s);
        }
        out.flush();
    }

    static String defaults(Exercise e) {
        String work = e.isFlow() ? "move " + Durations.format(e.flowSeconds()) : "hold " + Durations.format(e.holdSeconds());
        if (e.reps() > 1) work += " x " + e.reps();
        return switch (e.sides()) {
            case BOTH -> work + ", each side";
            case LEFT, RIGHT -> work + ", " + e.sides().id();
            case NONE -> work;
        };
    }

    private static List<String> sortedTags(Exercise e) {
        return e.tags().stream().sorted().toList();
    }

    static Map<String, Object> toJson(Exercise e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("position", e.position());
        m.put("instructions", e.instructions());
        m.put("cues", e.cues());
        m.put("holdSeconds", e.isFlow() ? null : e.holdSeconds());
        m.put("flowSeconds", e.isFlow() ? e.flowSeconds() : null);
        m.put("reps", e.reps());
        m.put("sides", e.sides().id());
        m.put("restSeconds", e.restSeconds());
        m.put("maxHoldSeconds", e.maxHoldSeconds() > 0 ? e.maxHoldSeconds() : null);
        m.put("warnings", e.warnings());
        m.put("tags", sortedTags(e));
        m.put("sources", e.sources());
        return m;
    }
}
