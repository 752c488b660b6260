package backcare.cli;

import backcare.BadInputException;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
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
  /**
   * Positional parameters completed with ids: subcommand, parameter label, kind for {@code __ids}.
   */
  static final List<String[]> ID_PARAMETERS =
      List.of(
          new String[] {"routine", "ID", "routines"},
          new String[] {"exercises", "ID", "exercises"});

  private static final String MARKER = "__backcare_ids_";

  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      description = "bash or zsh (zsh runs the bash script through bashcompinit)")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new BadInputException("completion " + shell + ": give bash or zsh");
    }
    PrintWriter out = HumanWriter.unwrapped(spec.commandLine().getOut()); // a script: never wrapped
    out.print(script(BackcareCommand.commandLine(root.context())));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * picocli's script for the full command line, with the id parameters completed by {@code backcare
   * __ids}.
   */
  static String script(CommandLine full) {
    for (String[] p : ID_PARAMETERS) {
      CommandLine sub = full.getSubcommands().get(p[0]);
      if (sub == null) continue;
      CommandSpec s = sub.getCommandSpec();
      for (PositionalParamSpec pos : List.copyOf(s.positionalParameters())) {
        if (pos.paramLabel().equals(p[1])) {
          s.remove(pos);
          s.addPositional(pos.toBuilder().completionCandidates(List.of(MARKER + p[2])).build());
        }
      }
    }
    String script = AutoComplete.bash("backcare", full);
    for (String[] p : ID_PARAMETERS) {
      // picocli writes: local ID_pos_param_args=("__backcare_ids_routines") # 0-0 values
      script =
          script.replace(
              "=(\"" + MARKER + p[2] + "\")",
              "=( $(\"${COMP_WORDS[0]/#\\~/$HOME}\" __ids " + p[2] + " 2>/dev/null) )");
    }
    if (script.contains(MARKER)) {
      throw new IllegalStateException(
          "picocli's completion script changed shape: " + MARKER + " left in it");
    }
    return script;
  }
}
