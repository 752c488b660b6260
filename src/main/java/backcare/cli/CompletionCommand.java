package backcare.cli;

import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a Tab-completion script for bash or zsh.",
      "It completes commands, options, condition names, files, and the ids of routines and exercises"
          + " (yours too: it asks backcare for them at each Tab)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(backcare completion bash)   # this shell",
      "  backcare completion bash > ~/.local/share/bash-completion/completions/backcare",
      "  echo 'source <(backcare completion zsh)' >> ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  private static final String MARKER = "__backcare_ids_";

  /**
   * The candidates of a routine ID: a marker that {@link #script} turns into a call of {@code
   * backcare __ids routines} at each Tab, so that the user's own routines are completed too.
   */
  static final class RoutineIds extends ArrayList<String> {
    RoutineIds() {
      super(List.of(MARKER + IdsCommand.Kind.ROUTINES));
    }
  }

  /** The candidates of an exercise ID, as {@link RoutineIds}. */
  static final class ExerciseIds extends ArrayList<String> {
    ExerciseIds() {
      super(List.of(MARKER + IdsCommand.Kind.EXERCISES));
    }
  }

  enum Shell {
    BASH,
    ZSH;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      description = "${COMPLETION-CANDIDATES} (zsh runs the bash script through bashcompinit)")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = HumanWriter.unwrapped(spec.commandLine().getOut()); // a script: never wrapped
    out.print(script(BackcareCommand.commandLine(root.context())));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * picocli's script for the full command line (the same for both shells), with the id parameters
   * completed by {@code backcare __ids}.
   */
  static String script(CommandLine full) {
    String script = AutoComplete.bash("backcare", full);
    for (IdsCommand.Kind kind : IdsCommand.Kind.values()) {
      // picocli writes: local ID_pos_param_args=("__backcare_ids_routines") # 0-0 values
      script =
          script.replace(
              "=(\"" + MARKER + kind + "\")",
              "=( $(\"${COMP_WORDS[0]/#\\~/$HOME}\" __ids " + kind + " 2>/dev/null) )");
    }
    if (script.contains(MARKER)) {
      throw new IllegalStateException(
          "picocli's completion script changed shape: " + MARKER + " left in it");
    }
    return script;
  }
}
