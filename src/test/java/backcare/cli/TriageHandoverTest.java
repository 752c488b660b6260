package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Exercise;
import backcare.routine.LibraryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-care hands over to the real routine runner with the conditions the answers set. */
class TriageHandoverTest {
  @TempDir Path home;
  Cli cli;
  Path answers;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(home);
    cli.run("triage", "--list", "--json");
    StringBuilder yaml = new StringBuilder();
    for (var q : RoutineCommandsTest.json(cli.out)) {
      String id = q.get("id").asText();
      yaml.append(id).append(": ").append(id.equals("age") ? "40" : "no").append('\n');
    }
    answers = home.resolve("answers.yaml");
    Files.writeString(answers, "\n" + yaml);
  }

  /** Every question answered no (age 40) but those in {@code yes}. */
  private int triage(String routine, String... yes) {
    try {
      String yaml = Files.readString(answers);
      for (String id : yes) yaml = yaml.replace("\n" + id + ": no\n", "\n" + id + ": yes\n");
      Path f = Files.writeString(home.resolve("answers-" + String.join("-", yes) + ".yaml"), yaml);
      return cli.run("triage", "--answers", f.toString(), "--routine", routine, "--no-color");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The exercise names the run printed as step headers. */
  private static boolean ranAStepTagged(String out, String tag) {
    Map<String, Exercise> lib = LibraryLoader.builtIn().exercises();
    return lib.values().stream()
        .filter(e -> e.tags().contains(tag))
        .anyMatch(e -> out.contains(": " + e.name() + " ("));
  }

  @Test
  void stenosisRunsNoExtensionStep() {
    assertThat(triage("desk", "stenosis")).isZero();
    assertThat(cli.out).contains("Made safe for: stenosis.").contains("Done:");
    assertThat(ranAStepTagged(cli.out, "extension")).isFalse();
    // without the condition, desk does arch the back
    assertThat(triage("desk")).isZero();
    assertThat(ranAStepTagged(cli.out, "extension")).isTrue();
  }

  @Test
  void pregnancyRunsNoSupineStep() {
    assertThat(triage("morning", "pregnancy")).isZero();
    assertThat(cli.out).contains("Made safe for: pregnancy.").contains("Done:");
    assertThat(ranAStepTagged(cli.out, "supine")).isFalse();
  }

  @Test
  void clearedSpinalHistoryRunsWithTheDiscCondition() {
    assertThat(triage("morning", "spinal-history", "clinician-cleared")).isZero();
    assertThat(cli.out).contains("Made safe for: disc.");
    assertThat(ranAStepTagged(cli.out, "loaded-flexion")).isFalse();
  }

  @Test
  void noRoutineRunsOnSeeClinician() {
    assertThat(triage("morning", "night-pain")).isEqualTo(3);
    assertThat(cli.out).doesNotContain("Before you start:");
  }

  @Test
  void theScreenIsRecordedAndTheNextRoutineUsesItsConditionsAndSafetyNet() throws IOException {
    assertThat(triage("quick", "stenosis")).isZero();
    assertThat(Files.readString(cli.historyFile()))
        .contains("\"type\":\"triage\"")
        .contains("stenosis");
    assertThat(cli.run("routine", "desk", "--dry-run")).isZero();
    assertThat(cli.out + cli.err).contains("stenosis");
    assertThat(ranAStepTagged(cli.out, "extension")).isFalse();

    assertThat(triage("quick", "night-pain")).isEqualTo(3);
    cli.run("routine", "quick");
    assertThat(cli.out + cli.err).containsIgnoringCase("clinician");
  }
}
