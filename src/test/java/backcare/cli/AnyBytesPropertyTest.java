package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as a file, as a user meets it: exit 2, and every problem said with the file's
 * name, line and column (never a stack trace, never a problem without its place).
 */
class AnyBytesPropertyTest {
  /** What YAML and JSON are made of, so that the parser gets past its first byte now and then. */
  private static final String SYNTAX = "{}[]:,-#&*!|>'\" \n\t\r?%@`\\";

  @TempDir Path dir;

  @BeforeEach
  void warmUp() {
    // the parsers' and picocli's classes load here, not in a timed try
    Path warm = write(dir.resolve("warm.yaml"), "?");
    new Cli(dir).run("triage", "--answers", warm.toString(), "--json", "--no-routine");
    new Cli(dir).run("routine", "--file", warm.toString(), "--dry-run");
  }

  /** Up to 300 bytes, each any byte or one of YAML's, as a text of code points 0-255. */
  static String anyBytes(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(r.nextInt(8) == 0 ? 300 : 40); i > 0; i--) {
      switch (r.nextInt(3)) {
        case 0 -> b.append((char) r.nextInt(256));
        case 1 -> b.append(SYNTAX.charAt(r.nextInt(SYNTAX.length())));
        default -> b.append((char) ('a' + r.nextInt(26)));
      }
    }
    return b.toString();
  }

  @Test
  void triageWithAnyBytesAsItsAnswersFileExitsTwoWithEveryProblemPlaced() {
    Cli cli = new Cli(dir);
    Path yaml = dir.resolve("answers.yaml");
    Path json = dir.resolve("answers.json");
    Property.of("triage --answers of any bytes", 20261213L)
        .tries(300)
        .forAll(
            AnyBytesPropertyTest::anyBytes,
            text -> {
              Path file = text.length() % 2 == 0 ? yaml : json;
              write(file, text);
              int code = cli.run("triage", "--answers", file.toString(), "--json", "--no-routine");
              assertThat(code).as(cli.err).isEqualTo(2);
              assertEveryLinePlaced(cli.err, file);
            });
  }

  @Test
  void aRoutineFileOfAnyBytesExitsTwoWithEveryProblemPlaced() {
    Cli cli = new Cli(dir);
    Path file = dir.resolve("routine.yaml");
    Property.of("routine --file of any bytes", 20261214L)
        .tries(300)
        .forAll(
            AnyBytesPropertyTest::anyBytes,
            text -> {
              write(file, text);
              int code = cli.run("routine", "--file", file.toString(), "--dry-run");
              assertThat(code).as(cli.err).isEqualTo(2);
              assertEveryLinePlaced(cli.err, file);
            });
  }

  private static void assertEveryLinePlaced(String err, Path file) {
    assertThat(err.lines())
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches("backcare: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*")
                    .doesNotContain("Exception", "\tat ", "java.", "snakeyaml", "jackson"));
  }

  private static Path write(Path file, String text) {
    try {
      return Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1)); // one byte a char
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
