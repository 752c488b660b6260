package backcare.session;

/** Where the runner's controls come from. */
public interface Controls {
  /**
   * Waits until {@code deadline} (on the runner's clock) or until the user asks for something,
   * whichever comes first. Returns null at the deadline.
   */
  Control await(long deadline) throws InterruptedException;

  /** No controls: just wait for the clock (piped output, scripts). */
  static Controls none(Clock clock) {
    return deadline -> {
      clock.sleepUntil(deadline);
      return null;
    };
  }
}
