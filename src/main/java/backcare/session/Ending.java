package backcare.session;

/**
 * How a routine ended. {@code SKIPPED}: it reached its end, but every step was skipped with n, so
 * nothing was done (it counts toward neither the streak nor the sessions done).
 */
public enum Ending {
  DONE("done"),
  SKIPPED("skipped"),
  QUIT("quit"),
  STOPPED_FOR_PAIN("stopped-for-pain"),
  INTERRUPTED("interrupted");

  private final String id;

  Ending(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * How a run that reached its end ended: skipped when no step was done and every one was skipped.
   */
  public static Ending atTheEnd(int totalSteps, int stepsDone, int stepsSkipped) {
    return stepsDone == 0 && totalSteps > 0 && stepsSkipped == totalSteps ? SKIPPED : DONE;
  }

  @Override
  public String toString() {
    return id;
  }
}
