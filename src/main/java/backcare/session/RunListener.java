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

  /** One listener that tells each of {@code listeners} in turn. */
  static RunListener all(RunListener... listeners) {
    java.util.List<RunListener> ls = java.util.List.of(listeners);
    return new RunListener() {
      @Override
      public void started(Plan plan) {
        ls.forEach(l -> l.started(plan));
      }

      @Override
      public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
        ls.forEach(l -> l.segmentStarted(plan, index, segment, stepStart));
      }

      @Override
      public void tick(Plan plan, int index, Segment segment, long segmentLeft, long totalLeft) {
        ls.forEach(l -> l.tick(plan, index, segment, segmentLeft, totalLeft));
      }

      @Override
      public void paused(Plan plan, int index, Segment segment, long segmentLeft) {
        ls.forEach(l -> l.paused(plan, index, segment, segmentLeft));
      }

      @Override
      public void resumed(Plan plan, int index, Segment segment) {
        ls.forEach(l -> l.resumed(plan, index, segment));
      }

      @Override
      public void finished(Plan plan, Summary summary) {
        ls.forEach(l -> l.finished(plan, summary));
      }
    };
  }
}
