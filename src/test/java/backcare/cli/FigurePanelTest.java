package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Frame;
import backcare.console.ScriptedScreen;
import backcare.session.FakeClock;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figure beside the countdown (issue 13), in `backcare routine --file` of the {@link
 * FixedRoutine} at a terminal of a given size: seated trunk rotation (0-40: lead-in 0-5, holds 5-20
 * and 25-40), then cat-cow (lead-in 40-45, flow 45-105).
 */
class FigurePanelTest {
  @TempDir Path dir;

  Cli cli;
  FakeClock clock;

  String routine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    cli = new Cli(dir);
    clock = cli.clock;
    routine = FixedRoutine.write(dir);
  }

  ScriptedScreen run(int width, int height, String... extra) {
    return run(new ScriptedScreen(clock, width, height).start(0), extra);
  }

  ScriptedScreen run(ScriptedScreen screen, String... extra) {
    String[] args =
        Stream.concat(
                Stream.of("routine", "--file", routine, "--pain", "3", "--pain-after", "2"),
                Stream.of(extra))
            .toArray(String[]::new);
    assertThat(cli.copy().screen(screen).run(args)).isZero();
    return screen;
  }

  /** The columns from {@code from} on of a frame, as text: where the panel is drawn. */
  static String right(ScriptedScreen.Shot shot, int from) {
    StringBuilder b = new StringBuilder();
    for (String line : shot.lines()) {
      String plain = Frame.plain(line);
      b.append(plain.length() > from ? plain.substring(from) : "").append('\n');
    }
    return b.toString();
  }

  static boolean hasBraille(String s) {
    return s.chars().anyMatch(c -> c > 0x2800 && c <= 0x28ff);
  }

  @Test
  void at100x32TheFigureStandsBesideTheCountdownAndCoversNothing() {
    ScriptedScreen screen = run(100, 32);
    var hold = screen.at(10);
    assertThat(hasBraille(right(hold, 66))).isTrue();
    assertThat(hold.lines())
        .noneMatch(
            l -> hasBraille(Frame.plain(l).substring(0, Math.min(66, Frame.plain(l).length()))));
    assertThat(hold.text())
        .contains("Seated trunk rotation", "HOLD", "Next: switch sides", "x it hurts");
    for (ScriptedScreen.Shot s : screen.shots) {
      assertThat(s.lines()).hasSize(32).allMatch(l -> Frame.plain(l).length() <= 99);
    }
  }

  @Test
  void aFlowAlternatesItsPhasesEveryFourSecondsAHoldShowsTheHeldPhase() {
    ScriptedScreen screen = run(100, 32);
    assertThat(right(screen.at(42), 66)).contains("cow"); // getting into position: the first phase
    assertThat(right(screen.at(46), 66)).contains("cow").doesNotContain("cat");
    assertThat(right(screen.at(50), 66)).contains("cat").doesNotContain("cow");
    assertThat(right(screen.at(54), 66)).contains("cow");
    assertThat(right(screen.at(58), 66)).contains("cat");
  }

  @Test
  void aPauseHoldsThePhaseAndTheRhythmGoesOnFromWhereItStopped() {
    // paused 1.5 s into the flow (cow) for ten seconds: cow until 4 s of flow have passed, at 58.5
    ScriptedScreen screen =
        run(new ScriptedScreen(clock, 100, 32).start(0).key(46.5, " ").key(56.5, " "));
    assertThat(screen.at(52).text()).contains("PAUSED");
    assertThat(right(screen.at(52), 66)).contains("cow");
    assertThat(right(screen.at(58), 66)).contains("cow").doesNotContain("cat");
    assertThat(right(screen.at(60), 66)).contains("cat");
  }

  @Test
  void anExerciseWithoutAFigureKeepsTheWholeWidth() throws java.io.IOException {
    java.nio.file.Path folder = cli.userRoutines();
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.writeString(
        folder.resolve("plain.yaml"),
        "id: plain\ntitle: Plain\ndescription: No figure.\n"
            + "steps:\n  - exercise:\n      id: shrug\n      name: Shoulder shrug\n      position: Sitting\n"
            + "      instructions: [Lift both shoulders and let them drop.]\n      hold: 10s\n      tags: []\n");
    ScriptedScreen screen = new ScriptedScreen(clock, 100, 32).start(0);
    int code = cli.screen(screen).run("routine", "plain", "--pain", "3", "--pain-after", "2");
    assertThat(code).isZero();
    assertThat(screen.at(8).lines().get(0)).hasSize(99); // the header spans the whole width
    assertThat(screen.shots).noneMatch(s -> hasBraille(s.text()));
  }

  @Test
  void theHeatTimerShowsTheFigureWithItsPackAndEveryCautionStaysWhole() {
    ScriptedScreen screen = new ScriptedScreen(clock, 100, 30).start(0);
    int code = cli.screen(screen).run("heat", "--minutes", "1");
    assertThat(code).isZero();
    assertThat(hasBraille(right(screen.at(10), 66))).isTrue();
    assertThat(screen.at(10).text()).contains("GET READY", "towel");
    // the figure takes width, never the cautions: all four still show whole, before the
    // instructions
    String text = screen.at(10).text();
    assertThat(text)
        .contains("asleep with it.", "white or blotchy.", "Ask a clinician", "wait", "an hour.");
    assertThat(text.indexOf("an hour.")).isLessThan(text.indexOf("1. "));
  }

  @Test
  void tooSmallATerminalOrNoFigureLeavesItOut() {
    for (int[] size : new int[][] {{40, 12}, {80, 24}, {99, 32}, {120, 29}}) {
      ScriptedScreen screen = run(size[0], size[1]);
      assertThat(screen.shots).as(size[0] + "x" + size[1]).noneMatch(s -> hasBraille(s.text()));
    }
    assertThat(run(100, 32, "--no-figure").shots).noneMatch(s -> hasBraille(s.text()));
    assertThat(run(100, 30).shots).anyMatch(s -> hasBraille(s.text()));
  }

  @Test
  void anAsciiTerminalGetsAnAsciiFigure() {
    ScriptedScreen screen = new ScriptedScreen(clock, 100, 32).ascii().start(0);
    cli.screen(screen).run("routine", "--file", routine, "--pain", "3", "--pain-after", "2");
    String panel = right(screen.at(10), 66);
    assertThat(panel).contains("O").matches("(?s)[\\x00-\\x7f]*");
  }
}
