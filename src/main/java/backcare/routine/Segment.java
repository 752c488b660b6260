package backcare.routine;

/**
 * One timed piece of a plan. {@code step} is the 0-based step index, {@code rep} 1-based; {@code
 * startSecond} is the planned offset from the start of the routine.
 */
public record Segment(
    Kind kind,
    int stepIndex,
    Exercise exerciseRef,
    Side side,
    int rep,
    int reps,
    int seconds,
    int startSecond) {

  public enum Kind {
    LEAD_IN("lead-in"),
    HOLD("hold"),
    FLOW("flow"),
    REST("rest"),
    SWITCH("switch");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** The exercise id, as in --json (PlanJson). */
  public String exercise() {
    return exerciseRef.id();
  }

  /** The 1-based step number, as in --json (PlanJson). */
  public int step() {
    return stepIndex + 1;
  }

  public String sideId() {
    return side == Side.NONE ? null : side.id();
  }

  public int endSecond() {
    return startSecond + seconds;
  }

  /** A hold or flow: the work itself, as opposed to lead-ins, rests and switches. */
  public boolean isWork() {
    return kind == Kind.HOLD || kind == Kind.FLOW;
  }
}
