package backcare.remind;

import backcare.console.Screen;
import backcare.session.Clock;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * `remind --here`: the reminder in a terminal. A quiet line with the time to the next break; when
 * it is due, a bell and a banner. Enter runs the routine (the screen is handed over to it and taken
 * back after), s snoozes, q quits; Ctrl-C, a signal or a closed terminal end it. Every wait is
 * against a deadline on the monotonic clock, so the breaks do not drift.
 */
public final class HereLoop {
  public static final long SNOOZE_MINUTES = 10;
  private static final long SECOND = 1_000_000_000L;
  private static final long MINUTE = 60 * SECOND;
  private static final String REVERSE = "\u001b[7m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  /** How it ended: q, Ctrl-C or a signal, or the terminal went away. */
  public enum End {
    QUIT,
    INTERRUPTED,
    HUNG_UP
  }

  /** Runs the routine; the loop has closed its screen first. */
  public interface Routine {
    void run();
  }

  private final Clock clock;
  private final Supplier<ZonedDateTime> now;
  private final int everyMinutes;
  private final String routine;
  private final boolean colour;

  public HereLoop(
      Clock clock, Supplier<ZonedDateTime> now, int everyMinutes, String routine, boolean colour) {
    this.clock = clock;
    this.now = now;
    this.everyMinutes = everyMinutes;
    this.routine = routine;
    this.colour = colour;
  }

  /**
   * Runs until q, Ctrl-C or hang-up. {@code reopen} gives a screen again after the routine (empty:
   * the terminal is gone). The screen in use is closed on every way out.
   */
  public End run(Screen first, Supplier<Optional<Screen>> reopen, Routine startRoutine)
      throws IOException {
    Screen screen = first;
    try {
      screen.enter();
      long since = clock.nanoTime();
      long due = since + everyMinutes * MINUTE;
      boolean rang = false;
      List<String> shown = null;
      while (true) {
        if (screen.interrupted()) return End.INTERRUPTED;
        if (screen.takeResized()) {
          screen.clear();
          shown = null;
        }
        long t = clock.nanoTime();
        boolean isDue = t >= due;
        if (isDue && !rang) {
          screen.bell();
          rang = true;
        }
        List<String> frame = isDue ? banner(screen, t - since) : waiting(screen, due - t);
        if (!frame.equals(shown)) screen.draw(frame);
        shown = frame;
        // at most a second between looks at the interrupt flag (a kill -INT from outside)
        long wait = Math.min(SECOND, isDue ? MINUTE : untilChange(due - t));
        int c = screen.read(Math.max(1, (wait + 999_999) / 1_000_000));
        switch (c) {
          case Screen.TIMEOUT -> {}
          case Screen.EOF -> {
            return End.HUNG_UP;
          }
          case 3, 28 -> {
            return End.INTERRUPTED;
          }
          case 'q', 'Q' -> {
            return End.QUIT;
          }
          case 's', 'S' -> {
            if (isDue) {
              due = clock.nanoTime() + SNOOZE_MINUTES * MINUTE;
              rang = false;
            }
          }
          case '\r', '\n' -> {
            screen.close();
            startRoutine.run();
            Optional<Screen> again = reopen.get();
            if (again.isEmpty()) return End.HUNG_UP;
            screen = again.get();
            screen.enter();
            shown = null;
            since = clock.nanoTime();
            due = since + everyMinutes * MINUTE;
            rang = false;
          }
          default -> {}
        }
      }
    } finally {
      screen.close();
    }
  }

  /**
   * Time until the shown count of minutes changes (minutes are rounded up: 49 min 30 s shows 50).
   */
  private static long untilChange(long left) {
    long shown = (left + MINUTE - 1) / MINUTE;
    return Math.max(1, left - (shown - 1) * MINUTE);
  }

  private List<String> waiting(Screen screen, long left) {
    long minutes = (left + MINUTE - 1) / MINUTE;
    String at = clockTime(now.get().plusNanos(left));
    String sep = screen.unicode() ? "  ·  " : "  |  ";
    return List.of(
        fit(
            "backcare remind: next break in "
                + Reminder.minutes(minutes)
                + " (at "
                + at
                + ")"
                + sep
                + "Enter: "
                + routine
                + " routine now"
                + sep
                + "q: quit",
            screen),
        fit("", screen));
  }

  private List<String> banner(Screen screen, long sat) {
    int w = screen.width();
    String bar = " ".repeat(Math.max(0, Math.min(w, 60)));
    List<String> lines = new ArrayList<>();
    String on = colour ? REVERSE + BOLD : "";
    String off = colour ? RESET : "";
    lines.add("");
    lines.add(on + pad("", bar.length()) + off);
    lines.add(on + pad("  TIME TO GET UP AND MOVE", bar.length()) + off);
    lines.add(on + pad("", bar.length()) + off);
    lines.add("");
    lines.add(fit("  You have sat for " + Reminder.minutes(sat / MINUTE) + ".", screen));
    lines.add(fit("  Stand up, walk about, or run a short routine: a few minutes", screen));
    lines.add(fit("  on your feet each hour keeps a stiff back from setting in.", screen));
    lines.add("");
    lines.add(
        fit(
            "  Enter: start the "
                + routine
                + " routine   s: snooze "
                + SNOOZE_MINUTES
                + " min   q: quit",
            screen));
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s.substring(0, width) : s + " ".repeat(width - s.length());
  }

  private static String fit(String s, Screen screen) {
    int w = Math.max(1, screen.width());
    if (s.length() <= w) return s;
    return s.substring(0, Math.max(0, w - 3)) + "...";
  }

  private static String clockTime(ZonedDateTime t) {
    int h = t.getHour(), m = t.getMinute();
    return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
  }
}
