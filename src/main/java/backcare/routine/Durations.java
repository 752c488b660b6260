package backcare.routine;

import java.util.Optional;

/**
 * Durations as written in routine files ({@code 30s}, {@code 1m}, {@code 1m30s}, {@code 45}) and
 * shown to users.
 */
public final class Durations {
  /** The longest any hold, flow or timer may be: the heat and cold limit of the sources. */
  public static final int MAX_SECONDS = 20 * 60;

  private Durations() {}

  /**
   * Whole seconds, or empty when the text is not a duration (negative numbers are not). Any number
   * of digits is read: a duration past what an int holds comes back as {@link Integer#MAX_VALUE},
   * so that the caller's range check refuses it, never a value that wrapped around.
   */
  public static Optional<Integer> parse(String text) {
    // by hand, not by a pattern: every built-in step's durations are read at each start, and a
    // pattern's first matches run interpreted (docs/performance.md)
    String t = text.trim();
    int n = t.length();
    int digits = digitsEnd(t, 0);
    if (n == 0) return Optional.empty();
    if (digits == n) return Optional.of((int) Math.min(wholeNumber(t), Integer.MAX_VALUE));
    long minutes = 0;
    int at = 0;
    if (digits > 0 && t.charAt(digits) == 'm') { // NNm, then perhaps NNs
      minutes = wholeNumber(t.substring(0, digits));
      at = digits + 1;
    }
    long seconds = 0;
    if (at < n) { // NNs, to the end
      int end = digitsEnd(t, at);
      if (end == at || end != n - 1 || t.charAt(end) != 's') return Optional.empty();
      seconds = wholeNumber(t.substring(at, end));
    }
    return Optional.of((int) Math.min(minutes * 60 + seconds, Integer.MAX_VALUE));
  }

  /** Where the ASCII digits from {@code from} end. */
  private static int digitsEnd(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
    return i;
  }

  /**
   * The value of a string of digits, at most {@link #SATURATED} (so that minutes * 60 cannot
   * overflow a long).
   */
  static long wholeNumber(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') i++;
    String d = digits.substring(i);
    return d.length() > 12 ? SATURATED : Math.min(Long.parseLong(d), SATURATED);
  }

  static final long SATURATED = 1_000_000_000_000L;

  /** {@code 1m30s}, {@code 45s}, {@code 2m}. */
  public static String format(long seconds) {
    long m = seconds / 60;
    long s = seconds % 60;
    if (m == 0) return s + "s";
    return s == 0 ? m + "m" : m + "m" + s + "s";
  }

  /** {@code mm:ss}, as in the line output's stamps (minutes grow past 99 if they must). */
  public static String clock(long seconds) {
    // not String.format: its first %d loads the locale data, ~6 ms of a start (docs/performance.md)
    long m = seconds / 60;
    long s = seconds % 60;
    return (m < 10 ? "0" : "") + m + (s < 10 ? ":0" : ":") + s;
  }
}
