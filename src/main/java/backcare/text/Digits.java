package backcare.text;

/**
 * Whole numbers written in ASCII digits, scanned by hand: the pattern {@code [0-9]{1,n}} or {@code
 * \d{1,n}} would make java.util.regex link a lambda for its character class at the first start of
 * every process (docs/performance.md, "Start-up in one place").
 */
public final class Digits {
  private Digits() {}

  /** Whether {@code s} is 1 to {@code max} ASCII digits, as {@code [0-9]{1,max}} matches it. */
  public static boolean upTo(String s, int max) {
    if (s.isEmpty() || s.length() > max) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
