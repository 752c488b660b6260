package backcare.console;

import backcare.session.Clock;
import backcare.session.Control;
import backcare.session.Controls;
import java.io.IOException;

/**
 * The runner's controls from single key presses on a terminal in raw mode. Waits for a key with a
 * time-out computed from the deadline on the runner's clock, so it returns at the deadline and not
 * a tick later; "?" and a resize are handled here by the screen without stopping the clock.
 */
public final class KeyControls implements Controls {
  /** The longest a single read waits, so a resize or an outside interrupt is seen within this. */
  static final long POLL_NANOS = 100_000_000L;

  private static final long MILLI = 1_000_000L;

  /** What the screen does for keys that are not controls. */
  public interface Ui {
    void toggleHelp();

    /** The terminal changed size: draw everything again. */
    void redraw();

    /** A key with no meaning here. */
    void unknownKey();
  }

  private final Clock clock;
  private final Screen screen;
  private final Ui ui;

  public KeyControls(Clock clock, Screen screen, Ui ui) {
    this.clock = clock;
    this.screen = screen;
    this.ui = ui;
  }

  @Override
  public Control await(long deadline) throws InterruptedException {
    try {
      while (true) {
        if (screen.interrupted()) return Control.INTERRUPT;
        if (screen.takeResized()) ui.redraw();
        long left = deadline - clock.nanoTime();
        if (left <= 0) return null;
        if (left < MILLI) { // below a read's resolution: wait the rest precisely
          clock.sleepUntil(deadline);
          return null;
        }
        int c = screen.read(Math.min(left, POLL_NANOS) / MILLI);
        if (Thread.interrupted()) throw new InterruptedException();
        if (c == Screen.TIMEOUT) continue;
        if (c == Screen.EOF) return Control.INTERRUPT; // the terminal was closed
        Key key = Key.decode(c, screen);
        switch (key) {
          case HELP -> ui.toggleHelp();
          case OTHER -> ui.unknownKey();
          default -> {
            return key.control();
          }
        }
      }
    } catch (IOException e) {
      return Control.INTERRUPT; // the terminal is gone (hang-up): end as Ctrl-C does
    }
  }
}
