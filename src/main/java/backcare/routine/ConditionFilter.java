package backcare.routine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a routine safe for the user's conditions (../shared/triage.md v2): a step whose movement
 * tags conflict with any condition is swapped for the first alternative the routine names that is
 * safe for every condition at once, or dropped when none is.
 */
public final class ConditionFilter {
  private ConditionFilter() {}

  /**
   * The safe routine, what was changed in it, and the advice lines of the conditions (such as
   * following the surgeon's plan), shown whatever was changed.
   */
  public record Result(Routine routine, List<FilterChange> changes, List<String> advice) {}

  public static Result apply(
      Routine routine, Collection<Condition> conditions, Map<String, Exercise> library) {
    if (conditions.isEmpty()) return new Result(routine, List.of(), List.of());
    List<Step> kept = new ArrayList<>();
    List<FilterChange> changes = new ArrayList<>();
    for (int i = 0; i < routine.steps().size(); i++) {
      Step step = routine.steps().get(i);
      Set<String> bad = conflictingTags(step.exercise(), conditions);
      if (bad.isEmpty()) {
        kept.add(step);
        continue;
      }
      // plain loops, not streams: with a screen's conditions this runs at every routine's start,
      // and streams cost their classes and call sites there (docs/performance.md)
      Set<Condition> why = new LinkedHashSet<>();
      for (Condition c : conditions)
        for (String tag : c.removedTags()) if (bad.contains(tag)) why.add(c);
      List<String> ids = new ArrayList<>();
      List<String> whys = new ArrayList<>();
      for (Condition c : why) {
        ids.add(c.id());
        whys.add(c.why());
      }
      Exercise alt = firstSafe(step.alternatives(), conditions, library);
      changes.add(
          new FilterChange(
              i + 1,
              step.exercise().id(),
              alt == null ? null : alt.id(),
              List.copyOf(ids),
              List.copyOf(new TreeSet<>(bad)),
              String.join("; ", whys),
              step.alternatives()));
      if (alt != null) kept.add(step.replacedBy(alt));
    }
    List<String> advice = new ArrayList<>();
    for (Condition c : new LinkedHashSet<>(conditions))
      if (c.advice().isPresent()) advice.add(c.advice().get());
    return new Result(routine.withSteps(kept), List.copyOf(changes), List.copyOf(advice));
  }

  /** The first of the ids that names an exercise safe under every condition, or null. */
  static Exercise firstSafe(
      List<String> ids, Collection<Condition> conditions, Map<String, Exercise> library) {
    for (String id : ids) {
      Exercise e = library.get(id);
      if (e != null && conflictingTags(e, conditions).isEmpty()) return e;
    }
    return null;
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
