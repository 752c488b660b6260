package backcare.history;

import backcare.BadInputException;

/** The 0-10 pain scale: 0 no pain, 10 the worst imaginable. */
public final class Pain {
  public static final int MIN = 0;
  public static final int MAX = 10;

  private Pain() {}

  /** The answer as a pain score, or null when it is not a whole number from 0 to 10. */
  public static Integer parse(String text) {
    String t = text.trim();
    if (!t.matches("\\d{1,2}")) return null;
    int v = Integer.parseInt(t);
    return v <= MAX ? v : null;
  }

  /** An option's value (null when not given); anything but 0-10 is bad input, exit 2. */
  public static Integer option(String name, String value) {
    if (value == null) return null;
    Integer v = parse(value);
    if (v == null) {
      throw new BadInputException(
          name
              + " "
              + value
              + ": give your pain as a whole number from 0 (no pain)"
              + " to 10 (worst imaginable)");
    }
    return v;
  }
}
