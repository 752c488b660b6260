package backcare.report;

import backcare.text.Visible;

/**
 * Text made safe for HTML: control characters written out as Visible does, then markup characters
 * escaped.
 */
final class Html {
  private Html() {}

  /**
   * For element text and attribute values (quoted with "): nothing in it can open a tag or end an
   * attribute.
   */
  static String text(String s) {
    if (s == null) return "";
    String v = Visible.of(s);
    StringBuilder b = new StringBuilder(v.length() + 16);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
