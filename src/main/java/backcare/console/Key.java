package backcare.console;

import backcare.session.Control;
import java.io.IOException;

/**
 * The keys a routine listens to, decoded from what the terminal sends (arrows come as escape
 * sequences).
 */
public enum Key {
  PAUSE,
  NEXT,
  PREVIOUS,
  QUIT,
  HURT,
  HELP,
  INTERRUPT,
  OTHER;

  /** How long to wait for the rest of an escape sequence after ESC. */
  static final long ESCAPE_MILLIS = 50;

  /** The control this key asks of the runner, or null for keys the screen handles itself (help). */
  public Control control() {
    return switch (this) {
      case PAUSE -> Control.PAUSE;
      case NEXT -> Control.NEXT;
      case PREVIOUS -> Control.PREVIOUS;
      case QUIT -> Control.QUIT;
      case HURT -> Control.HURT;
      case INTERRUPT -> Control.INTERRUPT;
      case HELP, OTHER -> null;
    };
  }

  /**
   * The key that starts with {@code first}, reading the rest of an escape sequence from {@code
   * screen}.
   */
  static Key decode(int first, Screen screen) throws IOException {
    return switch (first) {
      case ' ' -> PAUSE;
      case 'n', 'N' -> NEXT;
      case 'p', 'P' -> PREVIOUS;
      case 'q', 'Q' -> QUIT;
      case 'x', 'X' -> HURT;
      case '?', 'h', 'H' -> HELP;
      case 3, 28 -> INTERRUPT; // Ctrl-C, Ctrl-\ (raw mode delivers them as keys)
      case 27 -> escape(screen);
      default -> OTHER;
    };
  }

  /**
   * ESC [ C or ESC O C (right), ESC [ D or ESC O D (left), with or without modifiers (ESC [ 1 ; 5
   * C).
   */
  private static Key escape(Screen screen) throws IOException {
    int c = screen.read(ESCAPE_MILLIS);
    if (c != '[' && c != 'O') return OTHER;
    while (true) {
      c = screen.read(ESCAPE_MILLIS);
      if (c < 0) return OTHER;
      if (c >= 0x40 && c <= 0x7e) { // the final byte of a control sequence
        return switch (c) {
          case 'C' -> NEXT;
          case 'D' -> PREVIOUS;
          default -> OTHER;
        };
      }
    }
  }
}
