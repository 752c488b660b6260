package backcare.console;

import backcare.routine.Durations;
import backcare.routine.Plan;
import backcare.routine.SafetyText;
import backcare.routine.Segment;
import backcare.session.Describe;
import backcare.session.Ending;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.PrintWriter;
import java.util.List;

/**
 * The full-screen routine display. Prints the routine's opening (title, changes, safety reminders)
 * as ordinary lines, switches to the full screen and redraws a {@link Frame} at every tick, pause,
 * key help and resize; at the end gives the terminal back and prints the advice for pain (after x)
 * and the summary as ordinary lines, so they stay on the screen.
 */
public final class TerminalDisplay implements RunListener, KeyControls.Ui {
    private final Screen screen;
    private final FrameStyle style;
    private final PrintWriter out;
    private final SafetyText safety;
    private final List<String> opening;
    private final SidePanel panel;
    private Segment segment;
    private FrameState state;
    private boolean help;
    private boolean summaryShown;

    public TerminalDisplay(Screen screen, FrameStyle style, PrintWriter out, SafetyText safety, List<String> opening) {
        this(screen, style, out, safety, opening, null);
    }

    /** With {@code panel} (or null) drawn on the right of the frame when the terminal has room for it. */
    public TerminalDisplay(Screen screen, FrameStyle style, PrintWriter out, SafetyText safety, List<String> opening,
                           SidePanel panel) {
        this.screen = screen;
        this.style = style;
        this.out = out;
        this.safety = safety;
        this.opening = opening;
        this.panel = panel;
    }

    @Override
    public void started(Plan plan) {
        out.println(plan.routine().title() + ": " + plan.stepCount() + (plan.stepCount() == 1 ? " step, " : " steps, ")
                + Durations.format(plan.totalSeconds()));
        for (String line : opening) out.println(line);
        if (!safety.reminders().isEmpty()) {
            out.println("Before you start:");
            for (String r : safety.reminders()) out.println("  - " + r);
        }
        out.flush();
        screen.enter();
    }

    @Override
    public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
        this.segment = segment;
        state = FrameState.of(plan, index, segment, segment.seconds() * FrameState.SECOND,
                state == null ? plan.totalSeconds() * FrameState.SECOND : state.totalLeftNanos()).withHelp(help);
    }

    @Override
    public void tick(Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {
        state = state.withTimes(segmentLeftNanos, totalLeftNanos).withPaused(false);
        draw();
    }

    @Override
    public void paused(Plan plan, int index, Segment segment, long segmentLeftNanos) {
        state = state.withTimes(segmentLeftNanos, state.totalLeftNanos()).withPaused(true);
        draw();
    }

    @Override
    public void resumed(Plan plan, int index, Segment segment) {
        state = state.withPaused(false);
    }

    @Override
    public void finished(Plan plan, Summary summary) {
        screen.close();
        if (summary.ending() == Ending.STOPPED_FOR_PAIN) {
            for (String line : safety.stopAdvice()) out.println(paint("1", line));
        }
        out.println(Describe.summary(summary));
        out.flush();
        summaryShown = true;
    }

    /** Whether the summary reached the screen (it may not when the run broke off with an error). */
    public boolean summaryShown() { return summaryShown; }

    @Override
    public void toggleHelp() {
        help = !help;
        if (state != null) state = state.withHelp(help);
        draw();
    }

    @Override
    public void redraw() {
        screen.clear();
        draw();
    }

    @Override
    public void unknownKey() {
        if (state != null) state = state.withMessage("That key does nothing here: press ? for the keys.");
        draw();
    }

    private void draw() {
        if (state == null) return;
        int width = screen.width();
        int height = screen.height();
        int side = panel == null ? 0 : panel.width(segment.exerciseRef(), width, height);
        if (side <= 0) {
            screen.draw(Frame.render(state, style, width, height));
            return;
        }
        long elapsed = state.segmentSeconds() * FrameState.SECOND - state.segmentLeftNanos();
        List<String> right = panel.lines(segment.exerciseRef(), segment.kind(), elapsed, side, height, style);
        screen.draw(Text.beside(Frame.render(state, style, width - side, height), width - side - 1, right));
    }

    private String paint(String sgr, String text) {
        return style.colour() ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }
}
