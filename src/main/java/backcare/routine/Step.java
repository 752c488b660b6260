package backcare.routine;

import java.util.List;

/**
 * One step of a routine: an exercise with the times this routine uses. {@code holdSeconds} or
 * {@code flowSeconds} is set, as for {@link Exercise}. {@code alternatives} are exercise ids, in
 * the order the condition filter tries them (null reads as none).
 */
public record Step(
    Exercise exercise,
    int holdSeconds,
    int flowSeconds,
    int reps,
    Side sides,
    int restSeconds,
    int leadInSeconds,
    List<String> alternatives,
    String notes) {

  public Step {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  public boolean isFlow() {
    return flowSeconds > 0;
  }

  /**
   * This step with another exercise in its place, keeping the routine's lead-in (or the longer one
   * it needs).
   */
  public Step replacedBy(Exercise other) {
    return new Step(
        other,
        other.holdSeconds(),
        other.flowSeconds(),
        other.reps(),
        other.sides(),
        other.restSeconds(),
        Math.max(leadInSeconds, other.leadInSeconds()),
        null,
        null);
  }
}
