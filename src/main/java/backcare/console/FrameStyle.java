package backcare.console;

/**
 * How a frame is drawn: colours (off for NO_COLOR and --no-color), Unicode blocks or plain ASCII
 * (for terminals whose encoding is not UTF-8), and big digits: {@link Big#AUTO} when the terminal
 * is tall enough, or as --big / --no-big say.
 */
public record FrameStyle(boolean colour, boolean unicode, Big big) {
  public enum Big {
    AUTO,
    ON,
    OFF
  }

  public static final FrameStyle PLAIN = new FrameStyle(false, true, Big.AUTO);
}
