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
  default void tick(
      Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {}

  default void paused(Plan plan, int index, Segment segment, long segmentLeftNanos) {}

  default void resumed(Plan plan, int index, Segment segment) {}

  default void finished(Plan plan, Summary summary) {}

  /**
   * One listener that tells each of {@code listeners} in turn, of every call (RunListenerTest fails
   * when a method of this interface is not passed on: a new method must be added to {@link All}).
   */
  static RunListener all(RunListener... listeners) {
    return new All(java.util.List.of(listeners));
  }

  /** The listeners {@link #all} tells. */
  record All(java.util.List<RunListener> parts) implements RunListener {
    @Override
    public void prepare(Plan plan) {
      for (RunListener l : parts) l.prepare(plan);
    }

    @Override
    public void started(Plan plan) {
      for (RunListener l : parts) l.started(plan);
    }

    @Override
    public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
      for (RunListener l : parts) l.segmentStarted(plan, index, segment, stepStart);
    }

    @Override
    public void tick(Plan plan, int index, Segment segment, long segmentLeft, long totalLeft) {
      for (RunListener l : parts) l.tick(plan, index, segment, segmentLeft, totalLeft);
    }

    @Override
    public void paused(Plan plan, int index, Segment segment, long segmentLeft) {
      for (RunListener l : parts) l.paused(plan, index, segment, segmentLeft);
    }

    @Override
    public void resumed(Plan plan, int index, Segment segment) {
      for (RunListener l : parts) l.resumed(plan, index, segment);
    }

    @Override
    public void finished(Plan plan, Summary summary) {
      for (RunListener l : parts) l.finished(plan, summary);
    }
  }
}
