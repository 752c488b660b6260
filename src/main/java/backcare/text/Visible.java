package backcare.text;

/**
 * Text from files, the history and the command line made safe to show: every character that could
 * move the cursor, clear the screen, ring the bell, start an escape sequence or reorder what is
 * shown is written out as {@code \}{@code uXXXX} (four lowercase hex digits), so a person sees it
 * and the terminal never acts on it. That notation is also a JSON string escape, so JSON output
 * that passes through stays valid and means the same.
 *
 * <p>Shown this way: C0 controls except newline and tab (tab becomes one space), DEL, C1 controls
 * (U+0080-U+009F, ESC's 8-bit twins included), the bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), the invisible direction marks (U+200E, U+200F, U+061C) and the
 * line and paragraph separators (U+2028, U+2029), which some readers break lines at.
 */
public final class Visible {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Visible() {}

  /** Whether {@code c} is never printed as itself (newline and tab are printed). */
  public static boolean isControl(char c) {
    if (c < 0x20) return c != '\n' && c != '\t';
    if (c < 0x7f) return false;
    if (c <= 0x9f) return true; // DEL and C1
    return c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029;
  }

  /**
   * {@code s} with each control character written out and each tab as a space; {@code s} itself
   * when it has none.
   */
  public static String of(String s) {
    if (s == null) return null;
    int i = 0;
    while (i < s.length() && !needsChange(s.charAt(i))) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) append(b, s.charAt(i));
    return b.toString();
  }

  /** Appends {@code c} as it is shown. */
  static void append(StringBuilder b, char c) {
    if (c == '\t') {
      b.append(' ');
    } else if (isControl(c)) {
      b.append("\\u")
          .append(HEX[c >> 12 & 0xf])
          .append(HEX[c >> 8 & 0xf])
          .append(HEX[c >> 4 & 0xf])
          .append(HEX[c & 0xf]);
    } else {
      b.append(c);
    }
  }

  /** The index of the first control character in {@code s} (newline and tab are not), or -1. */
  public static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) return i;
    }
    return -1;
  }

  private static boolean needsChange(char c) {
    return c == '\t' || isControl(c);
  }
}
