package backcare.cli;

import backcare.console.Cues;
import backcare.console.Devices;
import backcare.console.FrameStyle;
import backcare.console.KeyControls;
import backcare.console.Notice;
import backcare.console.ReadyPage;
import backcare.console.Screen;
import backcare.console.Sounds;
import backcare.console.TerminalDisplay;
import backcare.console.Voice;
import backcare.routine.Plan;
import backcare.routine.SafetyText;
import backcare.session.Control;
import backcare.session.Controls;
import backcare.session.Describe;
import backcare.session.Ending;
import backcare.session.RoutineRunner;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Runs a plan as `routine`, `heat` and `cold` do: the full-screen display with keys, sounds and
 * voice when stdout is a terminal that can take it, opening with the ready page (the clock starts
 * at its key); otherwise the given line output, at once, ended by Ctrl-C with its summary. Either
 * way the summary is printed and the terminal given back.
 */
final class Sessions {
  private static final long SECOND = 1_000_000_000L;

  private Sessions() {}

  /**
   * How a timed run ended: its summary, or, when it never started (q, x or Ctrl-C on the ready
   * page), no summary and how the page was left. A run that never started is not recorded. {@code
   * startedAt}: the wall-clock time the run's clock started (after the ready page).
   */
  record Result(Summary summary, Ending notStarted, OffsetDateTime startedAt) {
    static Result of(Summary s, OffsetDateTime startedAt) {
      return new Result(s, null, startedAt);
    }

    boolean started() {
      return summary != null;
    }

    Ending ending() {
      return started() ? summary.ending() : notStarted;
    }

    int exitCode() {
      return ending() == Ending.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
  }

  /**
   * @param lines the display when there is no usable terminal (line output, or JSON lines)
   * @param json --json: always {@code lines}, even in a terminal
   * @param safety the reminders shown before the start and the advice shown after x
   * @param opening lines shown before the first step (filter changes, scaling)
   * @param notices what the ready page shows first (the command has printed them already)
   */
  static Result run(
      BackcareCommand root,
      DisplayOptions options,
      Plan plan,
      boolean json,
      RunListener lines,
      SafetyText safety,
      List<String> opening,
      List<Notice> notices,
      PrintWriter out,
      PrintWriter err) {
    Context ctx = root.context();
    Devices devices = root.devices();
    DisplayOptions opts = options == null ? new DisplayOptions() : options;
    Voice voice = Voice.NONE;
    if (opts.voice) {
      Optional<Voice> found = devices.voice();
      if (found.isPresent()) {
        voice = found.get();
      } else {
        err.println(Devices.NO_VOICE);
        err.flush();
      }
    }
    try {
      if (!json && ctx.interactive()) {
        Optional<Screen> screen = devices.openScreen();
        if (screen.isPresent()) {
          return onScreen(
              ctx, devices, opts, screen.get(), voice, plan, safety, opening, notices, out);
        }
      }
      OffsetDateTime startedAt = ctx.offsetNow();
      return Result.of(withLines(ctx, devices, lines, voice, plan, out), startedAt);
    } finally {
      voice.close();
    }
  }

  private static Result onScreen(
      Context ctx,
      Devices devices,
      DisplayOptions opts,
      Screen screen,
      Voice voice,
      Plan plan,
      SafetyText safety,
      List<String> opening,
      List<Notice> notices,
      PrintWriter out) {
    FrameStyle style = new FrameStyle(opts.colour(ctx.env()), screen.unicode(), opts.bigMode());
    TerminalDisplay display =
        new TerminalDisplay(
            screen,
            style,
            out,
            safety,
            opening,
            notices,
            opts.noFigure ? null : new backcare.figure.FigurePanel());
    try (screen) {
      ReadyPage.Answer answer = display.awaitStart(plan);
      if (answer != ReadyPage.Answer.START) {
        display.notStarted(answer);
        return new Result(
            null,
            switch (answer) {
              case HURT -> Ending.STOPPED_FOR_PAIN;
              case INTERRUPT -> Ending.INTERRUPTED;
              default -> Ending.QUIT;
            },
            null);
      }
      OffsetDateTime startedAt = ctx.offsetNow();
      Sounds sounds = opts.quiet ? Sounds.NONE : devices.sounds(screen);
      RunListener listener = RunListener.all(display, new Cues(sounds, voice));
      return Result.of(
          new RoutineRunner(
                  ctx.clock(), new KeyControls(ctx.clock(), screen, display), listener, SECOND)
              .run(plan),
          startedAt);
    } catch (RunFailure f) {
      screen.close();
      if (!display.summaryShown()) {
        out.println(Describe.summary(f.summary()));
        out.flush();
      }
      throw f; // the command records the session, then reports the cause
    }
  }

  /**
   * No keys, only the clock; but when stdout is gone (`| head` has exited) the run ends at the next
   * line instead of going on unseen for minutes.
   */
  private static Controls untilOutputFails(Context ctx, PrintWriter out) {
    return deadline -> {
      // picocli's writer sits on System.out, a PrintStream that keeps write errors to itself
      if (out.checkError() || System.out.checkError()) return Control.INTERRUPT;
      ctx.clock().sleepUntil(deadline);
      return null;
    };
  }

  /**
   * Line output: Ctrl-C interrupts the runner's wait, and the runner ends with its summary (exit
   * 130).
   */
  private static Summary withLines(
      Context ctx, Devices devices, RunListener lines, Voice voice, Plan plan, PrintWriter out) {
    Thread runner = Thread.currentThread();
    try (Devices.Registration ignored = devices.onInterrupt(runner::interrupt)) {
      long tick = voice == Voice.NONE ? 0 : SECOND; // ticks only for the voice's "half way"
      return new RoutineRunner(
              ctx.clock(),
              untilOutputFails(ctx, out),
              RunListener.all(lines, new Cues(Sounds.NONE, voice)),
              tick)
          .run(plan);
    } finally {
      Thread.interrupted(); // a Ctrl-C that came as the run ended has done its job
    }
  }
}
