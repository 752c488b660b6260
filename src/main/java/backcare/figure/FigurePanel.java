package backcare.figure;

import backcare.console.FrameStyle;
import backcare.console.SidePanel;
import backcare.routine.Exercise;
import backcare.routine.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercise's figure beside the countdown, on terminals of at least {@value #MIN_COLUMNS} x
 * {@value #MIN_ROWS} (below that the countdown and the instructions need the room). Which phase:
 * the first while getting into position, resting or switching sides, the last (the position held)
 * during a hold, and during a flow each phase in turn for {@value #BREATH_SECONDS} seconds, a slow
 * breath in or out.
 */
public final class FigurePanel implements SidePanel {
  public static final int MIN_COLUMNS = 100;
  public static final int MIN_ROWS = 30;
  static final int BREATH_SECONDS = 4;

  /** The rows above the figure: the frame's header, its rule and a blank line. */
  static final int TOP = 3;

  @Override
  public int width(Exercise exercise, int columns, int rows) {
    if (exercise.figure() == null || columns < MIN_COLUMNS || rows < MIN_ROWS) return 0;
    return columns >= 140 ? 46 : 34;
  }

  @Override
  public List<String> lines(
      Exercise exercise,
      Segment.Kind kind,
      long elapsedNanos,
      int width,
      int rows,
      FrameStyle style) {
    List<String> out = new ArrayList<>();
    Figure f = exercise.figure();
    if (f == null) return out;
    Phase p = phase(f, kind, elapsedNanos);
    int cols = width - 2; // a margin on each side
    int figureRows = Math.min(rows - TOP - 1, cols * 2 / 5 + (p.name() == null ? 0 : 1));
    if (figureRows < 6) return out;
    for (int i = 0; i < TOP; i++) out.add("");
    for (String line : Figures.phaseText(p, cols, figureRows, style.unicode(), style.colour())) {
      out.add("  " + line);
    }
    return out;
  }

  /** The phase to show: see the class comment. */
  static Phase phase(Figure f, Segment.Kind kind, long elapsedNanos) {
    List<Phase> phases = f.phases();
    return switch (kind) {
      case HOLD -> phases.get(phases.size() - 1);
      case FLOW ->
          phases.get(
              (int)
                  (Math.max(0, elapsedNanos) / (BREATH_SECONDS * 1_000_000_000L) % phases.size()));
      case LEAD_IN, REST, SWITCH -> phases.get(0);
    };
  }
}
