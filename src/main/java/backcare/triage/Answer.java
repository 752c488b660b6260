package backcare.triage;

/**
 * One answer the user gave: yes or no, or a whole number (for age). Answers exist only when the
 * user gave them; nothing in backcare ever makes one up.
 */
public sealed interface Answer {
  Answer YES = new YesNo(true);
  Answer NO = new YesNo(false);

  static Answer of(boolean yes) {
    return yes ? YES : NO;
  }

  static Answer number(int value) {
    return new Number(value);
  }

  /** True only for a yes answer. */
  default boolean isYes() {
    return this instanceof YesNo y && y.yes();
  }

  /** The answer as shown to users and in JSON: "yes", "no" or the number. */
  String text();

  record YesNo(boolean yes) implements Answer {
    @Override
    public String text() {
      return yes ? "yes" : "no";
    }
  }

  record Number(int value) implements Answer {
    @Override
    public String text() {
      return Integer.toString(value);
    }
  }
}
