package backcare.cli;

import backcare.figure.Figure;
import backcare.figure.Figures;
import backcare.routine.Durations;
import backcare.routine.Exercise;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.List;

/** {@code backcare exercises ID}: one exercise in full, as text, with its figure. */
final class ExerciseText {
  private ExerciseText() {}

  /**
   * The text figure of `exercises ID`: each phase this many rows high (its name under it), this
   * wide.
   */
  static final int FIGURE_ROWS = 10;

  static final int FIGURE_COLUMNS = 64;

  /**
   * {@value #FIGURE_COLUMNS} columns, or fewer on a narrower terminal: the width the text wraps to.
   */
  static int figureColumns(int width) {
    return Math.max(20, Math.min(FIGURE_COLUMNS, width - 1));
  }

  static void print(PrintWriter out, Exercise e, Figure figure, boolean unicode, int columns) {
    out.println(e.name() + " (" + e.id() + ")");
    out.println("Position: " + e.position());
    out.println(
        "Default:  "
            + defaults(e)
            + (e.restSeconds() > 0 ? ", rest " + Durations.format(e.restSeconds()) : ""));
    if (e.maxHoldSeconds() > 0)
      out.println("Limit:    never more than " + Durations.format(e.maxHoldSeconds()));
    out.println("Tags:     " + (e.tags().isEmpty() ? "none" : String.join(", ", sortedTags(e))));
    for (String w : e.warnings()) out.println("Warning:  " + w);
    out.println();
    if (figure != null) {
      int rows = FIGURE_ROWS + (figure.phases().size() > 1 ? 1 : 0);
      // a drawing: sized to the width already, so never word-wrapped (that would jumble its rows)
      PrintWriter drawing = HumanWriter.unwrapped(out);
      for (String line : Figures.text(figure, columns, rows, unicode, false)) drawing.println(line);
      drawing.flush();
      out.println();
    }
    for (int i = 0; i < e.instructions().size(); i++)
      out.println((i + 1) + ". " + e.instructions().get(i));
    if (!e.cues().isEmpty()) {
      out.println();
      for (String c : e.cues()) out.println("Cue: " + c);
    }
    if (!e.sources().isEmpty()) {
      out.println();
      out.println("Sources:");
      for (String s : e.sources()) out.println("  " + s);
    }
    out.flush();
  }

  static String defaults(Exercise e) {
    String work =
        e.isFlow()
            ? "move " + Durations.format(e.flowSeconds())
            : "hold " + Durations.format(e.holdSeconds());
    if (e.reps() > 1) work += " x " + e.reps();
    return switch (e.sides()) {
      case BOTH -> work + ", each side";
      case LEFT, RIGHT -> work + ", " + e.sides().id();
      case NONE -> work;
    };
  }

  static List<String> sortedTags(Exercise e) {
    return e.tags().stream().sorted().toList();
  }
}
