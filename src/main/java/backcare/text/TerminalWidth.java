package backcare.text;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The width to wrap to: {@code COLUMNS} when it is set to a sensible number, else the terminal's
 * own width when stdout is the user's terminal (asked once, of {@code stty size}, and only when a
 * line needs it), else {@value Wrap#DEFAULT_WIDTH}.
 */
public final class TerminalWidth {
  static final int MIN = 10;
  static final int MAX = 1000;

  private TerminalWidth() {}

  /** {@code askTerminal}: whether stdout is the user's own terminal, whose size may be asked. */
  public static IntSupplier of(Map<String, String> env, boolean askTerminal) {
    return new Width(env, askTerminal);
  }

  /** A named class, not a lambda: a start links no call site (docs/performance.md). */
  private static final class Width implements IntSupplier {
    private final Map<String, String> env;
    private final boolean askTerminal;

    Width(Map<String, String> env, boolean askTerminal) {
      this.env = env;
      this.askTerminal = askTerminal;
    }

    @Override
    public int getAsInt() {
      int columns = parse(env.get("COLUMNS"));
      if (columns > 0) return columns;
      if (askTerminal) {
        columns = askStty();
        if (columns > 0) return columns;
      }
      return Wrap.DEFAULT_WIDTH;
    }
  }

  /** A width from text, or 0 when it is not a whole number from {@value #MIN} to {@value #MAX}. */
  static int parse(String value) {
    if (value == null || !Digits.upTo(value.trim(), 4)) return 0;
    int n = Integer.parseInt(value.trim());
    return n >= MIN && n <= MAX ? n : 0;
  }

  /** The columns of the controlling terminal, or 0 when they cannot be had within half a second. */
  private static int askStty() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) return 0;
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
        p.destroy();
        return 0;
      }
      String[] rowsColumns =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
              .trim()
              .split("\\s+");
      return rowsColumns.length == 2 ? parse(rowsColumns[1]) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
