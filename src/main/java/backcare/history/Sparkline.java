package backcare.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pain 0-10 as one character per session, on a fixed scale so a glance compares across time.
 * Unicode: the eight blocks ▁▂▃▄▅▆▇█ (0 is ▁, 10 is █, level = round(pain × 7 / 10)). ASCII, when
 * the locale is not UTF-8: the pain digit itself, with X for 10. A skipped answer is a space.
 */
public final class Sparkline {
  static final String BLOCKS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  public static String render(List<Integer> pain, boolean unicode) {
    StringBuilder sb = new StringBuilder(pain.size());
    for (Integer p : pain) sb.append(glyph(p, unicode));
    return sb.toString();
  }

  static char glyph(Integer pain, boolean unicode) {
    if (pain == null) return ' ';
    int p = Math.max(0, Math.min(10, pain));
    if (unicode) return BLOCKS.charAt((int) Math.round(p * 7 / 10.0));
    return p == 10 ? 'X' : (char) ('0' + p);
  }

  /**
   * Whether the locale can show Unicode: the first of LC_ALL, LC_CTYPE and LANG that is set names
   * UTF-8 (as C.UTF-8, en_GB.utf8 do). Nothing set (the C locale) means ASCII.
   */
  public static boolean unicodeLocale(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("utf-8") || l.contains("utf8");
      }
    }
    return false;
  }
}
