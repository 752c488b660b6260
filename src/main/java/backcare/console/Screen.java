package backcare.console;

import java.io.IOException;
import java.util.List;

/**
 * The terminal as a routine uses it: whole frames out, single keys in, a bell, and word of a resize
 * or an interrupt. {@link JLineScreen} is the real one; tests use a scripted one with a fake clock.
 * Closing it gives the terminal back as it was (cursor shown, echo on, raw mode off).
 */
public interface Screen extends AutoCloseable {
  /** What {@link #read} returns when the time ran out (as JLine's NonBlockingReader). */
  int TIMEOUT = -2;

  /** What {@link #read} returns when the terminal is gone. */
  int EOF = -1;

  int width();

  int height();

  /** Whether the terminal takes UTF-8 (block characters and arrows), or only ASCII. */
  boolean unicode();

  /** Switches to the full-screen display (the alternate screen, cursor hidden). */
  void enter();

  /** Shows these lines, top to bottom, in place of what was there (ANSI colour codes allowed). */
  void draw(List<String> lines);

  /** Forgets what is on the screen, so the next {@link #draw} paints everything afresh. */
  void clear();

  void bell();

  /**
   * The next key typed, waiting at most {@code timeoutMillis} (at least 1): a char, {@link
   * #TIMEOUT} or {@link #EOF}.
   */
  int read(long timeoutMillis) throws IOException;

  /** True once after each change of the terminal's size. */
  boolean takeResized();

  /** True after Ctrl-C (SIGINT) or a hang-up reached the process from outside the key stream. */
  boolean interrupted();

  /** Restores the terminal. Safe to call more than once. */
  @Override
  void close();
}
