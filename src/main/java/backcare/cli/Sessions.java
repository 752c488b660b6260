package backcare.cli;

import backcare.console.Cues;
import backcare.console.Devices;
import backcare.console.FrameStyle;
import backcare.console.KeyControls;
import backcare.console.Screen;
import backcare.console.Sounds;
import backcare.console.TerminalDisplay;
import backcare.console.Voice;
import backcare.routine.Plan;
import backcare.routine.SafetyText;
import backcare.session.Control;
import backcare.session.Controls;
import backcare.session.Describe;
import backcare.session.RoutineRunner;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Runs a plan as `routine`, `heat` and `cold` do: the full-screen display with keys, sounds and
 * voice when stdout is a terminal that can take it; otherwise the given line output, ended by
 * Ctrl-C with its summary. Either way the summary is printed and the terminal given back.
 */
final class Sessions {
    private static final long SECOND = 1_000_000_000L;

    private Sessions() {}

    /**
     * @param lines   the display when there is no usable terminal (line output, or JSON lines)
     * @param json    --json: always {@code lines}, even in a terminal
     * @param safety  the reminders shown before the start and the advice shown after x
     * @param opening lines shown before the first step (filter changes, scaling)
     */
    static Summary run(BackcareCommand root, DisplayOptions options, Plan plan, boolean json, RunListener lines,
                       SafetyText safety, List<String> opening, PrintWriter out, PrintWriter err) {
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
                    return onScreen(ctx, devices, opts, screen.get(), voice, plan, safety, opening, out);
                }
            }
            return withLines(ctx, devices, lines, voice, plan, out);
        } finally {
            voice.close();
        }
    }

    private static Summary onScreen(Context ctx, Devices devices, DisplayOptions opts, Screen screen, Voice voice,
                                    Plan plan, SafetyText safety, List<String> opening, PrintWriter out) {
        FrameStyle style = new FrameStyle(opts.colour(ctx.env()), screen.unicode(), opts.bigMode());
        TerminalDisplay display = new TerminalDisplay(screen, style, out, safety, opening,
                opts.noFigure ? null : new backcare.figure.FigurePanel());
        try (screen) {
            Sounds sounds = opts.quiet ? Sounds.NONE : devices.sounds(screen);
            RunListener listener = RunListener.all(display, new Cues(sounds, voice));
            return new RoutineRunner(ctx.clock(), new KeyControls(ctx.clock(), screen, display), listener, SECOND)
                    .run(plan);
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
     * No keys, only the clock; but when stdout is gone (`| head` has exited) the run ends at the
     * next line instead of going on unseen for minutes.
     */
    private static Controls untilOutputFails(Context ctx, PrintWriter out) {
        return deadline -> {
            // picocli's writer sits on System.out, a PrintStream that keeps write errors to itself
            if (out.checkError() || System.out.checkError()) return Control.INTERRUPT;
            ctx.clock().sleepUntil(deadline);
            return null;
        };
    }

    /** Line output: Ctrl-C interrupts the runner's wait, and the runner ends with its summary (exit 130). */
    private static Summary withLines(Context ctx, Devices devices, RunListener lines, Voice voice, Plan plan,
                                     PrintWriter out) {
        Thread runner = Thread.currentThread();
        try (Devices.Registration ignored = devices.onInterrupt(runner::interrupt)) {
            long tick = voice == Voice.NONE ? 0 : SECOND; // ticks only for the voice's "half way"
            return new RoutineRunner(ctx.clock(), untilOutputFails(ctx, out),
                    RunListener.all(lines, new Cues(Sounds.NONE, voice)), tick).run(plan);
        } finally {
            Thread.interrupted(); // a Ctrl-C that came as the run ended has done its job
        }
    }
}
