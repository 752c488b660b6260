package backcare.console;

import backcare.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text layout for the terminal: fitting, padding and centring by visible columns; word wrap
 * is {@link Wrap}'s.
 */
final class Text {
  private Text() {}

  /** {@code s} cut to {@code width} columns, ending in "…" (or "...") when it had to be cut. */
  static String fit(String s, int width, boolean unicode) {
    if (width <= 0) return "";
    if (s.length() <= width) return s;
    String more = unicode ? "…" : "...";
    if (width <= more.length()) return s.substring(0, width);
    return s.substring(0, width - more.length()).stripTrailing() + more;
  }

  static String center(String s, int width) {
    if (s.length() >= width) return s;
    return " ".repeat((width - s.length()) / 2) + s;
  }

  /**
   * {@code left} and {@code right} on one line of {@code width}, the left part cut if it must be.
   */
  static String spread(String left, String right, int width, boolean unicode) {
    if (right.length() + 2 > width) return fit(left.isEmpty() ? right : left, width, unicode);
    String l = fit(left, width - right.length() - 2, unicode);
    return l + " ".repeat(width - l.length() - right.length()) + right;
  }

  /**
   * Word-wraps {@code text} to {@code width} columns; the first line starts with {@code prefix},
   * continuation lines are indented under the text (see {@link Wrap}).
   */
  static List<String> wrap(String prefix, String text, int width) {
    return Wrap.lines(prefix + text.strip(), width);
  }

  /**
   * Each line of {@code left} padded to {@code leftWidth} visible columns, then the line of {@code
   * right} beside it.
   */
  static List<String> beside(List<String> left, int leftWidth, List<String> right) {
    List<String> out = new ArrayList<>(left.size());
    for (int i = 0; i < left.size(); i++) {
      String l = left.get(i);
      String r = i < right.size() ? right.get(i) : "";
      if (r.isEmpty()) {
        out.add(l);
        continue;
      }
      int visible = Frame.plain(l).length();
      out.add(l + " ".repeat(Math.max(0, leftWidth - visible)) + r);
    }
    return out;
  }
}
