package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.ScriptedScreen;
import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import backcare.session.FakeClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content version 2 (issue 9, content.md v2, triage.md v2 "Conditions") as a user meets it:
 * `validate` on files, `routine ID --condition C --dry-run [--json]`, heat in a routine, and a run
 * whose every step is skipped at a scripted terminal.
 */
class ContentV2Test {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private Path file(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private static final String EXERCISE_HEAD =
      "exercises:\n  - id: my-move\n    name: My move\n    position: Standing\n"
          + "    instructions: [Move.]\n    hold: 10s\n";

  @Test
  void validateRefusesATagOutsideTheV2VocabularyWithWhereAndADidYouMean() throws IOException {
    Path f = file("moves.yaml", EXERCISE_HEAD + "    tags: [kneeling, sidebend]\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            f
                + ":7:22: exercises[0].tags[1]: unknown movement tag \"sidebend\" (did you mean"
                + " side-bend?); known tags: extension, flexion, loaded-flexion, rotation, end-range-rotation, side-bend,"
                + " supine, spinal-pressure, kneeling")
        .contains("1 problem in 1 file")
        .doesNotContain("Exception");
  }

  @Test
  void validateRefusesLoadedFlexionWithoutFlexionAndEndRangeRotationWithoutRotation()
      throws IOException {
    Path f = file("moves.yaml", EXERCISE_HEAD + "    tags: [loaded-flexion, end-range-rotation]\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            f
                + ":7:12: exercises[0].tags[0]: loaded-flexion is always flexion too: add flexion"
                + " to the tags, so every condition that removes flexion removes this move",
            f
                + ":7:28: exercises[0].tags[1]: end-range-rotation is always rotation too: add rotation",
            "2 problems in 1 file");
    Path ok =
        file(
            "ok.yaml",
            EXERCISE_HEAD + "    tags: [flexion, loaded-flexion, rotation, end-range-rotation]\n");
    assertThat(cli.run("validate", ok.toString())).isZero();
    assertThat(cli.out).contains("ok: 1 exercises");
  }

  /**
   * content.md v2: at most 20 minutes of heat, and of cold, in one routine, across reps and steps.
   */
  @Test
  void validateRefusesMoreThanTwentyMinutesOfHeatOrColdInOneRoutine() throws IOException {
    Path reps =
        file(
            "reps.yaml",
            "id: hot\ntitle: Hot\ndescription: too long\nsteps:\n"
                + "  - exercise: heat\n    hold: 20m\n    reps: 3\n");
    assertThat(cli.run("validate", reps.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            reps
                + ":7:11: steps[0].reps: 60m of heat in this routine (20m x 3) is too long;"
                + " use heat for at most 20m in one routine, counting every rep and step, then wait at least an hour")
        .contains("1 problem in 1 file");

    Path steps =
        file(
            "steps.yaml",
            "id: cool\ntitle: Cool\ndescription: too long\nsteps:\n"
                + "  - exercise: cold\n    hold: 15m\n  - exercise: walk-break\n  - exercise: cold\n    hold: 10m\n");
    assertThat(cli.run("validate", steps.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(steps + ":9:11: steps[2].hold: 25m of cold in this routine so far is too long");

    Path both =
        file(
            "both.yaml",
            "id: both\ntitle: Both\ndescription: fine\nsteps:\n"
                + "  - exercise: cold\n    hold: 15m\n  - exercise: heat\n    hold: 15m\n");
    assertThat(cli.run("validate", both.toString())).isZero();
    assertThat(cli.run("routine", "--file", steps.toString(), "--dry-run")).isEqualTo(2);
    assertThat(cli.err).contains("25m of cold");
  }

  @Test
  void validateChecksEveryAlternativeAndTheTwoFormsOfTheField() throws IOException {
    Path f =
        file(
            "alts.yaml",
            "id: alts\ntitle: Alts\ndescription: d\nsteps:\n"
                + "  - exercise: cat-cow\n    alternatives: [cat-strech, pelvic-tilt, pelvic-tilt, cat-cow]\n"
                + "  - exercise: bridge\n    alternative: pelvic-tilt\n    alternatives: [walk-break]\n"
                + "  - exercise: bridge\n    alternatives: walk-break\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            f
                + ":6:20: steps[0].alternatives[0]: unknown exercise \"cat-strech\" (did you mean cat-stretch?)",
            f
                + ":6:45: steps[0].alternatives[2]: \"pelvic-tilt\" is already named as an alternative of this step",
            f + ":6:58: steps[0].alternatives[3]: an exercise cannot be its own alternative",
            f
                + ":9:19: steps[1].alternatives: give either alternative (one) or alternatives (a list), not both",
            f + ":11:19: steps[2].alternatives: expected a list of exercise ids, tried in order",
            "5 problems in 1 file");
  }

  @Test
  void stenosisSwapsCatCowForTheCatStretchAndSaysWhyInTextAndJson() throws IOException {
    assertThat(cli.run("routine", "morning", "--condition", "stenosis", "--dry-run")).isZero();
    assertThat(cli.out)
        .contains(
            "Made safe for: stenosis.\n  Step 1, cat-cow: swapped for cat-stretch (stenosis:"
                + " arching the low back narrows the space around the nerves")
        .contains("Step 1 of 5: Cat stretch")
        .doesNotContain("Cat-cow (");
    assertThat(cli.run("routine", "morning", "--condition", "stenosis", "--dry-run", "--json"))
        .isZero();
    JsonNode p = json(cli.out);
    JsonNode c = p.get("changes").get(0);
    assertThat(c.get("stepNumber").asInt()).isEqualTo(1);
    assertThat(c.get("exercise").asText()).isEqualTo("cat-cow");
    assertThat(c.get("replacement").asText()).isEqualTo("cat-stretch");
    assertThat(c.get("conditions")).extracting(JsonNode::asText).containsExactly("stenosis");
    assertThat(c.get("tags")).extracting(JsonNode::asText).containsExactly("extension");
    assertThat(c.get("alternatives"))
        .extracting(JsonNode::asText)
        .containsExactly("cat-stretch", "pelvic-tilt");
    assertThat(c.get("why").asText()).contains("arching");
    assertThat(p.get("advice")).isEmpty();
    List<String> exercises = new ArrayList<>();
    p.get("segments").forEach(s -> exercises.add(s.get("exercise").asText()));
    assertThat(exercises).contains("cat-stretch").doesNotContain("cat-cow");
  }

  @Test
  void recentSurgeryLeavesOnlyWalkingAndPelvicTiltsAndSaysToFollowTheSurgeonsPlan()
      throws IOException {
    for (String id : List.of("morning", "desk", "evening", "quick", "warm-up", "gentle")) {
      assertThat(cli.run("routine", id, "--condition", "recent-surgery", "--dry-run", "--json"))
          .as(id)
          .isZero();
      JsonNode p = json(cli.out);
      p.get("segments")
          .forEach(
              s -> assertThat(s.get("exercise").asText()).as(id).isIn("walk-break", "pelvic-tilt"));
      assertThat(p.get("advice"))
          .singleElement()
          .extracting(JsonNode::asText)
          .asString()
          .contains("follow your surgeon's", "only walking and pelvic tilts");
    }
    assertThat(cli.run("routine", "desk", "--condition", "recent-surgery", "--dry-run")).isZero();
    assertThat(cli.out)
        .contains("Made safe for: recent-surgery.\n  After back surgery, follow your surgeon's")
        .contains(
            "Step 1, seated-trunk-rotation: swapped for walk-break (recent-surgery: no bending")
        .contains("Step 2, seated-side-bend: left out (recent-surgery:")
        .contains(
            "Step 3, seated-figure-4-twist: left out, as none of its alternatives (seated-trunk-rotation,"
                + " seated-side-bend) is safe too");
  }

  @Test
  void anAlternativeIsUsedOnlyWhenSafeForEveryCondition() throws IOException {
    // cat-stretch is safe for stenosis but rounds the back, which osteoporosis removes: pelvic-tilt
    // is next
    assertThat(
            cli.run(
                "routine", "quick", "--condition", "stenosis,osteoporosis", "--dry-run", "--json"))
        .isZero();
    JsonNode p = json(cli.out);
    JsonNode catCow = null;
    for (JsonNode c : p.get("changes"))
      if (c.get("exercise").asText().equals("cat-cow")) catCow = c;
    assertThat(catCow).isNotNull();
    assertThat(catCow.get("replacement").asText()).isEqualTo("pelvic-tilt");
    assertThat(catCow.get("conditions"))
        .extracting(JsonNode::asText)
        .containsExactly("stenosis", "osteoporosis");
  }

  @Test
  void aHeatStepInARoutineGetsItsLeadInAndCautionsAndScaleKeepsItToTwentyMinutes()
      throws IOException {
    Path f =
        file(
            "warm.yaml",
            "id: warm\ntitle: Warm\ndescription: heat then a walk\nleadIn: 5s\nsteps:\n"
                + "  - exercise: heat\n    hold: 8m\n  - exercise: heat\n    hold: 4m\n    reps: 2\n  - walk-break\n");
    assertThat(cli.run("routine", "--file", f.toString(), "--dry-run")).isZero();
    assertThat(cli.out)
        .contains(
            "[00:00]   Warning: Keep a towel between skin and heat",
            "[00:00]   Get the heat ready and wrap it in a towel: 30s",
            "[00:30]   Hold 8m");
    assertThat(cli.run("routine", "--file", f.toString(), "--dry-run", "--json", "--scale", "3"))
        .isZero();
    JsonNode p = json(cli.out);
    int heat = 0;
    for (JsonNode s : p.get("segments")) {
      if (s.get("exercise").asText().equals("heat") && s.get("kind").asText().equals("hold"))
        heat += s.get("seconds").asInt();
    }
    assertThat(heat).isLessThanOrEqualTo(20 * 60).isGreaterThan(19 * 60);
    assertThat(cli.run("routine", "--file", f.toString(), "--dry-run", "--scale", "3")).isZero();
    assertThat(cli.out).contains("Heat held to 20m in all, the most in one routine");
  }

  /**
   * The pain advice of content.md v2 is shown after x: a mild pull is fine; a leg; half an hour.
   */
  @Test
  void stoppingForPainGivesTheNewAdvice() {
    FakeClock clock = cli.clock;
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30).key(0, " ").key(8, "x");
    Cli.Result run = terminal(screen, "routine", "quick", "--pain", "3", "--pain-after", "3");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "A gentle pull is fine while you stretch; pain that travels further down a"
                + " leg is a reason to stop.",
            "has not settled after about half an hour",
            "Stopped because it hurt");
  }

  /**
   * A run whose every step was skipped with n is recorded as skipped, not done, and starts no
   * streak.
   */
  @Test
  void everyStepSkippedIsRecordedAsSkippedAndStartsNoStreak() throws IOException {
    // n once a second from the start: every step of quick skipped, however many it has
    Planned quick = Planned.quick();
    List<Integer> all = IntStream.rangeClosed(1, quick.steps()).boxed().toList();
    ScriptedScreen screen = new ScriptedScreen(cli.clock, 80, 30).key(0, " ");
    for (int step : all) screen.key(step, "n");
    Cli.Result run = terminal(screen, "routine", "quick", "--pain", "3", "--pain-after", "3");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            quick.ended("Every step skipped", 0)
                + " done in "
                + quick.steps()
                + "s, skipped steps "
                + String.join(", ", all.stream().map(String::valueOf).toList())
                + ".");
    List<SessionRecord> sessions = new HistoryStore(cli.historyFile()).read().sessions();
    assertThat(sessions)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ending()).isEqualTo("skipped");
              assertThat(s.stepsDone()).isEmpty();
              assertThat(s.stepsSkipped()).containsExactlyElementsOf(all);
            });
    assertThat(cli.run("history", "--json")).isZero();
    JsonNode h = json(cli.out);
    assertThat(h.get("stats").get("streakDays").asInt()).isZero();
    assertThat(h.get("stats").get("sessions").asInt()).isZero();
    assertThat(h.get("stats").get("skippedSessions").asInt()).as(cli.out + cli.err).isEqualTo(1);
    assertThat(cli.run("history")).isZero();
    assertThat(cli.out)
        .contains("skipped")
        .contains("Streak:       none yet")
        .contains("(and 1 with every step skipped, not counted)");

    // one step done and the rest skipped is a session done
    ScriptedScreen again = new ScriptedScreen(cli.clock, 80, 30).key(0, " ");
    int afterStep1 = quick.endOfStep(1);
    for (int step = 2; step <= quick.steps(); step++) again.key(afterStep1 + 10 + step, "n");
    assertThat(terminal(again, "routine", "quick", "--pain", "3", "--pain-after", "3").code())
        .isZero();
    assertThat(new HistoryStore(cli.historyFile()).read().sessions())
        .extracting(SessionRecord::ending)
        .containsExactly("skipped", "done");
  }

  /** The routine at a scripted terminal, with this test's history folder and clocks. */
  private Cli.Result terminal(ScriptedScreen screen, String... args) {
    return cli.copy().screen(screen).exec(args);
  }
}
