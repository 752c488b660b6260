package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.Property;
import backcare.YamlGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routine loader over any file of bounded size: the outcome is a result or problems that each
 * name the file, within a second, never an exception. Fixed seeds, so a run is the same every time.
 */
class LoaderPropertyTest {
  static Map<String, Exercise> library;
  static List<String> builtIns;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    library = LibraryLoader.builtIn().exercises();
    builtIns =
        LibraryLoader.builtInFiles().values().stream()
            .map(b -> new String(b, StandardCharsets.UTF_8))
            .toList();
    backcare.yaml.YamlReader.readText(
        "warm: up", "warm-up"); // the parser's classes load here, not in a timed try
  }

  /** A routine, a library, any YAML or a built-in file, then a few random edits. */
  static String anyContentFile(Random r) {
    String base =
        switch (r.nextInt(5)) {
          case 0 -> YamlGen.routine(r);
          case 1 -> YamlGen.library(r);
          case 2 -> YamlGen.anyDocument(r);
          default -> builtIns.get(r.nextInt(builtIns.size()));
        };
    return YamlGen.mutate(r, base, r.nextInt(5));
  }

  /** Any bytes at all: text of code points 0-255, written one byte each. */
  static String anyBytes(Random r) {
    String text = r.nextBoolean() ? anyContentFile(r) : "";
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) b.append(c < 256 ? c : (char) r.nextInt(256));
    for (int i = r.nextInt(64); i > 0; i--)
      b.insert(r.nextInt(b.length() + 1), (char) r.nextInt(256));
    return b.toString();
  }

  @Test
  void validateGivesARoutineOrProblemsForAnyText() {
    Path file = dir.resolve("any.yaml");
    Property.of("validate of any text", 20261201L)
        .tries(500)
        .forAll(
            LoaderPropertyTest::anyContentFile,
            text -> {
              write(file, text.getBytes(StandardCharsets.UTF_8));
              assertWellFormed(file, LibraryLoader.validate(List.of(file), library));
            });
  }

  @Test
  void validateGivesARoutineOrProblemsForAnyBytes() {
    Path file = dir.resolve("bytes.yaml");
    Property.of("validate of any bytes", 20261202L)
        .tries(300)
        .forAll(
            LoaderPropertyTest::anyBytes,
            text -> {
              write(file, text.getBytes(StandardCharsets.ISO_8859_1));
              assertWellFormed(file, LibraryLoader.validate(List.of(file), library));
            });
  }

  @Test
  void theRoutineFolderLoadsWhateverItHolds() {
    Path folder = dir.resolve("routines");
    Path good = folder.resolve("a-good.yaml");
    Path any = folder.resolve("b-any.yaml");
    write(
        good,
        "id: good\ntitle: Good\ndescription: fine\nsteps:\n  - bridge\n"
            .getBytes(StandardCharsets.UTF_8));
    Property.of("loading a folder with any file", 20261203L)
        .tries(200)
        .forAll(
            LoaderPropertyTest::anyContentFile,
            text -> {
              write(any, text.getBytes(StandardCharsets.UTF_8));
              Library loaded = LibraryLoader.load(folder);
              assertThat(loaded.routines()).containsKeys("morning", "good");
              for (String w : loaded.warnings())
                assertThat(w).isNotBlank().doesNotContain("Exception");
            });
  }

  /** Every problem names the file, says something, and shows no library internals. */
  static void assertWellFormed(Path file, LibraryLoader.Validation v) {
    for (String p : v.problems()) {
      assertThat(p)
          .startsWith(file + ":")
          .doesNotContain(
              "Exception", "java.", "jackson", "snakeyaml", "StreamReadConstraints", "null:");
      assertThat(p.substring(file.toString().length() + 1)).isNotBlank();
    }
    if (v.ok()) {
      for (Routine r : v.routines()) assertThat(r.steps()).isNotEmpty();
    }
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
