package backcare.cli;

import backcare.BadInputException;
import backcare.routine.ControlCharacters;
import backcare.routine.Durations;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Planner;
import backcare.routine.Routine;
import backcare.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check routine and exercise files and report every problem found.",
      "With no FILE, checks every file in your routine folder."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare validate my-routine.yaml",
      "  backcare validate ~/.config/backcare/routines/*.yaml",
      "  backcare validate"
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Routine or exercise files (YAML).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print {\"ok\", \"problems\", \"routines\"} as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Library library = LibraryLoader.builtIn();
    List<Path> targets = files;
    if (targets.isEmpty()) {
      Path dir = LibraryLoader.userDir(root.context().env());
      targets = LibraryLoader.userFiles(dir, new ArrayList<>());
      if (targets.isEmpty() && !json) {
        out.println("No routine files in " + dir + " to check.");
        out.flush();
        return ExitCode.OK;
      }
    }
    LibraryLoader.Validation v =
        withControlCharacters(LibraryLoader.validate(targets, library.exercises()), targets);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ok", v.ok());
      m.put("problems", v.problems());
      m.put(
          "routines", v.routines().stream().filter(r -> r.id() != null).map(Routine::id).toList());
      Json.print(out, m);
      return v.ok() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
    if (!v.ok()) {
      for (String p : v.problems()) err.println(p);
      err.println(
          v.problems().size()
              + " problem"
              + (v.problems().size() == 1 ? "" : "s")
              + " in "
              + targets.size()
              + " file"
              + (targets.size() == 1 ? "" : "s")
              + ".");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    for (Routine r : v.routines()) {
      out.println(
          "ok: routine "
              + r.id()
              + " ("
              + r.origin()
              + "): "
              + r.steps().size()
              + " steps, "
              + Durations.format(Planner.plan(r).totalSeconds()));
    }
    if (v.exerciseCount() > 0) out.println("ok: " + v.exerciseCount() + " exercises");
    out.flush();
    return ExitCode.OK;
  }

  /**
   * {@code v} with a problem for each text value that holds a control character (files that read as
   * YAML).
   */
  private static LibraryLoader.Validation withControlCharacters(
      LibraryLoader.Validation v, List<Path> files) {
    List<String> problems = new ArrayList<>(v.problems());
    for (Path file : files) {
      if (!java.nio.file.Files.isRegularFile(file))
        continue; // read once only: a pipe or device has no second reading
      try {
        problems.addAll(
            ControlCharacters.find(YamlReader.readFile(file, file.toString()), file.toString()));
      } catch (BadInputException e) {
        // unreadable or not YAML: reported by LibraryLoader.validate already
      }
    }
    return new LibraryLoader.Validation(List.copyOf(problems), v.routines(), v.exerciseCount());
  }
}
