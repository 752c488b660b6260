package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.commandmodel.CommandModels;
import backcare.commandmodel.ModelDifferences;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The real commands' models as the build caches them (backcare.commandmodel) are the models picocli
 * reads from their annotations.
 */
class CachedCommandsTest {
  private static CommandLine fromAnnotations() {
    return BackcareCommand.build(Cli.withoutUserFolder().context(), null, null, null);
  }

  private static CommandLine compiled() {
    CommandModels compiled = CommandModels.load();
    assertThat(compiled).as("the build writes backcare/commands.bin").isNotNull();
    return BackcareCommand.build(Cli.withoutUserFolder().context(), null, null, compiled);
  }

  @Test
  void theRealCommandsCacheAgreesWithTheirAnnotations() {
    assertThat(
            ModelDifferences.between(
                fromAnnotations().getCommandSpec(), compiled().getCommandSpec()))
        .isEmpty();
  }

  @Test
  void everyCommandsHelpIsTheSame() {
    CommandLine annotated = fromAnnotations();
    CommandLine cached = compiled();
    assertThat(cached.getUsageMessage()).isEqualTo(annotated.getUsageMessage());
    assertThat(cached.getSubcommands().keySet())
        .containsExactlyElementsOf(annotated.getSubcommands().keySet());
    for (Map.Entry<String, CommandLine> e : annotated.getSubcommands().entrySet()) {
      assertThat(cached.getSubcommands().get(e.getKey()).getUsageMessage())
          .as(e.getKey())
          .isEqualTo(e.getValue().getUsageMessage());
    }
  }

  @Test
  void optionsSetTheCommandsFields() {
    Cli cli = new Cli(java.nio.file.Path.of("/nonexistent/backcare-test"));
    // parsing through the cached model reaches the fields: scale and conditions change the plan
    assertThat(
            cli.run(
                "routine",
                "quick",
                "--dry-run",
                "--scale",
                "2",
                "--condition",
                "pregnancy",
                "--debug"))
        .isZero();
    assertThat(cli.out).contains("Holds scaled by 2.0").contains("Made safe for: pregnancy.");
  }
}
