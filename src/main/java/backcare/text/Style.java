package backcare.text;

/**
 * backcare's own colours and weights for lines of text. The escape sequences are made here and
 * written by {@link HumanWriter#printlnStyled} around text that has already been made {@link
 * Visible}, so text from a file can never start, end or fake a style.
 */
public enum Style {
  BOLD("1"),
  RED_BOLD("1;31"),
  YELLOW_BOLD("1;33");

  static final String RESET = "\u001b[0m";

  private final String on;

  Style(String sgr) {
    this.on = "\u001b[" + sgr + "m";
  }

  String on() {
    return on;
  }
}
