package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backcare.routine.Condition;
import backcare.routine.LibraryLoader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  private static Cli.Result run(String... args) {
    return Cli.withoutUserFolder().asMain().exec(args);
  }

  @Test
  void theScriptCompletesCommandsOptionsAndConditionsAndAsksBackcareForIds() {
    Cli.Result r = run("completion", "bash");
    assertThat(r.code()).isZero();
    String script = r.out();
    assertThat(script)
        .contains(
            "complete -F _complete_backcare",
            "routines",
            "exercises",
            "validate",
            "--dry-run",
            "--condition");
    for (String c : Condition.ids()) assertThat(script).contains("\"" + c + "\"");
    assertThat(script)
        .contains("__ids routines", "__ids exercises")
        .doesNotContain("__backcare_ids_");
    assertThat(script)
        .doesNotContain("_picocli_backcare___ids"); // the hidden command is not offered
  }

  @Test
  void zshGetsTheSameScriptWhichSetsUpBashcompinit() {
    Cli.Result r = run("completion", "zsh");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(run("completion", "bash").out()).contains("bashcompinit");
  }

  @Test
  void anUnknownShellIsBadInput() {
    Cli.Result r = run("completion", "fish");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("bash or zsh");
  }

  @Test
  void idsPrintsEveryRoutineExerciseAndCondition() {
    var library = LibraryLoader.builtIn();
    assertThat(run("__ids", "routines").out().lines())
        .containsExactlyElementsOf(library.routines().keySet());
    assertThat(run("__ids", "exercises").out().lines())
        .containsExactlyElementsOf(library.exercises().keySet());
    assertThat(run("__ids", "conditions").out().lines()).containsExactlyElementsOf(Condition.ids());
    assertThat(run("__ids", "things").code()).isEqualTo(ExitCode.BAD_INPUT);
  }

  /** The script in a real bash, with a stand-in `backcare` that prints two ids. */
  @Test
  void bashCompletesRoutineIdsThroughTheScript(@TempDir Path tmp) throws Exception {
    assumeTrue(new File("/bin/bash").canExecute(), "bash is not installed");
    Path script = tmp.resolve("backcare.bash");
    Files.writeString(script, run("completion", "bash").out());
    String test =
        "source "
            + script
            + "\n"
            + "backcare() { [ \"$1 $2\" = \"__ids routines\" ] && printf 'morning\\nmidday\\n'; }\n"
            + "compopt() { :; }\n"
            + "COMP_WORDS=(backcare routine mo); COMP_CWORD=2; COMP_LINE='backcare routine mo'; COMP_POINT=19\n"
            + "_complete_backcare backcare mo routine\n"
            + "echo \"${COMPREPLY[*]}\"\n";
    Process p = new ProcessBuilder("/bin/bash", "-c", test).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(List.of(out.trim().split("\\s+"))).containsExactly("morning");
  }
}
