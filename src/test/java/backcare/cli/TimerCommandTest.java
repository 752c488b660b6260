package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Recorder;
import backcare.console.ScriptedDevices;
import backcare.console.ScriptedScreen;
import backcare.session.Clock;
import backcare.session.FakeClock;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimerCommandTest {
  @TempDir Path dir;

  final FakeClock clock = new FakeClock();
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(Clock c, boolean interactive, ScriptedDevices devices, String... args) {
    Cli cli = new Cli(dir, clock).devices(devices).clock(c);
    cli.interactive = interactive;
    Cli.Result r = cli.exec(args);
    out.append(r.out());
    err.append(r.err());
    return r.code();
  }

  ScriptedDevices devices(ScriptedScreen screen) {
    return new ScriptedDevices(screen, new Recorder(clock), null);
  }

  /**
   * content.md v2: the pack is got ready first, and every caution is on screen before the timer
   * starts.
   */
  @Test
  void heatIsFifteenMinutesAfterALeadInToGetThePackReadyWithItsCautions() {
    int code = run(clock, false, devices(null), "heat");
    assertThat(code).isZero();
    String text = out.toString();
    // never screened: the box of emergency signs first
    assertThat(text)
        .startsWith("+- Emergency signs -")
        .contains("\n\n[00:00] Heat: 1 step, 15m30s\n")
        .contains(
            "[00:00]   Warning: Keep a towel between skin and heat; never lie on it or fall asleep"
                + " with it.\n",
            "[00:00]   Warning: Check your skin every few minutes; take it off if it stings, burns, blisters,"
                + " goes numb, or turns white or blotchy.\n",
            "[00:00]   Warning: Diabetes, poor circulation or less feeling? Ask a clinician first.\n",
            "[00:00]   Warning: Never on numb or broken skin; 15-20 minutes at most, then wait an hour.\n",
            "[00:00] Get the heat ready and wrap it in a towel: 30s\n",
            "[00:30] Hold 15m\n")
        .endsWith("[15:30] Done: 1 of 1 steps done in 15m30s.\n");
    // every caution comes before the lead-in, and the lead-in before the heat goes on
    assertThat(text.lastIndexOf("Warning:")).isLessThan(text.indexOf("Get the heat ready"));
    assertThat(text.indexOf("Get the heat ready")).isLessThan(text.indexOf("Hold 15m"));
  }

  @Test
  void coldTakesMinutesAndRefusesMoreThanTwentyWithTheReason() {
    assertThat(run(clock, false, devices(null), "cold", "--minutes", "20")).isZero();
    assertThat(out.toString())
        .contains(
            "Always wrap the ice pack in a towel",
            "Raynaud's",
            "[00:00] Get the cold pack ready and wrap it in a towel: 30s",
            "[00:30] Hold 20m",
            "[20:30] Done");

    assertThat(run(clock, false, devices(null), "cold", "--minutes", "25"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "backcare: --minutes 25 is too long: never use a cold pack for more than "
                + "15-20 minutes at a time")
        .doesNotContain("Exception");

    assertThat(run(clock, false, devices(null), "heat", "--minutes", "0"))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .contains("--minutes 0 is out of range; give a whole number of minutes from 1 to 20");
  }

  @Test
  void inATerminalOneBigCountdownWithTheWarnings() {
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30).key(0, " ").key(120, "x");
    int code = run(clock, true, devices(screen), "heat");
    assertThat(code).isZero();
    // the lead-in: get the pack ready, with the cautions on screen
    assertThat(screen.at(0).text())
        .contains(
            " Heat",
            "15:30 left",
            "GET READY",
            " Get the heat ready and wrap it in a towel\n",
            "! Keep a towel between skin and heat",
            "! Check your skin every few minutes",
            "! Diabetes, poor circulation or less feeling? Ask a clinician first.",
            "! Never on numb or broken skin; 15-20 minutes at most")
        .doesNotContain("step 1 of 1", "GET INTO POSITION");
    assertThat(screen.at(31).text())
        .contains(
            "HOLD",
            "! Keep a towel between skin and heat",
            " Lying on your side or sitting comfortably, with warmth on your lower back\n");
    assertThat(screen.at(90).text()).contains("14:00 left");
    assertThat(out.toString())
        .contains(
            "Take the heat off now and let your skin settle.",
            "If the skin stays numb, blistered or sore",
            "Run \"backcare triage\"")
        .doesNotContain("Stop this stretch", "gentle pull");
  }

  /** A common 80x24 terminal: every caution, whole, still on the screen with the big countdown. */
  @Test
  void onAnEightyByTwentyFourTerminalEveryCautionShowsWhole() {
    for (String which : new String[] {"heat", "cold"}) {
      ScriptedScreen screen = new ScriptedScreen(clock, 80, 24).key(0, " ").key(5, "q");
      assertThat(run(clock, true, devices(screen), which)).isZero();
      assertThat(screen.at(screen.firstShowing("GET READY")).text())
          .as(which)
          .contains(
              "GET READY",
              "never lie on it or fall asleep with it.",
              "turns white or blotchy.",
              "Ask a clinician first.",
              "15-20 minutes at most, then wait an hour.");
    }
  }

  @Test
  void whenStdoutGoesAwayTheTimerStopsInsteadOfRunningOnUnseen() {
    java.io.Writer closed =
        new java.io.Writer() {
          @Override
          public void write(char[] b, int off, int len) throws java.io.IOException {
            throw new java.io.IOException("Broken pipe");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    long before = clock.nanoTime();
    Cli cli = new Cli(dir, clock).devices(devices(null)).stdout(closed);
    cli.interactive = false;
    int code = cli.run("heat");
    assertThat(code).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(clock.nanoTime()).isEqualTo(before);
  }

  @Test
  void ctrlCOnPipedOutputEndsWithTheSummaryAnd130() {
    ScriptedDevices devices = devices(null);
    // a clock whose wait is cut short by Ctrl-C at 61 s, as SIGINT interrupts the real one
    Clock interruptible =
        new Clock() {
          @Override
          public long nanoTime() {
            return clock.nanoTime();
          }

          @Override
          public void sleepUntil(long deadline) throws InterruptedException {
            long ctrlC = start + 61_000_000_000L;
            if (deadline > ctrlC && devices.interruptAction != null) {
              clock.sleepUntil(ctrlC);
              devices.interruptAction.run();
            }
            if (Thread.interrupted()) throw new InterruptedException();
            clock.sleepUntil(deadline);
          }

          final long start = clock.nanoTime();
        };
    int code = run(interruptible, false, devices, "cold");
    assertThat(code).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(out.toString())
        .endsWith("[01:01] Interrupted: 0 of 1 steps done in 1m1s.\n")
        .contains("[00:30] Hold 15m");
    assertThat(devices.interruptReleases).isEqualTo(devices.interruptRegistrations).isEqualTo(1);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
