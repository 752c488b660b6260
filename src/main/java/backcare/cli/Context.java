package backcare.cli;

import backcare.session.Clock;
import backcare.session.SystemClock;
import backcare.triage.Prompter;
import backcare.triage.RoutineHandover;
import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * What the commands take from the world: environment variables, the clock, stdin, whether stdin and
 * stdout are a terminal, the wall-clock time, and, for the triage screen, the terminal's line
 * reader and the hand-over to a routine. Tests pass their own.
 *
 * @param prompter the interactive screen's line reader; null: JLine on the user's terminal
 * @param handover where a self-care screen hands over; null: `backcare routine ID`, run as a user
 *     would
 */
public record Context(
    Map<String, String> env,
    Clock clock,
    InputStream stdin,
    boolean interactive,
    Supplier<ZonedDateTime> now,
    Supplier<Prompter> prompter,
    RoutineHandover handover) {

  public Context(
      Map<String, String> env,
      Clock clock,
      InputStream stdin,
      boolean interactive,
      Supplier<ZonedDateTime> now) {
    this(env, clock, stdin, interactive, now, null, null);
  }

  /** The same context with this line reader for the interactive screen. */
  public Context withPrompter(Supplier<Prompter> prompter) {
    return new Context(env, clock, stdin, interactive, now, prompter, handover);
  }

  /** The same context with this hand-over after a self-care screen. */
  public Context withHandover(RoutineHandover handover) {
    return new Context(env, clock, stdin, interactive, now, prompter, handover);
  }

  /** The line reader for the interactive screen; JLine is loaded only here, when it is needed. */
  Prompter openPrompter() {
    return prompter != null ? prompter.get() : JLinePrompter.system();
  }

  public static Context system() {
    String term = System.getenv("TERM");
    boolean tty = systemTerminal() && !"dumb".equals(term);
    InputStream stdin = stdinIsTheJvms() ? InputStream.nullInputStream() : System.in;
    return new Context(System.getenv(), SystemClock.INSTANCE, stdin, tty, new SystemNow());
  }

  /**
   * True when standard input was closed when Java started ({@code <&-}): the JVM then opens its own
   * files on descriptor 0 (the JDK's lib/modules, the jar), and System.in would read those. That is
   * no input at all. (bin/backcare gives such a process /dev/null instead; this is for java -jar.)
   */
  static boolean stdinIsTheJvms() {
    try {
      java.nio.file.Path fd0 =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0"));
      if (!fd0.isAbsolute()) return false; // a pipe:[...] or socket:[...]
      java.nio.file.Path javaHome =
          java.nio.file.Path.of(System.getProperty("java.home")).toRealPath();
      String jar = Context.class.getProtectionDomain().getCodeSource().getLocation().getPath();
      return fd0.startsWith(javaHome)
          || fd0.equals(java.nio.file.Path.of(jar))
          || fd0.toString().endsWith(".jsa");
    } catch (Exception e) {
      return false; // no /proc (not Linux), or no way to tell: read stdin as given
    }
  }

  /**
   * Now, with the offset the local time has now: enough to stamp a record or to count days back,
   * and, from the system, without loading the time-zone rules as {@link #now} does (~5 ms of each
   * start of routine and triage: docs/performance.md). Calendars that must follow the zone's rules
   * across days, such as history's streak, use {@link #now}.
   */
  public OffsetDateTime offsetNow() {
    return now instanceof SystemNow s ? s.offsetNow() : now.get().toOffsetDateTime();
  }

  /** The system's wall clock. */
  static final class SystemNow implements Supplier<ZonedDateTime> {
    @Override
    public ZonedDateTime get() {
      return ZonedDateTime.now();
    }

    OffsetDateTime offsetNow() {
      long millis = System.currentTimeMillis();
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(millis) / 1000);
      return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset);
    }
  }

  /** A context for scripts and tests: no terminal. */
  public static Context scripted(Map<String, String> env, Clock clock, InputStream stdin) {
    return new Context(env, clock, stdin, false, ZonedDateTime::now);
  }

  /**
   * True when standard input and output are both a terminal. On JDK 22+ System.console() is not
   * null even when redirected, so Console.isTerminal() is asked where it exists.
   */
  static boolean systemTerminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17-21: a console exists only when both are a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
