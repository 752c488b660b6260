package backcare.routine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a routine safe for the user's conditions: a step whose movement tags conflict with a
 * condition is swapped for the alternative the routine names (when that one is safe), or dropped.
 */
public final class ConditionFilter {
    private ConditionFilter() {}

    public record Result(Routine routine, List<FilterChange> changes) {}

    public static Result apply(Routine routine, Collection<Condition> conditions, Map<String, Exercise> library) {
        if (conditions.isEmpty()) return new Result(routine, List.of());
        List<Step> kept = new ArrayList<>();
        List<FilterChange> changes = new ArrayList<>();
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            Set<String> bad = conflictingTags(step.exercise(), conditions);
            if (bad.isEmpty()) {
                kept.add(step);
                continue;
            }
            List<Condition> why = conditions.stream()
                    .filter(c -> c.removedTags().stream().anyMatch(bad::contains)).distinct().toList();
            Exercise alt = step.alternative() == null ? null : library.get(step.alternative());
            boolean altSafe = alt != null && conflictingTags(alt, conditions).isEmpty();
            changes.add(new FilterChange(i + 1, step.exercise().id(), altSafe ? alt.id() : null,
                    why.stream().map(Condition::id).toList(), List.copyOf(new TreeSet<>(bad)),
                    String.join("; ", why.stream().map(Condition::why).toList())));
            if (altSafe) kept.add(step.replacedBy(alt));
        }
        return new Result(routine.withSteps(kept), List.copyOf(changes));
    }

    /** The exercise's tags that any of the conditions removes. */
    public static Set<String> conflictingTags(Exercise exercise, Collection<Condition> conditions) {
        Set<String> bad = new LinkedHashSet<>();
        for (Condition c : conditions) {
            for (String tag : exercise.tags()) {
                if (c.removedTags().contains(tag)) bad.add(tag);
            }
        }
        return bad;
    }
}
