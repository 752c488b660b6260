package backcare.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a routine into its plan: every lead-in, hold or flow, rest and side switch, with start
 * offsets.
 */
public final class Planner {
  public static final double MIN_SCALE = 0.5;
  public static final double MAX_SCALE = 3.0;

  private Planner() {}

  public static Plan plan(Routine routine) {
    return plan(routine, 1.0, List.of(), List.of());
  }

  /** The plan of a routine the condition filter made safe, with its changes and advice. */
  public static Plan plan(ConditionFilter.Result filtered, double scale) {
    return plan(filtered.routine(), scale, filtered.changes(), filtered.advice());
  }

  /**
   * Expands the routine. Each rep works each side in turn (left, then right); a switch of the
   * step's rest time comes between sides and a rest between reps. {@code scale} multiplies holds
   * and flows, never beyond the exercise's limit, nor beyond {@link Durations#MAX_SECONDS} of heat,
   * or of cold, in the whole routine.
   */
  public static Plan plan(
      Routine routine, double scale, List<FilterChange> changes, List<String> advice) {
    if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException("scale out of range: " + scale);
    }
    List<Step> steps = routine.steps();
    List<String> capped = new ArrayList<>();
    int[] work = new int[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int base = step.isFlow() ? step.flowSeconds() : step.holdSeconds();
      work[i] = (int) Math.max(1, Math.round(base * scale));
      if (work[i] > step.exercise().limitSeconds()) {
        work[i] = step.exercise().limitSeconds();
        capped.add(
            step.exercise().name() + " held to " + Durations.format(work[i]) + ", its safe limit");
      }
    }
    capTherapies(steps, work, capped);

    List<Segment> segments = new ArrayList<>();
    int t = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Exercise ex = step.exercise();
      if (step.leadInSeconds() > 0) {
        segments.add(
            new Segment(
                Segment.Kind.LEAD_IN, i, ex, Side.NONE, 0, step.reps(), step.leadInSeconds(), t));
        t += step.leadInSeconds();
      }
      Segment.Kind workKind = step.isFlow() ? Segment.Kind.FLOW : Segment.Kind.HOLD;
      List<Side> sides = step.sides().perRep();
      for (int rep = 1; rep <= step.reps(); rep++) {
        for (int k = 0; k < sides.size(); k++) {
          boolean first = rep == 1 && k == 0;
          if (!first && step.restSeconds() > 0) {
            // a new rep starts with a rest; the next side within a rep with a switch
            Segment.Kind gap = k == 0 ? Segment.Kind.REST : Segment.Kind.SWITCH;
            segments.add(
                new Segment(gap, i, ex, sides.get(k), rep, step.reps(), step.restSeconds(), t));
            t += step.restSeconds();
          }
          segments.add(new Segment(workKind, i, ex, sides.get(k), rep, step.reps(), work[i], t));
          t += work[i];
        }
      }
    }
    return new Plan(
        routine,
        List.copyOf(segments),
        t,
        scale,
        List.copyOf(changes),
        List.copyOf(advice),
        List.copyOf(capped));
  }

  /**
   * Seconds of each therapy (heat, cold) in these steps with these times per hold, summed over reps
   * and sides: what the one-routine limit is measured against.
   */
  public static Map<String, Integer> therapySeconds(List<Step> steps, int[] work) {
    Map<String, Integer> total = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      String therapy = steps.get(i).exercise().therapy();
      if (therapy == null) continue;
      Integer before = total.get(therapy); // not merge(..., Integer::sum): no call site to link
      int seconds = work[i] * holdsOf(steps.get(i));
      total.put(therapy, before == null ? seconds : before + seconds);
    }
    return total;
  }

  /** How many holds (or flows) a step has: reps times sides. */
  public static int holdsOf(Step step) {
    return step.reps() * step.sides().perRep().size();
  }

  /**
   * Shortens the holds of a therapy, in proportion, when scaling took its routine total past the
   * limit.
   */
  private static void capTherapies(List<Step> steps, int[] work, List<String> capped) {
    for (Map.Entry<String, Integer> e : therapySeconds(steps, work).entrySet()) {
      String therapy = e.getKey();
      int total = e.getValue();
      if (total <= Durations.MAX_SECONDS) continue;
      for (int i = 0; i < steps.size(); i++) {
        if (therapy.equals(steps.get(i).exercise().therapy())) {
          work[i] = (int) Math.max(1, (long) work[i] * Durations.MAX_SECONDS / total);
        }
      }
      capped.add(
          Character.toUpperCase(therapy.charAt(0))
              + therapy.substring(1)
              + " held to "
              + Durations.format(Durations.MAX_SECONDS)
              + " in all, the most in one routine");
    }
  }
}
