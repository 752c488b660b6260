package backcare.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * A {@link Screen} on a JLine terminal: keys from its NonBlockingReader in raw mode, frames through
 * JLine's Display (which rewrites only the lines that changed), the alternate screen with a hidden
 * cursor. Whatever ends the run (q, x, Ctrl-C, a hang-up, an exception, the JVM shutting down),
 * {@link #close} puts back the cursor, echo, line mode and the user's screen.
 */
public final class JLineScreen implements Screen {
  private final Terminal terminal;
  private final Attributes original;
  private final NonBlockingReader reader;
  private final Display display;
  private final Terminal.SignalHandler previousInt;
  private final Terminal.SignalHandler previousWinch;
  private final Devices.Registration hangUp;
  private final Thread shutdownHook;
  private volatile boolean resized;
  private volatile boolean interrupted;
  private boolean entered;
  private boolean closed;

  private JLineScreen(Terminal terminal) {
    this.terminal = terminal;
    this.original = Terminals.enterKeyMode(terminal);
    this.reader = terminal.reader();
    this.display = new Display(terminal, true);
    this.previousInt = terminal.handle(Terminal.Signal.INT, s -> interrupted = true);
    this.previousWinch = terminal.handle(Terminal.Signal.WINCH, s -> resized = true);
    this.hangUp = Signals.handleAll(java.util.List.of("HUP", "TERM"), () -> interrupted = true);
    this.shutdownHook = new Thread(this::close, "backcare-terminal-restore");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** The routine screen on this terminal, or null for a dumb one (which is then closed). */
  public static JLineScreen open(Terminal terminal) throws IOException {
    if (Terminals.isDumb(terminal)) {
      terminal.close();
      return null;
    }
    try {
      return new JLineScreen(terminal);
    } catch (RuntimeException e) {
      terminal.close(); // puts back the settings the terminal had when it was opened
      throw e;
    }
  }

  @Override
  public int width() {
    int w = terminal.getWidth();
    return w > 0 ? w : 80;
  }

  @Override
  public int height() {
    int h = terminal.getHeight();
    return h > 0 ? h : 24;
  }

  @Override
  public boolean unicode() {
    return StandardCharsets.UTF_8.equals(terminal.encoding());
  }

  @Override
  public synchronized void enter() {
    if (closed || entered) return;
    entered = true;
    if (!terminal.puts(Capability.enter_ca_mode)) terminal.puts(Capability.clear_screen);
    terminal.puts(Capability.cursor_invisible);
    terminal.flush();
    display.clear();
  }

  @Override
  public synchronized void draw(List<String> lines) {
    if (closed) return;
    Size size = terminal.getSize();
    display.resize(height(), size.getColumns() > 0 ? size.getColumns() : 80);
    // Display moves onto an empty line with cursor_left, which JLine 3.26 garbles for some terminfo
    // entries (tmux-256color: U+FFFF, shown as "?" in non-UTF-8 locales); a space avoids that path
    display.updateAnsi(lines.stream().map(l -> l.isEmpty() ? " " : l).toList(), 0);
    terminal.flush();
  }

  @Override
  public synchronized void clear() {
    display.clear();
  }

  @Override
  public synchronized void bell() {
    if (closed) return;
    if (!terminal.puts(Capability.bell)) terminal.writer().write(7);
    terminal.flush();
  }

  @Override
  public int read(long timeoutMillis) throws IOException {
    return reader.read(Math.max(1, timeoutMillis));
  }

  @Override
  public boolean takeResized() {
    boolean r = resized;
    resized = false;
    return r;
  }

  @Override
  public boolean interrupted() {
    return interrupted;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      if (entered) {
        terminal.puts(Capability.cursor_normal);
        terminal.puts(Capability.exit_ca_mode);
        terminal.flush();
      }
    } finally {
      terminal.setAttributes(original);
      terminal.handle(Terminal.Signal.INT, previousInt);
      terminal.handle(Terminal.Signal.WINCH, previousWinch);
      hangUp.close();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // called from the hook itself
      }
      try {
        terminal.close();
      } catch (IOException ignored) {
        // the terminal is gone; its settings went with it
      }
    }
  }
}
