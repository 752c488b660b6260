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
 * The terminal display: each step's instructions as ordinary lines, then one countdown line that
 * is redrawn in place: time left in the segment, a progress bar, the routine's time left, what is next.
 */
public final class CountdownLine implements RunListener {
    private static final long SECOND = 1_000_000_000L;
    private final PrintWriter out;
    private final SafetyText safety;
    private final List<String> opening;
    private final int width;

    public CountdownLine(PrintWriter out, SafetyText safety, List<String> opening, int width) {
        this.out = out;
        this.safety = safety;
        this.opening = opening;
        this.width = Math.max(40, width);
    }

    @Override
    public void started(Plan plan) {
        out.println(plan.routine().title() + ": " + plan.stepCount() + " steps, " + Durations.format(plan.totalSeconds()));
        for (String line : opening) out.println(line);
        out.println("Before you start:");
        for (String r : safety.reminders()) out.println("  - " + r);
        out.flush();
    }

    @Override
    public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
        clear();
        if (stepStart) {
            out.println();
            for (String line : Describe.stepIntro(plan, segment.stepIndex())) out.println(line);
        }
        out.flush();
    }

    @Override
    public void tick(Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {
        out.print("\r\u001b[2K" + render(plan, index, segment, segmentLeftNanos, totalLeftNanos, width));
        out.flush();
    }

    @Override
    public void finished(Plan plan, Summary summary) {
        clear();
        out.println();
        if (summary.ending() == Ending.STOPPED_FOR_PAIN) {
            for (String line : safety.stopAdvice()) out.println(line);
        }
        out.println(Describe.summary(summary));
        out.flush();
    }

    private void clear() {
        out.print("\r\u001b[2K");
    }

    /** The countdown line, at most {@code width} characters. */
    static String render(Plan plan, int index, Segment seg, long segLeft, long totalLeft, int width) {
        long secsLeft = (segLeft + SECOND - 1) / SECOND;
        String label = switch (seg.kind()) {
            case LEAD_IN -> "Get ready";
            case HOLD -> "Hold" + (seg.side().id().equals("none") ? "" : " " + seg.side().id());
            case FLOW -> "Move";
            case REST -> "Rest";
            case SWITCH -> "Switch sides";
        };
        String head = label + " " + Durations.clock(secsLeft) + " ";
        String tail = " left " + Durations.clock((totalLeft + SECOND - 1) / SECOND) + "  next: " + Describe.next(plan, index);
        int barWidth = Math.max(10, Math.min(30, width - head.length() - tail.length() - 3));
        double done = 1.0 - (double) segLeft / (seg.seconds() * (double) SECOND);
        int filled = (int) Math.round(Math.max(0, Math.min(1, done)) * barWidth);
        String line = head + "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "]" + tail;
        return line.length() > width - 1 ? line.substring(0, width - 1) : line;
    }
}
