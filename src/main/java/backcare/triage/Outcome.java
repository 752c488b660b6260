package backcare.triage;

import backcare.routine.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The result of the screen.
 *
 * @param level the most urgent level found (after a clinician's clearance, if any)
 * @param headline the first thing to read: what to do and how soon, in one line
 * @param whatToDo the rest of the advice for the level
 * @param triggered the answers that mattered, most urgent first
 * @param conditions conditions the answers set, for the routine filter (kept after clearance)
 * @param notes notes that never block (age, a clearance that could not apply)
 * @param notADiagnosis says that the screen is not a diagnosis
 * @param safetyNet always shown, whatever the level: the cauda equina safety net
 * @param footer self-care only: keep active, when to see a clinician anyway, when to screen again
 * @param unanswered required questions not answered (only when an emergency settled it early)
 * @param cleared true when a clinician's clearance turned see-clinician into self-care
 */
public record Outcome(
    Level level,
    String headline,
    List<String> whatToDo,
    List<Trigger> triggered,
    Set<Condition> conditions,
    List<String> notes,
    String notADiagnosis,
    List<String> safetyNet,
    List<String> footer,
    List<String> unanswered,
    boolean cleared) {

  /**
   * Every line of advice in reading order: headline, what to do, not a diagnosis, footer, safety
   * net last.
   */
  public List<String> advice() {
    List<String> all = new ArrayList<>();
    all.add(headline);
    all.addAll(whatToDo);
    all.add(notADiagnosis);
    all.addAll(footer);
    all.addAll(safetyNet);
    return List.copyOf(all);
  }

  public int exitCode() {
    return level.exitCode();
  }

  /** The same outcome with more notes (e.g. from the interactive interview). */
  public Outcome withNotes(List<String> more) {
    if (more.isEmpty()) return this;
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Outcome(
        level,
        headline,
        whatToDo,
        triggered,
        conditions,
        List.copyOf(all),
        notADiagnosis,
        safetyNet,
        footer,
        unanswered,
        cleared);
  }
}
