package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Devices;
import backcare.console.Recorder;
import backcare.console.Screen;
import backcare.console.ScriptedScreen;
import backcare.console.Sounds;
import backcare.console.Voice;
import backcare.session.FakeClock;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare remind --here` at a scripted terminal on a fake clock: the quiet line, the bell and the
 * banner when a break is due, snooze, Enter running the routine (which takes the terminal and gives
 * it back), q, Ctrl-C and a signal. Each screen opened is the next of the script's screens, all
 * timed from the start of the test.
 */
class RemindHereTest {
  private static final double MIN = 60;

  @TempDir Path dir;

  final FakeClock clock = new FakeClock();
  final ZonedDateTime start = ZonedDateTime.parse("2026-12-01T10:00:00Z");
  final ScriptedScreen first = new ScriptedScreen(clock, 100, 32);
  final ScriptedScreen routine = new ScriptedScreen(clock, 100, 32);
  final ScriptedScreen after = new ScriptedScreen(clock, 100, 32);
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final Recorder sounds = new Recorder(clock);

  /** Hands out the given screens in turn. */
  final class Screens implements Devices {
    final Deque<ScriptedScreen> left;
    int opened;

    Screens(ScriptedScreen... screens) {
      left = new ArrayDeque<>(List.of(screens));
    }

    @Override
    public Optional<Screen> openScreen() {
      opened++;
      return Optional.ofNullable(left.poll());
    }

    @Override
    public Sounds sounds(Screen s) {
      return sounds;
    }

    @Override
    public Optional<Voice> voice() {
      return Optional.empty();
    }

    @Override
    public Registration onInterrupt(Runnable action) {
      return () -> {};
    }
  }

  int run(Devices devices, boolean interactive, String... args) {
    Cli cli = new Cli(dir, clock).devices(devices);
    cli.interactive = interactive;
    cli.env.put("NO_COLOR", "1");
    cli.now = start;
    Cli.Result r = cli.exec(args);
    out.append(r.out());
    err.append(r.err());
    return r.code();
  }

  @Test
  void aQuietLineThenABellAndBannerWhenDueThenSnoozeAndQ() {
    first.key(10 * MIN + 30, "s").key(25 * MIN, "q");

    int code = run(new Screens(first), true, "remind", "--here", "--every", "10m");

    assertThat(code).isZero();
    assertThat(first.entered).isTrue();
    assertThat(first.at(0).text())
        .startsWith("backcare remind: next break in 10 minutes (at 10:10)")
        .contains("Enter: desk routine now", "q: quit");
    assertThat(first.at(30).text()).contains("next break in 10 minutes");
    assertThat(first.at(61).text()).contains("next break in 9 minutes (at 10:10)");
    assertThat(first.at(9 * MIN + 59).text()).contains("next break in 1 minute (at 10:10)");
    // due at 10 minutes to the nanosecond: one bell, the banner
    assertThat(first.firstShowing("TIME TO GET UP AND MOVE")).isEqualTo(10 * MIN);
    assertThat(first.at(10 * MIN).text())
        .contains(
            "You have sat for 10 minutes.",
            "Enter: start the desk routine   s: snooze 10 min   q: quit");
    // s: quiet again for ten minutes, then the bell and the banner once more
    assertThat(first.at(10 * MIN + 30).text()).contains("next break in 10 minutes (at 10:20)");
    assertThat(
            first.shots.stream()
                .filter(f -> f.seconds() > 10 * MIN + 30 && f.shows("TIME TO GET UP AND MOVE"))
                .findFirst()
                .orElseThrow()
                .seconds())
        .isEqualTo(20 * MIN + 30);
    assertThat(first.at(21 * MIN).text()).contains("You have sat for 21 minutes.");
    assertThat(first.bells).containsExactly(secs(10 * MIN), secs(20 * MIN + 30));
    assertThat(first.closed()).isTrue();
    assertThat(out.toString()).isEqualTo("Reminders stopped.\n");
    // a frame only when what it shows changes: once a minute while waiting
    assertThat(first.shots.stream().filter(s -> s.at() < secs(10 * MIN))).hasSize(10);
  }

  @Test
  void enterRunsTheRoutineOnItsOwnScreenThenTheCountStartsAgain() {
    first.key(50 * MIN + 5, "\r");
    routine.key(50 * MIN + 5, " "); // the routine's ready page: start at once
    after.key(60 * MIN, "q");

    int code =
        run(new Screens(first, routine, after), true, "remind", "--here", "--routine", "quick");

    assertThat(code).isZero();
    assertThat(first.firstShowing("TIME TO GET UP AND MOVE")).isEqualTo(50 * MIN);
    assertThat(first.at(50 * MIN).text()).contains("Enter: start the quick routine");
    assertThat(first.closed()).isTrue();
    // the routine ran as `backcare routine quick` does, on the terminal, from Enter
    assertThat(routine.entered).isTrue();
    assertThat(routine.shots.get(0).text())
        .contains("space or Enter to start"); // its ready page first
    Planned quick = Planned.quick();
    assertThat(routine.firstShowing(quick.title() + " · step 1 of " + quick.steps()))
        .isEqualTo(50 * MIN + 5);
    assertThat(routine.closed()).isTrue();
    assertThat(out.toString()).contains(quick.done()).endsWith("Reminders stopped.\n");
    // taken back afterwards: a new count from the routine's end
    double back = 50 * MIN + 5 + quick.totalSeconds();
    assertThat(after.entered).isTrue();
    assertThat(after.shots.get(0).seconds()).isEqualTo(back);
    String nextBreak =
        start.plusSeconds((long) back).plusMinutes(50).format(DateTimeFormatter.ofPattern("HH:mm"));
    assertThat(after.shots.get(0).text())
        .contains("next break in 50 minutes (at " + nextBreak + ")");
    assertThat(after.closed()).isTrue();
    assertThat(dir.resolve("state/backcare/history.jsonl"))
        .content()
        .contains("\"routine\":\"quick\"");
  }

  @Test
  void ctrlCEndsItCleanlyWithExit130() {
    first.key(5 * MIN, "\u0003");

    int code = run(new Screens(first), true, "remind", "--here");

    assertThat(code).isEqualTo(130);
    assertThat(first.closed()).isTrue();
    assertThat(out.toString()).isEqualTo("Reminders stopped (interrupted).\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSignalFromOutsideEndsItWithinASecond() {
    first.signal(7 * MIN + 0.25);
    long t0 = clock.nanoTime();

    int code = run(new Screens(first), true, "remind", "--here");

    assertThat(code).isEqualTo(130);
    assertThat(first.closed()).isTrue();
    assertThat(clock.nanoTime() - t0).isLessThanOrEqualTo(secs(7 * MIN + 1.25));
  }

  @Test
  void aClosedTerminalEndsIt() {
    first.hangUp(3 * MIN);
    assertThat(run(new Screens(first), true, "remind", "--here")).isEqualTo(130);
    assertThat(first.closed()).isTrue();
  }

  @Test
  void withoutATerminalItSaysSoAndExitsTwo() {
    Screens screens = new Screens(first);

    assertThat(run(screens, false, "remind", "--here")).isEqualTo(2);

    assertThat(err.toString()).contains("remind --here needs a terminal");
    assertThat(screens.opened).isZero();
  }

  @Test
  void theIntervalIsCheckedAsForOn() {
    assertThat(run(new Screens(first), true, "remind", "--here", "--every", "5h")).isEqualTo(2);
    assertThat(err.toString()).contains("--every 5h is out of range; give 10m to 4h");
    assertThat(first.entered).isFalse();
  }

  private static long secs(double s) {
    return Math.round(s * 1_000_000_000L);
  }
}
