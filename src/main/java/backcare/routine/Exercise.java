package backcare.routine;

import java.util.List;
import java.util.Set;

/**
 * One exercise of the library. Exactly one of {@code holdSeconds} (a static hold) and
 * {@code flowSeconds} (continuous movement, such as cat-cow) is set; the other is 0.
 */
public record Exercise(
        String id,
        String name,
        String position,
        List<String> instructions,
        List<String> cues,
        int holdSeconds,
        int flowSeconds,
        int reps,
        Side sides,
        int restSeconds,
        int maxHoldSeconds,
        List<String> warnings,
        Set<String> tags,
        List<String> sources) {

    /** The movement tags the safety filter knows (../shared/content.md). */
    public static final Set<String> TAGS = Set.of(
            "extension", "end-range-rotation", "loaded-flexion", "supine", "spinal-pressure", "kneeling");

    public boolean isFlow() { return flowSeconds > 0; }

    /** The longest hold or flow this exercise allows: its own limit, or the global one. */
    public int limitSeconds() {
        return maxHoldSeconds > 0 ? maxHoldSeconds : Durations.MAX_SECONDS;
    }
}
