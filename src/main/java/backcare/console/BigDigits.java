package backcare.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A countdown that can be read from across a room: digits and a colon drawn five rows high from a
 * small 3x5 font. Each font pixel is {@code scale} columns wide (2 makes the digits roughly square
 * on a terminal, whose cells are about twice as tall as wide).
 */
final class BigDigits {
  static final int ROWS = 5;

  private static final String[][] FONT = {
    {"###", "# #", "# #", "# #", "###"},
    {" # ", "## ", " # ", " # ", "###"},
    {"###", "  #", "###", "#  ", "###"},
    {"###", "  #", " ##", "  #", "###"},
    {"# #", "# #", "###", "  #", "  #"},
    {"###", "#  ", "###", "  #", "###"},
    {"###", "#  ", "###", "# #", "###"},
    {"###", "  #", "  #", "  #", "  #"},
    {"###", "# #", "###", "# #", "###"},
    {"###", "# #", "###", "  #", "###"},
  };
  private static final String[] COLON = {" ", "#", " ", "#", " "};

  private BigDigits() {}

  /** Columns {@link #render} takes for {@code text} at {@code scale}. */
  static int width(String text, int scale) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i > 0) w += scale;
      w += (text.charAt(i) == ':' ? 1 : 3) * scale;
    }
    return w;
  }

  /**
   * Five rows drawing {@code text} (digits and ':'), each pixel {@code scale} copies of {@code
   * pixel}.
   */
  static List<String> render(String text, int scale, char pixel) {
    List<String> rows = new ArrayList<>();
    String on = String.valueOf(pixel).repeat(scale);
    String off = " ".repeat(scale);
    for (int r = 0; r < ROWS; r++) {
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        if (i > 0) row.append(off);
        char c = text.charAt(i);
        String glyph = c == ':' ? COLON[r] : FONT[c - '0'][r];
        for (int k = 0; k < glyph.length(); k++) row.append(glyph.charAt(k) == '#' ? on : off);
      }
      rows.add(row.toString().stripTrailing());
    }
    return rows;
  }
}
