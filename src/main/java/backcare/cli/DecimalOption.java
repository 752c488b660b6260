package backcare.cli;

import backcare.BadInputException;
import java.math.BigDecimal;

/**
 * An option that takes a decimal number in a range, such as {@code --scale 1.5}: digits with an
 * optional fraction, nothing else. Java's own parsing would also take {@code NaN}, {@code
 * Infinity}, hex floats, {@code 1e2} and {@code 2d}; any number of digits is compared exactly.
 */
final class DecimalOption {

  private DecimalOption() {}

  /** The value of {@code text}, or {@code absent} when the option was not given. */
  static double parse(String option, String text, double min, double max, double absent) {
    if (text == null) return absent;
    String range =
        "give a number from " + min + " to " + max + ", in digits with a decimal point if need be";
    String shown = shown(text);
    String t = text.strip();
    if (!isDecimal(t)) {
      throw new BadInputException(option + shown + " is not a decimal number; " + range);
    }
    BigDecimal value = new BigDecimal(t);
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new BadInputException(option + shown + " is out of range; " + range);
    }
    return value.doubleValue();
  }

  /**
   * Whether {@code t} is {@code [0-9]+(\\.[0-9]+)?}: scanned by hand, as the pattern's character
   * classes would make java.util.regex link lambdas at every start (docs/performance.md).
   */
  static boolean isDecimal(String t) {
    int i = digits(t, 0);
    if (i == 0) return false;
    if (i == t.length()) return true;
    if (t.charAt(i) != '.') return false;
    int j = digits(t, i + 1);
    return j > i + 1 && j == t.length();
  }

  /** The index after the ASCII digits from {@code from}. */
  private static int digits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
    return i;
  }

  /**
   * An option's value as a message shows it: the printers write out any control character; a long
   * value is cut short.
   */
  static String shown(String text) {
    return " " + (text.length() <= 40 ? text : text.substring(0, 40) + "...");
  }
}
