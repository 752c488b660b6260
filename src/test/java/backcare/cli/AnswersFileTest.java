package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.triage.Question;
import backcare.triage.QuestionType;
import backcare.triage.TriageRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers files read through the one YAML reader: JSON as it is written in the wild, a repeated id,
 * a problem further on in the file, and bytes that are not UTF-8 in a file or on standard input.
 */
class AnswersFileTest {
  @TempDir Path dir;

  /** Every required question answered "no" (age 40), one "id": value a line. */
  private static List<String> allClear(String quote) {
    List<String> lines = new ArrayList<>();
    for (Question q : TriageRules.load().questions()) {
      if (q.required())
        lines.add(
            quote
                + q.id()
                + quote
                + ": "
                + (q.type() == QuestionType.NUMBER ? "40" : quote + "no" + quote));
    }
    return lines;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Cli triage(Path file) {
    Cli cli = new Cli(dir);
    cli.run("triage", "--answers", file.toString(), "--json", "--no-routine");
    return cli;
  }

  @Test
  void jsonWithTabsAndEscapedSlashesIsRead() throws IOException {
    String json = "{\n\t" + String.join(",\n\t", allClear("\"")) + ",\n\t\"note\\/x\": 1\n}\n";
    Cli cli = triage(write("a.json", json));
    // the one unknown id is the only problem, said at its place: every other answer was read
    assertThat(cli.err.strip())
        .matches(
            "backcare: "
                + java.util.regex.Pattern.quote(dir.resolve("a.json").toString())
                + ":\\d+:2: note/x: unknown question id 'note/x'.*");
    Cli clean = triage(write("b.json", json.replace(",\n\t\"note\\/x\": 1", "")));
    assertThat(clean.err).isEmpty();
    assertThat(clean.out).contains("\"outcome\" : \"self-care\"");
  }

  @Test
  void anIdGivenTwiceCountsAsYesAndAProblemLaterLosesNothingBeforeIt() throws IOException {
    // aaa (an aortic aneurysm's signs) is an emergency on its own: a later "yes" must not be lost,
    // neither to the earlier "no" nor to the broken line after it
    Path file = write("a.yaml", "aaa: no\nbladder: no\naaa: yes\nbowel: [no\n");
    Cli cli = triage(file);
    assertThat(cli.run("triage", "--answers", file.toString(), "--json", "--no-routine"))
        .isEqualTo(5);
    assertThat(cli.out).contains("\"outcome\" : \"emergency\"");
    assertThat(cli.err)
        .contains(
            "backcare: not used: "
                + file
                + ":3:1: aaa: aaa is answered twice, differently ('no' at "
                + file
                + ":1:1: aaa, 'yes' here)")
        .contains("backcare: not used: " + file + ":5:1: not valid YAML: expected ',' or ']'")
        .contains("not valid YAML");
    Path json = write("a.json", "{\"aaa\": \"no\", \"aaa\": \"yes\"}");
    assertThat(new Cli(dir).run("triage", "--answers", json.toString(), "--no-routine"))
        .isEqualTo(5);
  }

  @Test
  void anAnswersFileThatIsNotUtf8IsSaidWithItsPlace() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "bladder: no\nbowel: n\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli cli = triage(file);
    assertThat(cli.run("triage", "--answers", file.toString(), "--no-routine")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "backcare: "
                + file
                + ":2:9: the file is not UTF-8 (byte 0xE9 at offset 20); save it as UTF-8\n");
  }

  @Test
  void aLineOfStandardInputThatIsNotUtf8IsAProblemOfItsOwn() {
    Cli cli = new Cli(dir);
    byte[] input = {'n', '\n', 'n', (byte) 0xFF, '\n', 'n', '\n'};
    cli.stdin = new java.io.ByteArrayInputStream(input);
    assertThat(cli.run("triage", "--no-routine")).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "standard input, line 2 (bowel): not UTF-8 (byte 0xFF, byte 2 of the line); type the"
                + " answer as plain text")
        .doesNotContain("\uFFFD");
  }

  @Test
  void problemsComeInTheOrderOfTheFile() throws IOException {
    Path file = write("a.yaml", "bladder: &y no\nbowel: *y\nbowl: no\nfever: [\n");
    ScriptedAnswers given = new ScriptedAnswers(TriageRules.load());
    given.readFile(file);
    assertThat(given.answers()).containsOnlyKeys("bladder");
    assertThat(given.problems())
        .hasSize(3)
        .satisfiesExactly(
            p -> assertThat(p).startsWith(file + ":2:8: bowel: *y is a YAML alias"),
            p -> assertThat(p).startsWith(file + ":3:1: bowl: unknown question id 'bowl'"),
            p -> assertThat(p).startsWith(file + ":5:1: not valid YAML"));
  }
}
