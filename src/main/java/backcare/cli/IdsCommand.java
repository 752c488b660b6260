package backcare.cli;

import backcare.routine.Condition;
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

  enum Kind {
    ROUTINES,
    EXERCISES,
    CONDITIONS;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
  Kind kind;

  @Override
  public Integer call() {
    PrintWriter out = HumanWriter.unwrapped(spec.commandLine().getOut());
    Collection<String> ids =
        switch (kind) {
          case CONDITIONS -> Condition.ids();
          case ROUTINES -> LibraryLoader.load(root.context().env()).routines().keySet();
          case EXERCISES -> LibraryLoader.load(root.context().env()).exercises().keySet();
        };
    for (String id : ids) out.println(id);
    out.flush();
    return ExitCode.OK;
  }
}
