package backcare.figure;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in figure through both renderers at two sizes, held to golden files in
 * src/test/resources/figures, so that any change to a pose, the body or a renderer shows in a diff.
 * After a change you mean, rewrite them with {@code mvn -B -q test -Dtest=FigureGoldenTest
 * -Dfigures.update=true} and look at the diff (and the contact sheet, README "Figures") before
 * committing.
 */
class FigureGoldenTest {
  static final List<Exercise> BUILT_IN = FiguresMatchWordsTest.BUILT_IN;

  @ParameterizedTest(name = "{0} {1}x{2}")
  @CsvSource({"braille, 64, 11", "braille, 30, 8", "ascii, 64, 11", "ascii, 30, 8"})
  void terminal(String kind, int cols, int rows) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Exercise e : BUILT_IN) {
      all.append("== ").append(e.id()).append('\n');
      for (String line : Figures.text(e.figure(), cols, rows, kind.equals("braille"), false)) {
        all.append('|').append(line).append('\n');
      }
    }
    check(kind + "-" + cols + "x" + rows + ".txt", all.toString());
  }

  @ParameterizedTest(name = "svg {0} px")
  @CsvSource({"120", "400"})
  void svg(int height) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Exercise e : BUILT_IN) {
      all.append("<!-- ")
          .append(e.id())
          .append(" -->\n")
          .append(Figures.svg(e.name(), e.figure(), height));
    }
    check("svg-" + height + ".txt", all.toString());
  }

  private static void check(String name, String actual) throws IOException {
    if (Boolean.getBoolean("figures.update")) {
      Path file = Path.of("src/test/resources/figures", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    String expected;
    try (InputStream in = FigureGoldenTest.class.getResourceAsStream("/figures/" + name)) {
      assertThat(in)
          .as("golden file figures/" + name + " (make it with -Dfigures.update=true)")
          .isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as(
            "figures/"
                + name
                + " differs: if the change is meant, run "
                + "mvn -B -q test -Dtest=FigureGoldenTest -Dfigures.update=true and look at the diff")
        .isEqualTo(expected);
  }
}
