package backcare.routine;

import backcare.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A routine made safe for the conditions and expanded into its plan, with the lines that explain it
 * (what the conditions changed and why, the scale, any hold cut to its limit).
 */
public record Prepared(Plan plan, List<String> opening) {

  public static Prepared of(Routine routine, Set<Condition> conds, double scale, Library library) {
    ConditionFilter.Result filtered = ConditionFilter.apply(routine, conds, library.exercises());
    if (filtered.routine().steps().isEmpty()) {
      throw new BadInputException(
          "every step of \""
              + routine.id()
              + "\" conflicts with "
              + String.join(", ", conds.stream().map(Condition::id).toList())
              + " and none has a safe alternative; try `backcare routine gentle`");
    }
    Plan plan = Planner.plan(filtered, scale);
    List<String> opening = new ArrayList<>();
    if (!conds.isEmpty()) {
      opening.add(
          "Made safe for: " + String.join(", ", conds.stream().map(Condition::id).toList()) + ".");
      for (String a : plan.advice()) opening.add("  " + a);
      if (plan.changes().isEmpty()) opening.add("  No step needed changing.");
      for (FilterChange c : plan.changes()) opening.add("  " + c.describe());
    }
    if (scale != 1.0) opening.add("Holds scaled by " + scale + ".");
    for (String c : plan.capped()) opening.add("  " + c + ".");
    return new Prepared(plan, opening);
  }

  /** The same, with these lines first (notes about where the conditions came from). */
  public Prepared after(List<String> lines) {
    List<String> all = new ArrayList<>(lines);
    all.addAll(opening);
    return new Prepared(plan, all);
  }
}
