package backcare.history;

import backcare.BadInputException;
import backcare.routine.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which conditions a routine is made safe for: those named on the command line, none when asked for
 * none, else those of the latest triage, with a note saying where they came from (dated as the
 * triage recorded it) and a warning for each the triage set that this version does not know.
 *
 * @param notes lines for the routine's opening
 * @param warnings lines for stderr
 */
public record ConditionChoice(
    Set<Condition> conditions, List<String> notes, List<String> warnings) {

  /**
   * {@code named}: the conditions given with --condition; {@code none}: --condition none was given
   * (not with others).
   */
  public static ConditionChoice of(
      Set<Condition> named, boolean none, Optional<TriageRecord> latest) {
    if (none) {
      if (!named.isEmpty())
        throw new BadInputException("--condition none cannot be combined with other conditions");
      return new ConditionChoice(Set.of(), List.of(), List.of());
    }
    if (!named.isEmpty()) return new ConditionChoice(named, List.of(), List.of());
    if (latest.isEmpty()) return new ConditionChoice(Set.of(), List.of(), List.of());
    TriageRecord t = latest.get();
    List<String> warnings = new ArrayList<>();
    for (String c : t.conditions()) {
      if (Condition.byId(c).isEmpty()) {
        warnings.add(
            "warning: your triage on "
                + t.time().toLocalDate()
                + " set condition \""
                + c
                + "\", which this version does not know; it is left out");
      }
    }
    Set<Condition> conditions = t.knownConditions();
    if (conditions.isEmpty()) return new ConditionChoice(Set.of(), List.of(), warnings);
    String from =
        t.fromGate()
            ? "your last screen (a clinician's clearance recorded on "
                + t.time().toLocalDate()
                + ")"
            : "your triage on " + t.time().toLocalDate();
    List<String> notes =
        List.of(
            "Using the conditions from " + from + ": " + String.join(", ", ids(conditions)) + ".",
            "  (--condition NAME chooses others; --condition none runs without.)");
    return new ConditionChoice(conditions, notes, warnings);
  }

  /** The conditions' ids, in order (a loop: streams cost a start their classes). */
  private static List<String> ids(Set<Condition> conditions) {
    List<String> ids = new ArrayList<>();
    for (Condition c : conditions) ids.add(c.id());
    return ids;
  }
}
