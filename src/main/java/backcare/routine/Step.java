package backcare.routine;

/**
 * One step of a routine: an exercise with the times this routine uses. {@code holdSeconds} or
 * {@code flowSeconds} is set, as for {@link Exercise}. {@code alternative} is an exercise id or null.
 */
public record Step(
        Exercise exercise,
        int holdSeconds,
        int flowSeconds,
        int reps,
        Side sides,
        int restSeconds,
        int leadInSeconds,
        String alternative,
        String notes) {

    public boolean isFlow() { return flowSeconds > 0; }

    /** This step with another exercise in its place, keeping the routine's lead-in and notes. */
    public Step replacedBy(Exercise other) {
        return new Step(other, other.holdSeconds(), other.flowSeconds(), other.reps(), other.sides(),
                other.restSeconds(), leadInSeconds, null, null);
    }
}
