package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.Property;
import backcare.YamlGen;
import backcare.triage.TriageRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers parser, and both file readers as a user meets them, over any input of bounded size: a
 * result, or exit 2 with a message, within a second; never an internal error or a stack trace.
 */
class InputPropertyTest {
  static final TriageRules RULES = TriageRules.load();
  static final List<String> IDS = List.copyOf(RULES.ids());
  @TempDir Path dir;

  @org.junit.jupiter.api.BeforeEach
  void warmUp() {
    // the parsers' and picocli's classes load here, not in a timed try
    write(dir.resolve("warm.yaml"), "bladder: no\n");
    new Cli(dir)
        .run("triage", "--answers", dir.resolve("warm.yaml").toString(), "--json", "--no-routine");
    new Cli(dir).run("validate", dir.resolve("warm.yaml").toString());
  }

  /**
   * A map of question ids (real, near misses and others) to any answer, as YAML, then a few edits.
   */
  static String anyYamlAnswers(Random r) {
    StringBuilder b = new StringBuilder(r.nextBoolean() ? "# my answers\n" : "");
    int n = r.nextInt(r.nextInt(8) == 0 ? 80 : 12);
    for (int i = 0; i < n; i++) {
      String id = r.nextInt(4) > 0 ? IDS.get(r.nextInt(IDS.size())) : YamlGen.key(r);
      b.append(id).append(':');
      if (r.nextInt(6) == 0) YamlGen.block(r, b, 2, r.nextInt(10) == 0 ? 40 : 3);
      else b.append(' ').append(answer(r)).append('\n');
    }
    if (r.nextInt(5) == 0) b.insert(0, "a: &no no\n");
    return YamlGen.mutate(r, b.toString(), r.nextInt(4));
  }

  /** The same as JSON, with deep nesting and very long numbers now and then. */
  static String anyJsonAnswers(Random r) {
    StringBuilder b = new StringBuilder("{");
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(", ");
      String id = r.nextInt(4) > 0 ? IDS.get(r.nextInt(IDS.size())) : YamlGen.key(r);
      b.append('"').append(id.replace("\"", "")).append("\": ");
      switch (r.nextInt(8)) {
        case 0 -> b.append("[".repeat(1 + r.nextInt(1500))).append("1");
        case 1 -> b.append(YamlGen.digits(r, 1 + r.nextInt(3000)));
        case 2 ->
            b.append(
                YamlGen.pick(
                    r, "true", "false", "null", "42", "-1", "1e999", "[]", "{}", "{\"a\": 1}"));
        default -> b.append('"').append(answer(r).replace("\"", "")).append('"');
      }
    }
    b.append(r.nextInt(10) == 0 ? "" : "}");
    return YamlGen.mutate(r, b.toString(), r.nextInt(3));
  }

  static String answer(Random r) {
    return r.nextInt(3) == 0
        ? YamlGen.scalar(r)
        : YamlGen.pick(
            r,
            "yes",
            "no",
            "y",
            "n",
            "Yes",
            "NO",
            "true",
            "false",
            "42",
            "17",
            "15",
            "120",
            "0",
            "99999999999999999999",
            "-3",
            "forty",
            "",
            "~",
            "*no",
            "'yes'",
            "\"no\"",
            "yes # sure");
  }

  @Test
  void theAnswersParserGivesAnswersOrProblemsForAnyYaml() {
    Path file = dir.resolve("answers.yaml");
    Property.of("answers from any YAML", 20261204L)
        .tries(500)
        .forAll(
            InputPropertyTest::anyYamlAnswers,
            text -> {
              write(file, text);
              assertParsed(file);
            });
  }

  @Test
  void theAnswersParserGivesAnswersOrProblemsForAnyJson() {
    Path file = dir.resolve("answers.json");
    Property.of("answers from any JSON", 20261205L)
        .tries(400)
        .forAll(
            InputPropertyTest::anyJsonAnswers,
            text -> {
              write(file, text);
              assertParsed(file);
            });
  }

  private static void assertParsed(Path file) {
    ScriptedAnswers given = new ScriptedAnswers(RULES);
    given.readFile(file);
    assertThat(given.answers().keySet()).isSubsetOf(RULES.ids());
    for (String p : given.problems()) {
      assertThat(p)
          .matches("(?s)(--answers )?" + java.util.regex.Pattern.quote(file.toString()) + "[:].+")
          .doesNotContain("Exception", "java.", "jackson", "snakeyaml", "StreamReadConstraints");
    }
  }

  @Test
  void triageWithAnyAnswersFileEndsWithAnOutcomeOrExitTwo() {
    Cli cli = new Cli(dir);
    Path yaml = dir.resolve("a.yaml");
    Path json = dir.resolve("a.json");
    Property.of("triage --answers any file", 20261206L)
        .tries(150)
        .forAll(
            r -> r.nextBoolean() ? "Y" + anyYamlAnswers(r) : "J" + anyJsonAnswers(r),
            text -> {
              Path file = text.startsWith("J") ? json : yaml;
              write(file, text.isEmpty() ? "" : text.substring(1));
              int code = cli.run("triage", "--answers", file.toString(), "--json", "--no-routine");
              assertThat(code).as(cli.err).isIn(0, 2, 3, 4, 5);
              assertNoInternals(cli.err);
            });
  }

  @Test
  void validateOfAnyFileIsOkOrExitTwo() {
    Cli cli = new Cli(dir);
    Path file = dir.resolve("any.yaml");
    Property.of("backcare validate any file", 20261207L)
        .tries(150)
        .forAll(
            r ->
                YamlGen.mutate(
                    r, r.nextBoolean() ? YamlGen.routine(r) : YamlGen.anyDocument(r), r.nextInt(4)),
            text -> {
              write(file, text);
              int code = cli.run("validate", file.toString());
              assertThat(code).as(cli.err).isIn(0, 2);
              if (code == 2) assertThat(cli.err).contains(file + ":");
              assertNoInternals(cli.err);
            });
  }

  static void assertNoInternals(String err) {
    assertThat(err)
        .doesNotContain("internal error", "Exception", "\tat ", "java.", "snakeyaml", "jackson");
  }

  static void write(Path file, String text) {
    try {
      Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes "?"
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
