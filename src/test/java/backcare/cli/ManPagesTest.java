package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {
  @Test
  void thereIsAPagePerVisibleCommandWithItsOptionsExamplesAndExitCodes(@TempDir Path dir)
      throws Exception {
    assertThat(ManPages.generate(dir.toFile())).isZero();
    String root = Files.readString(dir.resolve("backcare.adoc"));
    assertThat(root)
        .contains(
            "= backcare(1)",
            "--debug",
            "Exit codes",
            "130",
            "Examples",
            "xref:backcare-routine.adoc[*routine*]");
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      Path page = dir.resolve("backcare-" + name + ".adoc");
      if (name.startsWith("__")) {
        assertThat(page).doesNotExist();
        continue;
      }
      assertThat(page).exists();
      assertThat(Files.readString(page))
          .contains("= backcare-" + name + "(1)", "--help", "Examples");
    }
    assertThat(Files.readString(dir.resolve("backcare-routine.adoc")))
        .contains("--dry-run", "--condition");
  }
}
