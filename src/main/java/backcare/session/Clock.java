package backcare.session;

/** Monotonic time for the runner: the real one in production, a fake one in tests. */
public interface Clock {
  long nanoTime();

  /** Returns once {@link #nanoTime()} has reached {@code deadline}. */
  void sleepUntil(long deadline) throws InterruptedException;
}
