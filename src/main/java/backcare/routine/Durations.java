package backcare.routine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in routine files ({@code 30s}, {@code 1m}, {@code 1m30s}, {@code 45}) and
 * shown to users.
 */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?");
  private static final Pattern SECONDS = Pattern.compile("\\d+");

  /** The longest any hold, flow or timer may be: the heat and cold limit of the sources. */
  public static final int MAX_SECONDS = 20 * 60;

  private Durations() {}

  /**
   * Whole seconds, or empty when the text is not a duration (negative numbers are not). Any number
   * of digits is read: a duration past what an int holds comes back as {@link Integer#MAX_VALUE},
   * so that the caller's range check refuses it, never a value that wrapped around.
   */
  public static Optional<Integer> parse(String text) {
    String t = text.trim();
    if (SECONDS.matcher(t).matches())
      return Optional.of((int) Math.min(wholeNumber(t), Integer.MAX_VALUE));
    Matcher m = FORM.matcher(t);
    if (t.isEmpty() || !m.matches()) return Optional.empty();
    long minutes = m.group(1) == null ? 0 : wholeNumber(m.group(1));
    long seconds = m.group(2) == null ? 0 : wholeNumber(m.group(2));
    return Optional.of((int) Math.min(minutes * 60 + seconds, Integer.MAX_VALUE));
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
