package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Devices;
import backcare.console.Recorder;
import backcare.console.ScriptedDevices;
import backcare.console.ScriptedScreen;
import backcare.session.FakeClock;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare routine --file` in a terminal, as a user meets it: keys pressed at given seconds on a
 * fake clock, and the frames, sounds, printed text and exit code that come out. The routine is the
 * test's own file ({@link FixedRoutine}), so editing a built-in one never moves these times: 0-5
 * get into position, 5-20 hold left, 20-25 switch, 25-40 hold right, then cat-cow (40-105), child's
 * pose (105-135) and knee to chest (135-175).
 */
class TerminalRunTest {
  @TempDir Path dir;

  final FakeClock clock = new FakeClock();
  final ScriptedScreen screen = new ScriptedScreen(clock, 80, 30).key(0, " ");
  final Recorder sounds = new Recorder(clock);
  Cli cli;

  /** What every run so far printed. */
  final StringWriter out = new StringWriter();

  final StringWriter err = new StringWriter();

  /** Where {@link FixedRoutine} is written, for `routine --file`. */
  String routine;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(dir, clock);
    routine = FixedRoutine.write(dir);
  }

  int run(Devices devices, String... args) {
    if (args[0].equals("routine") && !java.util.List.of(args).contains("--help")) {
      // the pain questions are the history's, tested there; answer them so the screen is the
      // routine's
      args =
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(args),
                  java.util.stream.Stream.of("--pain", "3", "--pain-after", "2"))
              .toArray(String[]::new);
    }
    Cli.Result r = cli.copy().devices(devices).exec(args);
    out.append(r.out());
    err.append(r.err());
    return r.code();
  }

  int run(String... args) {
    return run(new ScriptedDevices(screen, sounds, null), args);
  }

  @Test
  void aWholeRoutineRunsOnTheFullScreenAndEndsWithTheSummary() {
    int code = run("routine", "--file", routine);

    assertThat(code).isZero();
    assertThat(screen.entered).isTrue();
    assertThat(screen.closed()).isTrue();
    assertThat(screen.at(0).text())
        .contains(
            "Four moves · step 1 of 4",
            "2:55 left",
            "Seated trunk rotation",
            "GET INTO POSITION",
            "Next: hold, left side",
            "space pause · n/→ next");
    assertThat(screen.at(10).text())
        .contains("left side", "HOLD", "Next: switch sides", "2:45 left");
    assertThat(screen.firstShowing("step 2 of 4")).isEqualTo(40.0);
    assertThat(screen.firstShowing("step 4 of 4")).isEqualTo(135.0);
    assertThat(screen.last().seconds()).isLessThan(175.0);
    assertThat(out.toString())
        .startsWith("+- Emergency signs -") // never screened
        .contains("\n\nFour moves: 4 steps, 2m55s\nBefore you start:\n")
        .endsWith("Done: 4 of 4 steps done in 2m55s.\nPain 3 before, 2 after.\n");
    // the ready page, then a frame for every second the countdown changes, not more
    assertThat(screen.shots.get(0).text()).contains("space or Enter to start, q to stop");
    assertThat(screen.shots.stream().skip(1).filter(s -> s.at() < 5_000_000_000L)).hasSize(5);
  }

  @Test
  void spacePausesTheHoldAndResumesExactlyWhereItStopped() {
    screen.key(7.5, " ").key(17.5, " ");
    int code = run("routine", "--file", routine);

    assertThat(code).isZero();
    var paused = screen.at(12);
    assertThat(paused.text()).contains("PAUSED · space to resume", "2:48 left");
    assertThat(screen.at(7.5).text()).contains("PAUSED");
    assertThat(screen.at(17.5).text())
        .doesNotContain("PAUSED")
        .contains("2:48 left"); // 12.5 s left: shows 13
    assertThat(screen.firstShowing("SWITCH SIDES")).isEqualTo(30.0); // 20 s + 10 s paused
    assertThat(screen.firstShowing("step 2 of 4")).isEqualTo(50.0);
    assertThat(out.toString())
        .endsWith("Done: 4 of 4 steps done in 2m55s, paused 10s.\nPain 3 before, 2 after.\n");
  }

  @Test
  void nextPreviousAndArrowsMoveBetweenSteps() {
    screen.key(3, "n").key(4, "\u001b[C").key(5, "\u001b[D").key(60, "p");
    run("routine", "--file", routine);
    assertThat(screen.at(3).text()).contains("Cat-cow", "step 2 of 4");
    assertThat(screen.at(4).text()).contains("Child's pose", "step 3 of 4");
    assertThat(screen.at(5).text()).contains("Cat-cow"); // within 3 s: back to the step before
    assertThat(screen.at(60).text())
        .contains("Cat-cow", "GET INTO POSITION"); // later: restart the step
    assertThat(out.toString()).contains("skipped step 1");
  }

  @Test
  void xStopsAtOnceWithTheAdviceForPain() {
    screen.key(8, "x");
    int code = run("routine", "--file", routine);

    assertThat(code).isZero();
    assertThat(screen.closed()).isTrue();
    assertThat(screen.last().seconds()).isLessThanOrEqualTo(8.0);
    assertThat(out.toString())
        .contains(
            "Stop this stretch now and rest in whatever position is comfortable.",
            "see a doctor or physiotherapist",
            "Run \"backcare triage\"",
            "Stopped because it hurt: 0 of 4 steps done in 8s.");
  }

  @Test
  void qQuitsWithTheSummary() {
    screen.key(50, "q");
    assertThat(run("routine", "--file", routine)).isZero();
    assertThat(out.toString())
        .endsWith("Stopped: 1 of 4 steps done in 50s.\nPain 3 before, 2 after.\n");
  }

  @Test
  void ctrlCAClosedTerminalOrASignalEndInterruptedWith130() {
    screen.key(3, "\u0003");
    assertThat(run("routine", "--file", routine)).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(screen.closed()).isTrue();
    assertThat(out.toString())
        .endsWith("Interrupted: 0 of 4 steps done in 3s.\nPain 3 before, 2 after.\n");

    ScriptedScreen gone = new ScriptedScreen(clock, 80, 30).key(0, " ").hangUp(4);
    assertThat(run(new ScriptedDevices(gone, sounds, null), "routine", "--file", routine))
        .isEqualTo(ExitCode.INTERRUPTED);
    assertThat(gone.closed()).isTrue();

    ScriptedScreen killed = new ScriptedScreen(clock, 80, 30).key(0, " ").signal(2);
    assertThat(run(new ScriptedDevices(killed, sounds, null), "routine", "--file", routine))
        .isEqualTo(ExitCode.INTERRUPTED);
  }

  @Test
  void questionMarkShowsTheKeysWhileTheClockRuns() {
    screen.key(6, "?").key(9, "?");
    run("routine", "--file", routine);
    assertThat(screen.at(7).text()).contains("Keys (no Enter needed):", "HOLD", "2:48 left");
    assertThat(screen.at(10).text())
        .doesNotContain("Keys (no Enter needed):")
        .contains("1. Sit tall");
    assertThat(screen.firstShowing("SWITCH SIDES")).isEqualTo(20.0);
  }

  @Test
  void aResizeDuringAHoldRedrawsEverythingForTheNewSize() {
    screen.resize(8.5, 40, 12);
    run("routine", "--file", routine);
    assertThat(screen.clears).isEqualTo(1);
    var after = screen.at(8.6);
    assertThat(after.at()).isGreaterThan(8_000_000_000L);
    assertThat(after.text().split("\n", -1))
        .hasSize(12)
        .allSatisfy(l -> assertThat(l.length()).isLessThan(40));
    assertThat(after.text()).contains("HOLD  0:12");
  }

  @Test
  void soundsAtEachChangeAndTicksBeforeEachHoldEndsUnlessQuiet() {
    run("routine", "--file", routine);
    assertThat(sounds.times("change")).startsWith(0.0, 5.0, 20.0, 25.0, 40.0).endsWith(175.0);
    assertThat(sounds.times("tick")).startsWith(17.0, 18.0, 19.0, 37.0, 38.0, 39.0);

    Recorder quiet = new Recorder(clock);
    run(
        new ScriptedDevices(new ScriptedScreen(clock, 80, 30).key(0, " "), quiet, null),
        "routine",
        "--file",
        routine,
        "--quiet");
    assertThat(quiet.entries).isEmpty();
  }

  @Test
  void voiceSpeaksTheStepsOrSaysWhatToInstall() {
    Recorder voice = new Recorder(clock);
    run(new ScriptedDevices(screen, sounds, voice), "routine", "--file", routine, "--voice");
    assertThat(voice.spoken())
        .startsWith(
            "Seated trunk rotation",
            "left side",
            "switch sides",
            "right side",
            "Cat-cow",
            "move",
            "half way",
            "Child's pose")
        .endsWith("done");
    assertThat(voice.closed).isTrue();

    run(
        new ScriptedDevices(new ScriptedScreen(clock, 80, 30).key(0, " "), sounds, null),
        "routine",
        "--file",
        routine,
        "--voice");
    assertThat(err.toString())
        .contains("--voice needs espeak-ng or spd-say", "Running without a voice.");
  }

  @Test
  void colourFollowsNoColorAndTheOption() {
    run("routine", "--file", routine);
    assertThat(String.join("", screen.at(10).lines())).contains("\u001b[");

    ScriptedScreen off = new ScriptedScreen(clock, 80, 30).key(0, " ");
    run(new ScriptedDevices(off, sounds, null), "routine", "--file", routine, "--no-color");
    assertThat(off.shots)
        .allSatisfy(s -> assertThat(String.join("", s.lines())).doesNotContain("\u001b"));

    ScriptedScreen noColor = new ScriptedScreen(clock, 80, 30).key(0, " ");
    cli.env.put("NO_COLOR", "1");
    run(new ScriptedDevices(noColor, sounds, null), "routine", "--file", routine);
    assertThat(noColor.shots)
        .allSatisfy(s -> assertThat(String.join("", s.lines())).doesNotContain("\u001b"));
  }

  @Test
  void bigDigitsByDefaultOnATallTerminalAndOneLineWithNoBig() {
    run("routine", "--file", routine);
    assertThat(screen.at(10).text()).contains("██████").doesNotContain("HOLD  0:");

    ScriptedScreen small = new ScriptedScreen(clock, 80, 30).key(0, " ");
    run(new ScriptedDevices(small, sounds, null), "routine", "--file", routine, "--no-big");
    assertThat(small.at(10).text()).contains("HOLD  0:10");
  }

  @Test
  void anErrorInTheDisplayStillRestoresTheTerminalAndShowsTheSummary() {
    screen.failDrawingAt(50);
    int code = run("routine", "--file", routine);
    assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(screen.closed()).isTrue();
    assertThat(out.toString()).endsWith("Interrupted: 1 of 4 steps done in 50s.\n");
    assertThat(err.toString())
        .contains("internal error")
        .contains("drawing failed")
        .doesNotContain("RunFailure");
    // what was done is in the history all the same
    assertThat(cli.historyFile())
        .content()
        .contains("\"ending\":\"interrupted\"")
        .contains("\"stepsDone\":[1]");
  }

  @Test
  void aDumbTerminalOrJsonGetsTheLineOutput() {
    int code = run(new ScriptedDevices(null, sounds, null), "routine", "--file", routine);
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("[00:05] Hold 15s, left side\n", "[02:55] Done: 4 of 4 steps");

    StringWriter before = new StringWriter();
    before.write(out.toString());
    run("routine", "--file", routine, "--json");
    assertThat(screen.shots).isEmpty();
    assertThat(out.toString().substring(before.toString().length()))
        .startsWith("{\"at\":0,\"event\":\"start\"");
  }

  @Test
  void theNewOptionsAreInTheHelp() {
    run("routine", "--help");
    assertThat(out.toString()).contains("--[no-]big", "--quiet", "--voice", "--no-color");
  }

  List<String> lines() {
    return List.of(out.toString().split("\n"));
  }
}
