package backcare.cli;

import backcare.BadInputException;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An option that takes a whole number in a range, such as {@code --minutes 15}: digits only. The
 * value is taken as text and compared exactly, so any number of digits is "out of range" with the
 * range, never picocli's bare "not a whole number" of an int that overflowed.
 */
final class WholeOption {
  private static final Pattern WHOLE = Pattern.compile("[0-9]+");

  private WholeOption() {}

  /**
   * The value of {@code text} ({@code option}'s value, or its default), from {@code min} to {@code
   * max} {@code unit} ("minutes"). {@code over} says what is wrong with a number over {@code max}
   * ("too long: ..."), or null for "out of range".
   */
  static int parse(String option, String text, int min, int max, String unit, String over) {
    String range = "give a whole number of " + unit + " from " + min + " to " + max;
    String shown = DecimalOption.shown(text);
    String t = text.strip();
    if (!WHOLE.matcher(t).matches()) {
      throw new BadInputException(option + shown + " is not a whole number; " + range);
    }
    BigInteger value = new BigInteger(t);
    boolean tooBig = value.compareTo(BigInteger.valueOf(max)) > 0;
    if (tooBig || value.compareTo(BigInteger.valueOf(min)) < 0) {
      throw new BadInputException(
          option
              + shown
              + " is "
              + (tooBig && over != null ? over : "out of range")
              + "; "
              + range);
    }
    return value.intValueExact();
  }
}
