package backcare.routine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A health condition that makes some movements unsafe, with the movement tags it removes from a
 * routine and why (../shared/triage.md, "Conditions").
 */
public enum Condition {
    STENOSIS("stenosis", Set.of("extension"),
            "arching the low back narrows the spinal canal; flexion-biased moves are the safer choice"),
    OSTEOPOROSIS("osteoporosis", Set.of("end-range-rotation", "loaded-flexion", "spinal-pressure"),
            "deep twisting, deep rounding and pressure on the spine load fragile vertebrae"),
    PREGNANCY("pregnancy", Set.of("supine"),
            "after the first three months, lying flat on your back for long is best avoided"),
    DISC("disc", Set.of("loaded-flexion"),
            "rounding the spine under load can push on a damaged disc"),
    RECENT_SURGERY("recent-surgery", Set.of("end-range-rotation", "loaded-flexion"),
            "no deep bending or twisting until your surgeon clears it");

    private final String id;
    private final Set<String> removedTags;
    private final String why;

    Condition(String id, Set<String> removedTags, String why) {
        this.id = id;
        this.removedTags = removedTags;
        this.why = why;
    }

    public String id() { return id; }

    /** Movement tags that a step must not carry under this condition. */
    public Set<String> removedTags() { return removedTags; }

    /** A plain-words reason, shown to the user when a step is changed. */
    public String why() { return why; }

    public static Optional<Condition> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Condition::id).toList();
    }

    @Override
    public String toString() { return id; }
}
