package backcare.cli;

import java.io.PrintStream;

/**
 * Start-up phases for docs/performance.md: with {@code -Dbackcare.trace=startup} (e.g. {@code
 * BACKCARE_JAVA_OPTS=-Dbackcare.trace=startup bin/backcare routines}) each phase's time since
 * {@code main} began is printed to stderr at exit. Off, a mark costs one boolean test.
 */
public final class StartupTrace {
  private static final boolean ON = "startup".equals(System.getProperty("backcare.trace"));
  private static final int MAX = 32;
  private static final String[] NAMES = ON ? new String[MAX] : null;
  private static final long[] TIMES = ON ? new long[MAX] : null;
  private static int count;

  private StartupTrace() {}

  /** Notes that {@code phase} has just ended. */
  public static void mark(String phase) {
    if (!ON || count == MAX) return;
    TIMES[count] = System.nanoTime();
    NAMES[count++] = phase;
  }

  /** Prints the phases (and how long the JVM took to reach main, to the millisecond). */
  static void report(PrintStream err) {
    if (!ON || count == 0) return;
    long jvmStartMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainMillis = System.currentTimeMillis() - (System.nanoTime() - TIMES[0]) / 1_000_000;
    StringBuilder sb =
        new StringBuilder("startup: JVM start to main ~" + (mainMillis - jvmStartMillis) + " ms");
    for (int i = 1; i < count; i++) {
      sb.append("; ")
          .append(NAMES[i])
          .append(' ')
          .append((TIMES[i] - TIMES[i - 1]) / 100_000 / 10.0)
          .append(" ms");
    }
    sb.append("; main to exit ")
        .append((TIMES[count - 1] - TIMES[0]) / 100_000 / 10.0)
        .append(" ms");
    err.println(sb);
  }
}
