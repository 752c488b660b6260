package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that try to hang, crash or overflow backcare (issue 10, points 2 to 5), as a user meets
 * them: through the command line, and in a real process where a pipe or standard input is involved.
 */
class HostileFilesTest {
  private static final String HEAD = "id: mine\ntitle: Mine\ndescription: test\n";
  @TempDir Path dir;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(dir);
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private Path fifo(Path path) throws Exception {
    Files.createDirectories(path.getParent());
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
    return path;
  }

  /**
   * Runs the command line, failing if it does not end within a minute: a read of a pipe never
   * would, and a refusal takes milliseconds, so the minute is a hang's bound, not a speed's.
   */
  private int runPromptly(String... args) {
    return assertTimeoutPreemptively(
        Duration.ofMinutes(1),
        () -> cli.run(args),
        () -> "backcare " + String.join(" ", args) + " waited on its input");
  }

  private void assertNoStackTrace() {
    assertThat(cli.err).doesNotContain("internal error", "Exception", "\tat ");
  }

  // ---- 2. every read is bounded; pipes, sockets and devices are refused at once
  // ----------------------

  @Test
  void aNamedPipeIsRefusedAtOnceWhereverItIsGiven() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.yaml"));
    assertThat(runPromptly("validate", pipe.toString())).isEqualTo(2);
    assertThat(cli.err).contains(pipe + ": is a named pipe (FIFO), not a YAML file");
    assertThat(runPromptly("routine", "--file", pipe.toString(), "--dry-run")).isEqualTo(2);
    assertThat(cli.err).contains(pipe + ": is a named pipe (FIFO)");
    assertThat(runPromptly("triage", "--answers", pipe.toString(), "--no-routine")).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "--answers " + pipe + ": is a named pipe (FIFO), not a YAML or JSON file of answers");
    assertNoStackTrace();
  }

  @Test
  void aNamedPipeInTheRoutineFolderIsSkippedAndValidateReportsEveryFile() throws Exception {
    fifo(cli.userRoutines().resolve("a-pipe.yaml"));
    file("config/backcare/routines/b-good.yaml", HEAD + "steps:\n  - bridge\n");
    assertThat(runPromptly("routines")).isZero();
    assertThat(cli.out).contains("mine");
    assertThat(cli.err)
        .contains("skipping " + cli.userRoutines().resolve("a-pipe.yaml") + ": ")
        .contains("is a named pipe (FIFO)");
    assertThat(runPromptly("validate")).isEqualTo(2);
    assertThat(cli.err).contains("a-pipe.yaml: is a named pipe").contains("1 problem in 2 files.");
    assertNoStackTrace();
  }

  @Test
  void devicesAreRefusedNotRead() {
    assertThat(runPromptly("validate", "/dev/zero")).isEqualTo(2);
    assertThat(cli.err).contains("/dev/zero: is a device, not a YAML file");
    assertThat(runPromptly("routine", "--file", "/dev/urandom", "--dry-run")).isEqualTo(2);
    assertThat(cli.err).contains("/dev/urandom: is a device");
    assertThat(runPromptly("triage", "--answers", "/dev/zero", "--no-routine")).isEqualTo(2);
    assertThat(cli.err).contains("--answers /dev/zero: is a device");
    assertNoStackTrace();
  }

  @Test
  void anAnswersFileOverItsLimitIsRefusedBeforeParsing() throws IOException {
    Path big =
        file("big.yaml", "# " + "x".repeat(ScriptedAnswers.MAX_FILE_BYTES) + "\nbladder: yes\n");
    assertThat(cli.run("triage", "--answers", big.toString(), "--no-routine")).isEqualTo(2);
    assertThat(cli.err)
        .contains("--answers " + big + ": the file is ")
        .contains("an answers file may be at most 64 KB");
  }

  /**
   * backcare in a JVM of its own, with the launcher's 512k stack, stdin as given; its stdout and
   * stderr, one after the other, go to {@code output}.
   */
  private int realProcess(ProcessBuilder.Redirect stdin, List<String> output, String... args)
      throws Exception {
    Map<String, String> env = Launcher.env(dir);
    Launcher.Result r =
        Launcher.run(
            env, Launcher.java(env, List.of("-Xss512k", "-XX:TieredStopAtLevel=1"), args), stdin);
    output.add(r.outText() + r.err());
    return r.code();
  }

  @Test
  void standardInputThatIsAPipeIsRefusedAtOnceAndAFileBehindItIsRead() throws Exception {
    List<String> out = new ArrayList<>();
    // the default stdin of a child is a pipe that no one writes to or closes: reading it would wait
    // forever
    assertThat(realProcess(ProcessBuilder.Redirect.PIPE, out, "validate", "/dev/stdin"))
        .isEqualTo(2);
    assertThat(out.get(0))
        .contains("/dev/stdin: is a named pipe (FIFO), not a YAML file")
        .doesNotContain("\tat ");
    assertThat(
            realProcess(
                ProcessBuilder.Redirect.PIPE,
                out,
                "triage",
                "--answers",
                "/dev/stdin",
                "--no-routine"))
        .isEqualTo(2);
    assertThat(out.get(1)).contains("--answers /dev/stdin: is a named pipe (FIFO)");

    Path good = file("good.yaml", HEAD + "steps:\n  - bridge\n");
    assertThat(
            realProcess(ProcessBuilder.Redirect.from(good.toFile()), out, "validate", "/dev/stdin"))
        .isZero();
    assertThat(out.get(2)).contains("ok: routine mine");
  }

  @Test
  void aNamedPipeGivenToARealProcessIsRefusedAtOnce() throws Exception {
    Path pipe = fifo(dir.resolve("answers.yaml"));
    List<String> out = new ArrayList<>();
    assertThat(realProcess(ProcessBuilder.Redirect.PIPE, out, "validate", pipe.toString()))
        .isEqualTo(2);
    assertThat(
            realProcess(
                ProcessBuilder.Redirect.PIPE,
                out,
                "triage",
                "--answers",
                pipe.toString(),
                "--no-routine"))
        .isEqualTo(2);
    assertThat(out)
        .allSatisfy(o -> assertThat(o).contains("is a named pipe (FIFO)").doesNotContain("\tat "));
  }

  // ---- 3. no recursion without a bound
  // -------------------------------------------------------------

  /** Runs the command line in a thread with the launcher's 512k stack, as bin/backcare runs it. */
  private int runOnASmallStack(String... args) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                result.set(cli.run(args));
              } catch (Throwable e) {
                result.set(e);
              }
            },
            "512k-stack",
            512 * 1024);
    t.start();
    t.join(60_000); // a hang's bound: the run takes well under a second of work
    assertThat(t.isAlive()).as("still running").isFalse();
    assertThat(result.get()).as("the outcome, not an exception").isInstanceOf(Integer.class);
    return (Integer) result.get();
  }

  private static String deepFlow(int depth) {
    return HEAD + "steps: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  private static String deepBlock(int depth) {
    StringBuilder b = new StringBuilder(HEAD + "steps:\n");
    for (int i = 0; i < depth; i++)
      b.append("  ".repeat(i + 1)).append("- \n".replace("\n", i == depth - 1 ? "x\n" : "\n"));
    return b.toString();
  }

  @Test
  void deeplyNestedYamlIsRefusedWithItsPlaceOnASmallStack() throws Exception {
    Path flow = file("flow.yaml", deepFlow(100_000));
    assertThat(runOnASmallStack("validate", flow.toString())).isEqualTo(2);
    assertThat(cli.err)
        .containsPattern("flow.yaml:4:\\d+: steps(\\[0\\])+: nested more than 32 levels deep");
    Path block = file("block.yaml", deepBlock(600));
    assertThat(runOnASmallStack("validate", block.toString())).isEqualTo(2);
    assertThat(cli.err)
        .containsPattern("block.yaml:\\d+:\\d+: steps(\\[0\\])+: nested more than 32 levels deep");
    assertNoStackTrace();
  }

  @Test
  void severalDeepFilesInTheRoutineFolderOnASmallStack() throws Exception {
    for (int i = 0; i < 4; i++) {
      file(
          "config/backcare/routines/deep-" + i + ".yaml",
          i % 2 == 0 ? deepFlow(200_000) : deepBlock(900));
    }
    assertThat(runOnASmallStack("routines")).isZero();
    assertThat(cli.err.lines().filter(l -> l.contains("nested more than 32 levels deep")))
        .hasSize(4);
    assertThat(runOnASmallStack("validate")).isEqualTo(2);
    assertThat(cli.err).containsPattern("deep-0.yaml:4:\\d+: ").contains("4 problems in 4 files.");
    assertThat(runOnASmallStack("routine", "morning", "--dry-run")).isZero();
    assertNoStackTrace();
  }

  @Test
  void deeplyNestedAnswersAreRefusedWithTheirPlace() throws Exception {
    Path yaml = file("deep.yaml", "bladder: " + "[".repeat(50_000) + "\n");
    assertThat(runOnASmallStack("triage", "--answers", yaml.toString(), "--no-routine"))
        .isEqualTo(2);
    assertThat(cli.err)
        .containsPattern("deep.yaml:1:\\d+: bladder(\\[0\\])+: nested more than 32 levels deep");
    Path json =
        file("deep.json", "{\"bladder\": " + "[".repeat(30_000) + "1" + "]".repeat(30_000) + "}");
    assertThat(runOnASmallStack("triage", "--answers", json.toString(), "--no-routine"))
        .isEqualTo(2);
    assertThat(cli.err)
        .containsPattern("deep.json:1:\\d+: bladder(\\[0\\])+: nested more than 32 levels deep");
    assertNoStackTrace();
  }

  /**
   * Three files of about {@code bytes} each: a library of many exercises, a routine of as many
   * unknown ids each close to one of them, and a step of as many unknown fields.
   */
  private Path[] manyUnknowns(String name, int bytes) throws IOException {
    StringBuilder library = new StringBuilder("exercises:\n");
    for (int i = 0; library.length() < bytes; i++) {
      library
          .append("  - {id: exercise-number-")
          .append(i)
          .append(", name: N, position: P, instructions: [i], " + "hold: 5s, tags: []}\n");
    }
    StringBuilder routine = new StringBuilder(HEAD + "steps:\n");
    for (int i = 0; routine.length() < bytes; i++)
      routine.append("  - exercise-numbr-").append(i).append('\n');
    StringBuilder fields = new StringBuilder(HEAD + "steps:\n  - exercise: bridge\n");
    for (int i = 0; fields.length() < bytes; i++)
      fields.append("    hodl").append(i).append(": 5s\n");
    return new Path[] {
      file(name + "/lib.yaml", library.toString()),
      file(name + "/ids.yaml", routine.toString()),
      file(name + "/keys.yaml", fields.toString())
    };
  }

  /** The fastest of {@code runs} validations of the files, in nanoseconds. */
  private long fastestValidation(Path[] files, int runs) {
    long fastest = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      assertThat(cli.run("validate", files[0].toString(), files[1].toString(), files[2].toString()))
          .isEqualTo(2);
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    return fastest;
  }

  @Test
  void aFileOfUnknownIdsAndFieldsNearTheSizeLimitIsCheckedInLinearTime() throws Exception {
    // Linear, not a comparison of every id with every other: four times the bytes take four times
    // the time beyond that of tiny files (the floor: start-up work, the built-in library), where a
    // quadratic check takes sixteen. Measured in the same run, the fastest of three each (a loaded
    // machine slows a run, never speeds one up), so no bound depends on how fast or busy it is.
    Path[] tiny = manyUnknowns("tiny", 2_000);
    Path[] small = manyUnknowns("small", 225_000);
    Path[] large = manyUnknowns("large", 900_000);
    fastestValidation(small, 1); // to load the classes
    long floor = fastestValidation(tiny, 3);
    long smallNanos = fastestValidation(small, 3);
    long largeNanos = fastestValidation(large, 3);
    double ratio = (double) (largeNanos - floor) / Math.max(1, smallNanos - floor);
    assertThat(ratio)
        .as(
            "(4x bytes - floor) / (1x bytes - floor): %d, %d, floor %d ms",
            largeNanos / 1_000_000, smallNanos / 1_000_000, floor / 1_000_000)
        .isLessThan(8.0);
    assertThat(cli.err)
        .contains("steps: a routine may have at most 100 steps")
        .contains("(did you mean hold?)")
        .contains("(did you mean exercise-number-0?)");
  }

  // ---- 4. a step without an exercise, merge keys, tabs, SnakeYAML's problem
  // -------------------------

  @Test
  void aStepWithoutAnExerciseIsAProblemInEveryFileOfTheFolder() throws IOException {
    file("config/backcare/routines/a.yaml", HEAD + "steps:\n  - hold: 5s\n");
    file("config/backcare/routines/b.yaml", HEAD.replace("mine", "b") + "steps:\n  - {}\n");
    file(
        "config/backcare/routines/c.yaml",
        HEAD.replace("mine", "c")
            + "base: &base {exercise: bridge}\nsteps:\n  - <<: *base\n    hold: 5s\n");
    file("config/backcare/routines/d.yaml", HEAD.replace("mine", "d") + "steps:\n  - bridge\n");
    assertThat(cli.run("validate")).isEqualTo(2);
    assertThat(cli.err)
        .contains("a.yaml:5:5: steps[0].exercise: missing")
        .contains("b.yaml:5:5: steps[0].exercise: missing")
        .contains("c.yaml:6:5: steps[0].<<: a YAML merge key, which backcare does not read")
        .contains("c.yaml:6:5: steps[0].exercise: missing")
        .contains("in 4 files.");
    assertNoStackTrace();
    assertThat(
            cli.run(
                "routine", "--file", cli.userRoutines().resolve("b.yaml").toString(), "--dry-run"))
        .isEqualTo(2);
    assertThat(cli.run("routines")).isZero();
    assertThat(cli.out).contains("d");
    assertThat(cli.err).contains("skipping").contains("a.yaml");
    assertNoStackTrace();
  }

  @Test
  void anAliasIsRefusedByName() throws IOException {
    Path f =
        file(
            "alias.yaml",
            HEAD.replace("title: Mine", "title: &t Mine") + "notes: *t\nsteps:\n  - bridge\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("alias.yaml:4:8: notes: *t is a YAML alias, which backcare does not read");
    Path answers = file("answers.yaml", "bladder: &no no\nbowel: *no\n");
    assertThat(cli.run("triage", "--answers", answers.toString(), "--no-routine")).isEqualTo(2);
    assertThat(cli.err).contains("answers.yaml:2:8: bowel: *no is a YAML alias");
  }

  @Test
  void aTabInTheIndentationIsReportedAtItsOwnPlace() throws IOException {
    Path f = file("tab.yaml", HEAD + "steps:\n  - exercise: bridge\n  \thold: 5s\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("tab.yaml:6:3: a tab in the indentation; YAML indents with spaces");
    Path answers = file("tab-answers.yaml", "bladder: no\n\tbowel: no\n");
    assertThat(cli.run("triage", "--answers", answers.toString(), "--no-routine")).isEqualTo(2);
    assertThat(cli.err)
        .contains("tab-answers.yaml:2:1: a tab in the indentation; YAML indents with spaces");
  }

  @Test
  void snakeYamlsProblemIsReportedWhereItIsNotItsContext() throws IOException {
    Path f = file("quote.yaml", HEAD + "steps:\n  - exercise: \"bridge\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("quote.yaml:6:1: not valid YAML: found unexpected end of stream")
        .doesNotContain("while scanning")
        .doesNotContain("in 'reader'");
    Path c = file("colon.yaml", HEAD + "steps: a: b\n");
    assertThat(cli.run("validate", c.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("colon.yaml:4:9: not valid YAML: mapping values are not allowed here");
    Path bell = file("bell.yaml", HEAD + "notes: ring\u0007\nsteps:\n  - bridge\n");
    assertThat(cli.run("validate", bell.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains("bell.yaml:4:12: not valid YAML: the character U+0007 is not allowed")
        .doesNotContain("\u0007");
  }

  // ---- 5. numbers never overflow
  // -------------------------------------------------------------------

  @Test
  void numbersOfAnyLengthAreOutOfRangeWithTheRange() throws IOException {
    String[][] cases = {
      {
        "    hold: 99999999999999999999s\n",
        "steps[0].hold: \"99999999999999999999s\" is too long; it may be at most 20m"
      },
      {
        "    hold: 4611686018427387905m\n",
        "steps[0].hold: \"4611686018427387905m\" is too long; it may be at most 20m"
      },
      {
        "    flow: 1m99999999999999999999s\n",
        "steps[0].flow: \"1m99999999999999999999s\" is too long"
      },
      {
        "    rest: 9223372036854775808\n",
        "steps[0].rest: \"9223372036854775808\" is too long; it may be at most 5m"
      },
      {
        "    leadIn: 2147483648s\n",
        "steps[0].leadIn: \"2147483648s\" is too long; it may be at most 5m"
      },
      {
        "    reps: 99999999999999999999\n",
        "steps[0].reps: 99999999999999999999 is out of range; give a whole number from 1 to 30"
      },
      {"    reps: 2147483648\n", "2147483648 is out of range; give a whole number from 1 to 30"},
      {"    reps: -99999999999999999999\n", "is out of range; give a whole number from 1 to 30"},
      {
        "    reps: 00000000000000000000031\n",
        "00000000000000000000031 is out of range; give a whole number from 1 to 30"
      },
    };
    Path zeros =
        file(
            "zeros.yaml",
            HEAD + "steps:\n  - exercise: bridge\n    reps: 00000000000000000000003\n");
    assertThat(cli.run("validate", zeros.toString())).as(cli.err).isZero();
    for (String[] c : cases) {
      Path f = file("n.yaml", HEAD + "steps:\n  - exercise: bridge\n" + c[0]);
      assertThat(cli.run("validate", f.toString())).as(c[0]).isEqualTo(2);
      assertThat(cli.err).as(c[0]).contains(c[1]);
      assertNoStackTrace();
    }
  }

  @Test
  void scaleTakesDecimalNumbersInItsRangeOnly() {
    for (String bad :
        List.of(
            "NaN",
            "Infinity",
            "-Infinity",
            "0x1p1",
            "1e0",
            "2d",
            "2f",
            "-1",
            "1,5",
            "",
            "1.",
            ".5",
            "+2")) {
      assertThat(cli.run("routine", "quick", "--dry-run", "--scale", bad)).as(bad).isEqualTo(2);
      assertThat(cli.err)
          .as(bad)
          .contains("is not a decimal number; give a number from 0.5 to 3.0");
    }
    for (String out :
        List.of("0.49", "5", "3.0000000000000000000001", "99999999999999999999999999", "0")) {
      assertThat(cli.run("routine", "quick", "--dry-run", "--scale", out)).as(out).isEqualTo(2);
      assertThat(cli.err)
          .as(out)
          .contains("--scale " + out + " is out of range; give a number from 0.5 to 3.0");
    }
    for (String ok : List.of("0.5", "1.5", "3", "3.0", "2.25", "0001.5")) {
      assertThat(cli.run("routine", "quick", "--dry-run", "--scale", ok))
          .as(ok + ": " + cli.err)
          .isZero();
    }
    assertThat(cli.run("routine", "quick", "--dry-run", "--scale", "NaN\u001b[2J")).isEqualTo(2);
    assertThat(cli.err).doesNotContain("\u001b");
  }
}
