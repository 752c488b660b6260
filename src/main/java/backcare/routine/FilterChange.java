package backcare.routine;

import java.util.List;

/**
 * What the condition filter did to one step: {@code replacement} is the exercise put in its place,
 * or null when the step was dropped.
 */
public record FilterChange(int stepNumber, String exercise, String replacement,
                           List<String> conditions, List<String> tags, String why) {

    public boolean dropped() { return replacement == null; }

    /** One plain line for the user, e.g. "Step 3, bridge: swapped for cat-cow (stenosis: ...)". */
    public String describe() {
        String what = dropped() ? "left out" : "swapped for " + replacement;
        return "Step " + stepNumber + ", " + exercise + ": " + what + " (" + String.join(", ", conditions)
                + ": " + why + ")";
    }
}
