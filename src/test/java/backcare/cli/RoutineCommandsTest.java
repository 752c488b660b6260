package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.LibraryLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routines issue's commands as a user meets them: arguments in, output and exit code out. */
class RoutineCommandsTest {
  @TempDir Path home;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(home);
  }

  static JsonNode json(String s) throws IOException {
    return new ObjectMapper().readTree(s);
  }

  private Path userRoutine(String file, String yaml) throws IOException {
    Files.createDirectories(cli.userRoutines());
    Path p = cli.userRoutines().resolve(file);
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void anEmptyFileOptionSaysWhatIsMissing() {
    assertThat(cli.run("routine", "--file=", "--dry-run")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(cli.err)
        .contains("--file needs the path of a routine file")
        .doesNotContain("directory");
  }

  @Test
  void routinesListsTheBuiltInsWithTimes() {
    assertThat(cli.run("routines")).isZero();
    assertThat(cli.out).contains("ID");
    for (String id : LibraryLoader.builtIn().routines().keySet()) {
      Planned routine = Planned.builtIn(id);
      assertThat(cli.out).contains(id, routine.title(), routine.total());
    }
    assertThat(cli.err).isEmpty();
  }

  @Test
  void routinesJson() throws IOException {
    assertThat(cli.run("routines", "--json")).isZero();
    JsonNode arr = json(cli.out);
    assertThat(arr.isArray()).isTrue();
    assertThat(arr)
        .extracting(n -> n.get("id").asText())
        .contains("morning", "desk", "evening", "quick", "warm-up", "gentle");
    assertThat(arr)
        .allSatisfy(
            n -> {
              assertThat(n.get("totalSeconds").asInt()).isPositive();
              assertThat(n.get("title").asText()).isNotBlank();
              assertThat(n.get("description").asText()).isNotBlank();
            });
  }

  @Test
  void aUserRoutineIsListedAndRunByIdAndMayReplaceABuiltIn() throws IOException {
    userRoutine(
        "mine.yaml",
        "id: mine\ntitle: My own\ndescription: mine\nsteps:\n  - exercise: cat-cow\n    flow: 30s\n");
    userRoutine(
        "quick.yaml",
        "id: quick\ntitle: My quick\ndescription: replaces\nsteps:\n  - exercise: walk-break\n    flow: 1m\n");
    assertThat(cli.run("routines")).isZero();
    assertThat(cli.out)
        .contains("mine+")
        .contains("quick*")
        .contains("My quick")
        .contains("replacing the built-in")
        .doesNotContain(Planned.quick().title());
    assertThat(cli.run("routines", "--json")).isZero();
    assertThat(cli.out).contains("\"replacesBuiltIn\" : true");
    assertThat(cli.run("routine", "mine", "--dry-run")).isZero();
    assertThat(cli.out).contains("My own (mine): 1 steps, 35s");
  }

  @Test
  void aBrokenUserFileIsSkippedWithAWarningThatNamesIt() throws IOException {
    userRoutine(
        "bad.yaml",
        "id: bad\ntitle: Bad\ndescription: x\nsteps:\n  - exercise: bridge\n    hold: -5s\n");
    assertThat(cli.run("routines")).isZero();
    assertThat(cli.err)
        .contains("warning: skipping")
        .contains("bad.yaml:6:11: steps[0].hold")
        .contains("backcare validate");
    assertThat(cli.run("validate")).isEqualTo(2);
    assertThat(cli.err).contains("bad.yaml:6:11").contains("1 problem in 1 file");
  }

  @Test
  void exercisesListAndOne() throws IOException {
    assertThat(cli.run("exercises")).isZero();
    assertThat(cli.out).contains("knee-to-chest").contains("flexion, supine");
    assertThat(cli.run("exercises", "knee-to-chest")).isZero();
    assertThat(cli.out)
        .contains("Position:")
        .contains("1. ")
        .contains("Cue:")
        .contains("Sources:")
        .contains("Tags:");
    assertThat(cli.run("exercises", "knee-to-chest", "--json")).isZero();
    JsonNode e = json(cli.out);
    assertThat(e.get("id").asText()).isEqualTo("knee-to-chest");
    assertThat(e.get("tags")).extracting(JsonNode::asText).containsExactly("flexion", "supine");
    assertThat(cli.run("exercises", "--json")).isZero();
    // every exercise of the library, once each, in its order
    assertThat(json(cli.out))
        .allSatisfy(n -> assertThat(n.has("position") && n.has("name")).isTrue())
        .extracting(n -> n.get("id").asText())
        .containsExactlyElementsOf(backcare.routine.LibraryLoader.builtIn().exercises().keySet());
  }

  @Test
  void anUnknownExerciseGetsADidYouMean() {
    assertThat(cli.run("exercises", "bridg")).isEqualTo(2);
    assertThat(cli.err).contains("unknown exercise \"bridg\" (did you mean bridge?)");
  }

  @Test
  void dryRunJsonIsTheExpandedPlan() throws IOException {
    assertThat(cli.run("routine", "morning", "--dry-run", "--json")).isZero();
    JsonNode p = json(cli.out);
    assertThat(p.get("id").asText()).isEqualTo("morning");
    int total = p.get("totalSeconds").asInt();
    JsonNode segs = p.get("segments");
    int t = 0;
    for (JsonNode s : segs) {
      assertThat(s.get("kind").asText()).isIn("lead-in", "hold", "flow", "rest", "switch");
      assertThat(s.has("exercise") && s.has("side") && s.has("rep")).isTrue();
      assertThat(s.get("startSecond").asInt()).isEqualTo(t);
      t += s.get("seconds").asInt();
    }
    assertThat(t).isEqualTo(total);
    assertThat(cli.clock.nanoTime())
        .as("a dry run never waits")
        .isEqualTo(new backcare.session.FakeClock().nanoTime());
  }

  @Test
  void dryRunPrintsEveryStepAndTheTotal() {
    assertThat(cli.run("routine", "desk", "--dry-run")).isZero();
    assertThat(cli.out)
        .contains("Step 1 of")
        .contains("Hold")
        .contains("Switch sides")
        .contains("End. Total " + Planned.builtIn("desk").total() + ".");
  }

  @Test
  void scaleMultipliesHoldsAndIsBounded() throws IOException {
    assertThat(cli.run("routine", "quick", "--dry-run", "--json", "--scale", "2")).isZero();
    JsonNode p = json(cli.out);
    int firstHold = Planned.quick().plan.segments().get(1).seconds();
    assertThat(p.get("segments").get(1).get("seconds").asInt()).isEqualTo(2 * firstHold);
    assertThat(cli.run("routine", "quick", "--scale", "5")).isEqualTo(2);
    assertThat(cli.err).contains("--scale 5 is out of range; give a number from 0.5 to 3.0");
  }

  @Test
  void conditionsChangeStepsAndTheUserIsToldWhy() throws IOException {
    assertThat(cli.run("routine", "morning", "--condition", "pregnancy", "--dry-run")).isZero();
    assertThat(cli.out)
        .contains("Made safe for: pregnancy.")
        .contains("swapped for")
        .contains("lying on your back");
    assertThat(cli.run("routine", "morning", "--condition", "pregnancy", "--dry-run", "--json"))
        .isZero();
    JsonNode p = json(cli.out);
    assertThat(p.get("changes")).isNotEmpty();
    for (JsonNode s : p.get("segments")) {
      cli.run("exercises", s.get("exercise").asText(), "--json");
      assertThat(json(cli.out).get("tags")).extracting(JsonNode::asText).doesNotContain("supine");
    }
    assertThat(cli.run("routine", "morning", "--condition", "stenoss")).isEqualTo(2);
    assertThat(cli.err)
        .contains("--condition stenoss: give stenosis")
        .contains("(did you mean stenosis?)");
  }

  @Test
  void aRunPrintsTimedLinesOnTheFakeClock() {
    long start = cli.clock.nanoTime();
    assertThat(cli.run("routine", "quick")).isZero();
    // never screened: the box of emergency signs, unstamped as the safety net is, then only stamped
    // lines
    String[] parts = cli.out.split("\n\n", 2);
    assertThat(parts[0].lines()).allSatisfy(l -> assertThat(l).matches("[+|].*[+|]"));
    assertThat(parts[1].lines()).allSatisfy(l -> assertThat(l).matches("\\[\\d\\d:\\d\\d\\] .*"));
    Planned quick = Planned.quick();
    assertThat(cli.out).contains("Before you start:").contains(quick.done());
    assertThat(cli.clock.nanoTime() - start).isEqualTo(quick.totalSeconds() * 1_000_000_000L);
  }

  @Test
  void runAFileAndRefuseABadOne() throws IOException {
    Path f = home.resolve("my.yaml");
    Files.writeString(
        f, "id: mine\ntitle: Mine\ndescription: d\nsteps:\n  - exercise: heat\n    hold: 1m\n");
    assertThat(cli.run("routine", "--file", f.toString(), "--dry-run")).isZero();
    assertThat(cli.out).contains("Mine (mine)").contains("Warning:");
    Files.writeString(
        f, "id: mine\ntitle: Mine\ndescription: d\nsteps:\n  - exercise: heat\n    hold: 30m\n");
    assertThat(cli.run("routine", "--file", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("my.yaml:6:11: steps[0].hold: \"30m\" is too long")
        .doesNotContain("Exception");
  }

  @Test
  void routineIdsAreNeverPaths() {
    assertThat(cli.run("routine", "../../etc/passwd")).isEqualTo(2);
    assertThat(cli.err).contains("is not a routine id").contains("--file");
    assertThat(cli.run("routine", "mornin")).isEqualTo(2);
    assertThat(cli.err).contains("unknown routine \"mornin\" (did you mean morning?); available: ");
    assertThat(cli.run("routine")).isEqualTo(2);
    assertThat(cli.err).contains("name a routine to run");
  }

  @Test
  void validateReportsEveryProblemAndPassesGoodFiles() throws IOException {
    Path bad = home.resolve("neg.yaml");
    Files.writeString(
        bad,
        "id: x\ntitle: X\ndescription: one bad hold\nsteps:\n  - exercise: cat-cow\n    flow: 30s\n"
            + "  - exercise: bridge\n    hold: -5s\n    sidez: both\n");
    assertThat(cli.run("validate", bad.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("neg.yaml:8:11: steps[1].hold")
        .contains("neg.yaml:9:5: steps[1].sidez: unknown field (did you mean sides?)")
        .contains("2 problems in 1 file")
        .doesNotContainPattern("\\sat [a-z]+\\.");
    Path good = home.resolve("good.yaml");
    Files.writeString(
        good, "id: good\ntitle: Good\ndescription: fine\nsteps: [cat-cow, childs-pose]\n");
    assertThat(cli.run("validate", good.toString())).isZero();
    assertThat(cli.out).contains("ok: routine good");
    assertThat(cli.run("validate", good.toString(), "--json")).isZero();
    assertThat(json(cli.out).get("ok").asBoolean()).isTrue();
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    assertThat(cli.run("routine", "morning", "--dryrun")).isEqualTo(2);
    assertThat(cli.err)
        .isEqualTo(
            "backcare: routine: unknown option '--dryrun' (did you mean --dry-run?)\n"
                + "See 'backcare routine --help'.\n");
  }
}
