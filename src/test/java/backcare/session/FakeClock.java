package backcare.session;

/**
 * A clock that only moves when told, or when someone sleeps on it: whole routines run in
 * milliseconds.
 */
public final class FakeClock implements Clock {
  private long now;

  public FakeClock(long start) {
    this.now = start;
  }

  public FakeClock() {
    this(1_000_000_000_000L);
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleepUntil(long deadline) {
    if (deadline > now) now = deadline;
  }

  public synchronized void advance(long nanos) {
    now += nanos;
  }
}
