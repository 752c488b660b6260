package backcare.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap for everything backcare shows a person: a line wider than the width is broken at
 * spaces, and its continuation lines are indented under the text, past the line's own lead: its
 * indent, a {@code [mm:ss]} stamp, and a list mark ("- ", "! ", "* ", "1. ", "2) "). A line that
 * fits is left exactly as it is. A word is never split unless it alone is wider than the width;
 * then it is cut into pieces of the width. Widths count characters (code points); wide East Asian
 * characters and emoji are counted as one column.
 */
public final class Wrap {
  /** The width when the terminal's is not known. */
  public static final int DEFAULT_WIDTH = 80;

  private Wrap() {}

  /**
   * {@code text} (one line, or several separated by newlines) as lines of at most {@code width}
   * columns.
   */
  public static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    int w = Math.max(1, width);
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      wrapLine(nl < 0 ? text.substring(start) : text.substring(start, nl), w, out);
      if (nl < 0) return out;
      start = nl + 1;
    }
  }

  /**
   * The length of the head that wrapped lines hang under, as the pattern {@code
   * (\\[\\d{2,}:\\d{2}\\] )?( *)((?:[-!*] |\\d{1,3}[.)] )?)} finds it at the start of {@code line}:
   * a time such as "[00:30] ", spaces, then a bullet ("- ", "! ", "* ") or a number ("1. ", "12)
   * "). Scanned by hand: the pattern's character classes would make java.util.regex link lambdas at
   * every start (docs/performance.md).
   */
  static int leadLength(String line) {
    int i = 0;
    int d = digitsFrom(line, 1);
    if (line.startsWith("[")
        && d - 1 >= 2
        && line.startsWith(":", d)
        && digitsFrom(line, d + 1) == d + 3
        && line.startsWith("] ", d + 3)) i = d + 5;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    if (i + 1 < line.length() && "-!*".indexOf(line.charAt(i)) >= 0 && line.charAt(i + 1) == ' ')
      return i + 2;
    int n = digitsFrom(line, i);
    if (n > i
        && n - i <= 3
        && n + 1 < line.length()
        && (line.charAt(n) == '.' || line.charAt(n) == ')')
        && line.charAt(n + 1) == ' ') return n + 2;
    return i;
  }

  /** The index after the ASCII digits from {@code from}. */
  private static int digitsFrom(String s, int from) {
    int i = Math.min(from, s.length());
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
    return i;
  }

  private static void wrapLine(String line, int width, List<String> out) {
    if (columns(line) <= width) {
      out.add(line);
      return;
    }
    int before = out.size();
    String head = line.substring(0, leadLength(line));
    int indent = columns(head);
    if (indent > width / 2) { // too deep to hang under: wrap from the left edge
      head = "";
      indent = 0;
    }
    String pad = " ".repeat(indent);
    StringBuilder cur = new StringBuilder(head);
    int curColumns = indent;
    boolean hasWord = false;
    for (String word : line.substring(head.length()).split(" ")) {
      if (word.isEmpty()) continue;
      int len = columns(word);
      if (curColumns + (hasWord ? 1 : 0) + len <= width) {
        if (hasWord) cur.append(' ');
        cur.append(word);
        curColumns += (hasWord ? 1 : 0) + len;
        hasWord = true;
        continue;
      }
      if (hasWord || !cur.toString().isBlank()) out.add(cur.toString().stripTrailing());
      cur.setLength(0);
      if (indent + len <= width) {
        cur.append(pad);
        curColumns = indent;
      } else {
        curColumns = 0;
        while (len > width) { // a word wider than the whole line: cut it
          int cut = word.offsetByCodePoints(0, width);
          out.add(word.substring(0, cut));
          word = word.substring(cut);
          len -= width;
        }
      }
      cur.append(word);
      curColumns += len;
      hasWord = true;
    }
    if (hasWord || cur.length() > 0) out.add(cur.toString().stripTrailing());
    else if (out.size() == before) out.add(""); // a line of nothing but spaces
  }

  /** The columns {@code s} takes: its code points. */
  public static int columns(String s) {
    return s.codePointCount(0, s.length());
  }
}
