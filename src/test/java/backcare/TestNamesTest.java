package backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class with tests is one that `mvn test` runs. Surefire runs only the classes named as its
 * default includes say ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}): four
 * property test classes named {@code *Properties} were never run by the build until this test found
 * them.
 */
class TestNamesTest {
  private static final List<String> TEST_ANNOTATIONS =
      List.of("@Test", "@ParameterizedTest", "@RepeatedTest", "@TestFactory", "@TestTemplate");

  @Test
  void everyClassWithTestsHasANameTheBuildRuns() throws IOException {
    List<String> unrun = new ArrayList<>();
    int withTests = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".java")) continue;
        String text = Files.readString(file);
        if (TEST_ANNOTATIONS.stream().noneMatch(text::contains)) continue;
        withTests++;
        if (!runByTheBuild(name.substring(0, name.length() - ".java".length())))
          unrun.add(file.toString());
      }
    }
    assertThat(withTests).as("classes with tests found").isGreaterThan(50);
    assertThat(unrun).as("classes with tests that `mvn test` would not run").isEmpty();
  }

  /** Surefire's default includes. */
  static boolean runByTheBuild(String className) {
    return className.startsWith("Test")
        || className.endsWith("Test")
        || className.endsWith("Tests")
        || className.endsWith("TestCase");
  }
}
