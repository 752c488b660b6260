package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.figure.Figure;
import backcare.figure.Figures;
import backcare.figure.Phase;
import backcare.figure.SvgFigure;
import backcare.history.Sparkline;
import backcare.routine.Exercise;
import backcare.routine.Library;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "exercises",
    mixinStandardHelpOptions = true,
    description = "List the exercise library, or show one exercise in full.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare exercises",
      "  backcare exercises knee-to-chest",
      "  backcare exercises --json",
      "  backcare exercises cat-cow --svg > cat-cow.svg",
      "  backcare exercises --svg > sheet.svg   # every figure"
    })
final class ExercisesCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "An exercise id: show this one in full.",
      completionCandidates = CompletionCommand.ExerciseIds.class)
  String id;

  /** --json or --svg, not both (null: text). */
  @ArgGroup(exclusive = true)
  Output output;

  static final class Output {
    @Option(
        names = "--json",
        description = "Print JSON: an array, or one object with ID (with the figure's pose data).")
    boolean json;

    @Option(
        names = "--svg",
        description =
            "Print the figure as a standalone SVG; without ID, every figure on one"
                + " contact sheet.")
    boolean svg;
  }

  @Option(
      names = "--size",
      paramLabel = "PX",
      defaultValue = "200",
      description =
          "With --svg: the figure's height in pixels, 80 to 2000 (default: ${DEFAULT-VALUE}).")
  String sizeOption;

  @Option(names = "--no-figure", description = "Leave the figure out of the text.")
  boolean noFigure;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean json = output != null && output.json;
    boolean svg = output != null && output.svg;
    int size = WholeOption.parse("--size", sizeOption, 80, 2000, "pixels", null);
    Library library = Libraries.load(root.context(), spec.commandLine().getErr());
    if (svg) return printSvg(out, library, size);
    if (id != null) {
      Exercise e = named(library);
      if (json) Json.print(out, toJson(e));
      else
        ExerciseText.print(
            out,
            e,
            noFigure ? null : e.figure(),
            Sparkline.unicodeLocale(root.context().env()),
            ExerciseText.figureColumns(HumanWriter.width(out, ExerciseText.FIGURE_COLUMNS + 1)));
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
      table.printf(
          format,
          e.id(),
          e.name(),
          ExerciseText.defaults(e),
          e.tags().isEmpty() ? "-" : String.join(", ", ExerciseText.sortedTags(e)));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The exercise ID names; an unknown one is bad input, with the nearest ids. */
  private Exercise named(Library library) {
    Exercise e = library.exercises().get(id);
    if (e == null) {
      throw new BadInputException(
          "unknown exercise \""
              + id
              + "\""
              + Suggest.didYouMean(id, library.exercises().keySet())
              + "; `backcare exercises` lists them");
    }
    return e;
  }

  private int printSvg(PrintWriter human, Library library, int size) {
    PrintWriter out = HumanWriter.unwrapped(human); // SVG is for programs: never wrapped
    if (id == null) {
      List<SvgFigure.Entry> entries = new ArrayList<>();
      for (Exercise e : library.exercises().values()) {
        if (e.figure() != null) {
          entries.add(
              new SvgFigure.Entry(
                  e.name(), Figures.drawings(e.figure()), Figures.labels(e.figure())));
        }
      }
      out.print(SvgFigure.sheet(entries, 4, size));
      out.flush();
      return ExitCode.OK;
    }
    Exercise e = named(library);
    if (e.figure() == null) {
      throw new BadInputException(
          e.id() + " has no figure; add a `figure:` to its exercise file (see the README)");
    }
    out.print(Figures.svg(e.name(), e.figure(), size));
    out.flush();
    return ExitCode.OK;
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
    m.put("tags", ExerciseText.sortedTags(e));
    m.put("sources", e.sources());
    m.put("figure", e.figure() == null ? null : figureJson(e.figure()));
    return m;
  }

  /**
   * The pose data: each phase's angles in degrees, as the exercise file gives them, and its props.
   */
  private static List<Map<String, Object>> figureJson(Figure f) {
    List<Map<String, Object>> phases = new ArrayList<>();
    for (Phase p : f.phases()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("phase", p.name());
      m.put("trunk", p.trunk());
      m.put("spine", p.spine());
      m.put("neck", p.neck());
      m.put("arm", List.of(p.arm().first(), p.arm().second()));
      m.put("farArm", List.of(p.farArm().first(), p.farArm().second()));
      m.put("leg", List.of(p.leg().first(), p.leg().second(), p.leg().third()));
      m.put("farLeg", List.of(p.farLeg().first(), p.farLeg().second(), p.farLeg().third()));
      m.put("props", p.props().stream().map(x -> x.id).toList());
      phases.add(m);
    }
    return phases;
  }
}
