package backcare.routine;

import java.util.ArrayList;
import java.util.List;

/** Turns a routine into its plan: every lead-in, hold or flow, rest and side switch, with start offsets. */
public final class Planner {
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 3.0;

    private Planner() {}

    public static Plan plan(Routine routine) {
        return plan(routine, 1.0, List.of());
    }

    /**
     * Expands the routine. Each rep works each side in turn (left, then right); a switch of the
     * step's rest time comes between sides and a rest between reps. {@code scale} multiplies holds
     * and flows, never beyond the exercise's limit.
     */
    public static Plan plan(Routine routine, double scale, List<FilterChange> changes) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale out of range: " + scale);
        }
        List<Segment> segments = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        int t = 0;
        List<Step> steps = routine.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Exercise ex = step.exercise();
            if (step.leadInSeconds() > 0) {
                segments.add(new Segment(Segment.Kind.LEAD_IN, i, ex, Side.NONE, 0, step.reps(), step.leadInSeconds(), t));
                t += step.leadInSeconds();
            }
            int base = step.isFlow() ? step.flowSeconds() : step.holdSeconds();
            int work = (int) Math.max(1, Math.round(base * scale));
            if (work > ex.limitSeconds()) {
                work = ex.limitSeconds();
                capped.add(ex.name() + " held to " + Durations.format(work) + ", its safe limit");
            }
            Segment.Kind workKind = step.isFlow() ? Segment.Kind.FLOW : Segment.Kind.HOLD;
            List<Side> sides = step.sides().perRep();
            for (int rep = 1; rep <= step.reps(); rep++) {
                for (int k = 0; k < sides.size(); k++) {
                    boolean first = rep == 1 && k == 0;
                    if (!first && step.restSeconds() > 0) {
                        // a new rep starts with a rest; the next side within a rep with a switch
                        Segment.Kind gap = k == 0 ? Segment.Kind.REST : Segment.Kind.SWITCH;
                        segments.add(new Segment(gap, i, ex, sides.get(k), rep, step.reps(), step.restSeconds(), t));
                        t += step.restSeconds();
                    }
                    segments.add(new Segment(workKind, i, ex, sides.get(k), rep, step.reps(), work, t));
                    t += work;
                }
            }
        }
        return new Plan(routine, List.copyOf(segments), t, scale, List.copyOf(changes), List.copyOf(capped));
    }
}
