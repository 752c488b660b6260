package backcare.routine;

import java.util.List;

/**
 * A routine expanded into its whole timeline, computed up front: the runner only walks it. {@code
 * changes} lists what the condition filter swapped or dropped, {@code advice} the lines the
 * conditions ask to be shown (such as following the surgeon's plan), and {@code capped} the steps
 * whose scaled time was held to a limit.
 */
public record Plan(
    Routine routine,
    List<Segment> segments,
    int totalSeconds,
    double scale,
    List<FilterChange> changes,
    List<String> advice,
    List<String> capped) {

  /** The index of the first segment of the step at {@code stepIndex}, or -1. */
  public int firstSegmentOfStep(int stepIndex) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).stepIndex() == stepIndex) return i;
    }
    return -1;
  }

  public int stepCount() {
    return routine.steps().size();
  }
}
