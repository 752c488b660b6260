package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import backcare.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of the routines issue: a clear message with file, line, column and field path.
 */
class BadInputTest {
  static Map<String, Exercise> library;
  @TempDir Path dir;

  @BeforeAll
  static void loadLibrary() {
    library = LibraryLoader.builtIn().exercises();
  }

  private List<String> problems(String name, String yaml) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml);
    return LibraryLoader.validate(List.of(f), library).problems();
  }

  private static final String HEAD = "id: mine\ntitle: Mine\ndescription: test\n";

  @Test
  void negativeHoldNamesFileLineColumnAndPath() throws IOException {
    List<String> p =
        problems(
            "my.yaml",
            HEAD + "steps:\n  - exercise: cat-cow\n  - exercise: bridge\n    hold: -5s\n");
    assertThat(p)
        .singleElement()
        .asString()
        .startsWith(dir.resolve("my.yaml") + ":7:11: steps[1].hold: \"-5s\" is not a duration");
  }

  @Test
  void zeroAndAbsurdTimes() throws IOException {
    List<String> p =
        problems(
            "t.yaml",
            HEAD
                + "steps:\n  - exercise: bridge\n    hold: 0\n"
                + "  - exercise: childs-pose\n    hold: 21m\n  - exercise: heat\n    hold: 25m\n");
    assertThat(p).hasSize(3);
    assertThat(p.get(0)).contains(":6:11: steps[0].hold: \"0\" is too short");
    assertThat(p.get(1))
        .contains(":8:11: steps[1].hold: \"21m\" is too long")
        .contains("20 minutes");
    assertThat(p.get(2)).contains("steps[2].hold").contains("too long");
  }

  @Test
  void unknownFieldsGetADidYouMean() throws IOException {
    List<String> p =
        problems("u.yaml", HEAD + "steps:\n  - exercise: bridge\n    hodl: 20s\n    reps: 2\n");
    assertThat(p)
        .singleElement()
        .asString()
        .contains(":6:5: steps[0].hodl: unknown field (did you mean hold?)");
  }

  @Test
  void missingRequiredFields() throws IOException {
    List<String> p = problems("m.yaml", "id: mine\nsteps:\n  - exercise: bridge\n");
    assertThat(p)
        .anySatisfy(s -> assertThat(s).contains("title: missing"))
        .anySatisfy(s -> assertThat(s).contains("description: missing"));
  }

  @Test
  void unknownExerciseIdGetsADidYouMean() throws IOException {
    List<String> p = problems("x.yaml", HEAD + "steps:\n  - exercise: knee-to-chst\n");
    assertThat(p)
        .singleElement()
        .asString()
        .contains(
            ":5:15: steps[0].exercise: unknown exercise \"knee-to-chst\" (did you mean knee-to-chest?)");
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() throws IOException {
    List<String> p =
        problems(
            "many.yaml",
            HEAD
                + "steps:\n  - exercise: bridge\n    hold: -1s\n"
                + "    reps: 0\n    sides: bothh\n  - exercise: nope\n");
    assertThat(p).hasSize(4);
    assertThat(String.join("\n", p))
        .contains("steps[0].hold")
        .contains("steps[0].reps")
        .contains("steps[0].sides: \"bothh\" is not a side (did you mean both?)")
        .contains("steps[1].exercise");
  }

  @Test
  void duplicateKeys() throws IOException {
    List<String> p = problems("d.yaml", HEAD + "title: Again\nsteps:\n  - exercise: bridge\n");
    assertThat(p)
        .singleElement()
        .asString()
        .contains(":4:1: title: duplicate key (first given at line 2)");
  }

  @Test
  void malformedYaml() throws IOException {
    List<String> p = problems("bad.yaml", HEAD + "steps:\n  - exercise: [bridge\n");
    assertThat(p).singleElement().asString().contains("bad.yaml:").contains("not valid YAML");
  }

  @Test
  void twoRoutinesWithOneId() throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, HEAD + "steps:\n  - exercise: bridge\n");
    Files.writeString(b, HEAD + "steps:\n  - exercise: cat-cow\n");
    List<String> p = LibraryLoader.validate(List.of(a, b), library).problems();
    assertThat(p)
        .singleElement()
        .asString()
        .contains("b.yaml:1:5: id: routine id \"mine\" is already used by " + a);
  }

  @Test
  void aRoutineWithNoSteps() throws IOException {
    assertThat(problems("e.yaml", HEAD + "steps: []\n"))
        .singleElement()
        .asString()
        .contains("steps: a routine needs at least one step");
  }

  @Test
  void notUtf8() throws IOException {
    Path f = dir.resolve("latin1.yaml");
    Files.write(
        f,
        (HEAD + "steps:\n  - exercise: bridge\n    notes: caf\u00e9\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(LibraryLoader.validate(List.of(f), library).problems())
        .singleElement()
        .asString()
        .contains("latin1.yaml:6:15: the file is not UTF-8 (byte 0xE9");
  }

  @Test
  void overOneMegabyteIsRefusedBeforeParsing() throws IOException {
    Path f = dir.resolve("big.yaml");
    Files.write(f, new byte[(int) YamlReader.MAX_BYTES + 1]);
    assertThat(LibraryLoader.validate(List.of(f), library).problems())
        .singleElement()
        .asString()
        .contains("at most 1 MB");
  }

  @Test
  void aDirectoryOrAMissingPath() {
    assertThat(LibraryLoader.validate(List.of(dir), library).problems())
        .singleElement()
        .asString()
        .contains("is a directory");
    assertThat(LibraryLoader.validate(List.of(dir.resolve("nope.yaml")), library).problems())
        .singleElement()
        .asString()
        .contains("nope.yaml: file not found");
  }

  @Test
  void badTagsAndExerciseFields() throws IOException {
    List<String> p =
        problems(
            "ex.yaml",
            "exercises:\n  - id: my-stretch\n    name: Mine\n    position: standing\n"
                + "    instructions: [Stand]\n    hold: 10s\n    flow: 10s\n    tags: [extention]\n");
    assertThat(String.join("\n", p))
        .contains("exercises[0].flow: give either hold")
        .contains(
            "exercises[0].tags[0]: unknown movement tag \"extention\" (did you mean extension?)");
  }

  @Test
  void readerRefusesEmptyFiles() {
    assertThatThrownBy(() -> YamlReader.readText("", "empty.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("empty.yaml:1:1: the file is empty");
  }
}
