package backcare.figure;

import java.util.ArrayList;
import java.util.List;

/** A whole figure for the screen or a file: its phases side by side, each labelled under it. */
public final class Figures {
  /** Columns between two phases side by side. */
  static final int GAP = 2;

  private Figures() {}

  public static List<Drawing> drawings(Figure f) {
    return f.phases().stream().map(Body::draw).toList();
  }

  public static List<String> labels(Figure f) {
    return f.phases().stream().map(Phase::name).toList();
  }

  /**
   * The phases side by side in {@code rows} lines of {@code cols} columns, each phase in an equal
   * share of the width; the last line holds the phases' names when there is more than one.
   */
  public static List<String> text(Figure f, int cols, int rows, boolean unicode, boolean colour) {
    int n = f.phases().size();
    boolean named = n > 1;
    int each = (cols - GAP * (n - 1)) / n;
    int figureRows = named ? rows - 1 : rows;
    List<StringBuilder> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) lines.add(new StringBuilder());
    for (int i = 0; i < n; i++) {
      List<String> one =
          TextFigure.render(Body.draw(f.phases().get(i)), each, figureRows, unicode, colour);
      for (int r = 0; r < figureRows; r++) {
        if (i > 0) lines.get(r).append(" ".repeat(GAP));
        lines.get(r).append(one.get(r));
      }
      if (named) {
        if (i > 0) lines.get(rows - 1).append(" ".repeat(GAP));
        lines.get(rows - 1).append(centre(f.phases().get(i).name(), each));
      }
    }
    return lines.stream().map(b -> b.toString().stripTrailing()).toList();
  }

  /**
   * One phase alone, in {@code rows} lines (the last its name, for a named phase) of {@code cols}.
   */
  public static List<String> phaseText(
      Phase p, int cols, int rows, boolean unicode, boolean colour) {
    if (p.name() == null) return TextFigure.render(Body.draw(p), cols, rows, unicode, colour);
    List<String> lines =
        new ArrayList<>(TextFigure.render(Body.draw(p), cols, rows - 1, unicode, colour));
    lines.add(centre(p.name(), cols));
    return lines;
  }

  static String centre(String s, int width) {
    if (s.length() >= width) return s.substring(0, Math.max(0, width));
    int left = (width - s.length()) / 2;
    return " ".repeat(left) + s + " ".repeat(width - s.length() - left);
  }

  public static String svg(String title, Figure f, int height) {
    return SvgFigure.render(title, drawings(f), labels(f), height);
  }
}
