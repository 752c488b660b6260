package backcare.console;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The JLine terminal as backcare uses it, for the routine screen and triage's prompts alike. Load
 * this class only when stdout is a terminal: the piped paths never touch JLine (start-up time).
 */
public final class Terminals {
  private Terminals() {}

  /**
   * The user's terminal: the process's own streams, signals delivered to our handlers, and a dumb
   * terminal (without a warning) when no real one can be had; check with {@link #isDumb}.
   */
  public static Terminal system() throws IOException {
    // draw box characters (─) as themselves: JLine's alternate-charset mapping shows "qqq" in some
    // terminals
    if (System.getProperty(TerminalBuilder.PROP_DISABLE_ALTERNATE_CHARSET) == null) {
      System.setProperty(TerminalBuilder.PROP_DISABLE_ALTERNATE_CHARSET, "true");
    }
    return TerminalBuilder.builder()
        .name("backcare")
        .system(true)
        .nativeSignals(true)
        .dumb(true)
        .build();
  }

  /** A terminal that cannot move the cursor: use plain lines on it. */
  public static boolean isDumb(Terminal terminal) {
    String type = terminal.getType();
    return type == null || type.startsWith(Terminal.TYPE_DUMB);
  }

  /**
   * Single keys without Enter: raw mode (no echo, no line editing) with Ctrl-C and Ctrl-\ read as
   * keys rather than signals. Returns the attributes to put back with {@code setAttributes}.
   */
  public static Attributes enterKeyMode(Terminal terminal) {
    Attributes original = terminal.enterRawMode();
    Attributes keys = terminal.getAttributes();
    keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    keys.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    terminal.setAttributes(keys);
    return original;
  }
}
