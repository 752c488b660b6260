package backcare.console;

import backcare.routine.Exercise;
import backcare.routine.Segment;
import java.util.List;

/**
 * Something drawn beside the routine screen's {@link Frame}, on its right: the exercise's figure.
 * The frame is drawn narrower by the panel's width, so nothing of it is covered.
 */
public interface SidePanel {
  /**
   * The columns the panel takes for this exercise on a terminal of this size, or 0 to leave it out.
   */
  int width(Exercise exercise, int columns, int rows);

  /**
   * At most {@code rows} lines, none wider than {@code width} columns, for this exercise in this
   * segment, {@code elapsedNanos} into it on the runner's clock (so a pause holds the picture).
   */
  List<String> lines(
      Exercise exercise,
      Segment.Kind kind,
      long elapsedNanos,
      int width,
      int rows,
      FrameStyle style);
}
