package backcare.session;

import java.util.concurrent.locks.LockSupport;

/**
 * {@link System#nanoTime()} with a precise wait: sleep most of the way, then park for the last
 * couple of milliseconds, so an event lands within a millisecond or so of its deadline.
 */
public final class SystemClock implements Clock {
  public static final SystemClock INSTANCE = new SystemClock();
  private static final long SPIN_NANOS = 2_000_000;

  private SystemClock() {}

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void sleepUntil(long deadline) throws InterruptedException {
    long remaining;
    while ((remaining = deadline - System.nanoTime()) > 0) {
      if (remaining > SPIN_NANOS) {
        Thread.sleep((remaining - SPIN_NANOS) / 1_000_000);
      } else {
        LockSupport.parkNanos(remaining);
      }
      if (Thread.interrupted()) throw new InterruptedException();
    }
  }
}
