package backcare.cli;

import backcare.routine.Condition;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * For the completion script: the ids of routines (built-in and the user's), exercises or
 * conditions, one a line. Hidden: not in --help, the man page or completion; warnings about the
 * user's files are left to the commands that use them.
 */
@Command(
    name = "__ids",
    hidden = true,
    description = "Print ids for shell completion: routines, exercises or conditions.")
final class IdsCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KIND", description = "routines, exercises or conditions")
  String kind;

  @Override
  public Integer call() {
    PrintWriter out = HumanWriter.unwrapped(spec.commandLine().getOut());
    Collection<String> ids =
        switch (kind) {
          case "conditions" -> Condition.ids();
          case "routines", "exercises" -> {
            Library library = LibraryLoader.load(root.context().env());
            yield kind.equals("routines")
                ? library.routines().keySet()
                : library.exercises().keySet();
          }
          default ->
              throw new backcare.BadInputException(
                  "__ids " + kind + ": give routines, exercises or conditions");
        };
    for (String id : ids) out.println(id);
    out.flush();
    return ExitCode.OK;
  }
}
