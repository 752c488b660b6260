package backcare.session;

import backcare.routine.Plan;
import backcare.routine.Segment;

/** What the runner tells the display. Times are in nanoseconds on the runner's clock. */
public interface RunListener {
    /** Called before the clock starts: do slow first-time work (loading classes, formatting) here. */
    default void prepare(Plan plan) {}

    default void started(Plan plan) {}

    /** A segment begins; {@code stepStart} is true for the first segment of a step. */
    default void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {}

    /** Called often enough to redraw a countdown: what is left of the segment and of the routine. */
    default void tick(Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {}

    default void paused(Plan plan, int index, Segment segment, long segmentLeftNanos) {}

    default void resumed(Plan plan, int index, Segment segment) {}

    default void finished(Plan plan, Summary summary) {}
}
