package backcare.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The red-flag screen from a script: every answer given at once (flags, a file, or lines of
 * standard input), with the problems found reading them. Pure: what the answers decide, or why they
 * decide nothing; the command prints, records and hands over.
 */
public final class ScriptedScreen {
  private ScriptedScreen() {}

  /**
   * What the answers decided: an {@code outcome}, or (outcome null) the {@code problems} that stop
   * the screen and what the answers so far mean ({@code soFar}, for the history). {@code
   * earlyEmergency}: the answers already meant an emergency despite other problems, which are then
   * {@code problems}, not used; such an outcome is said at once and hands over to nothing.
   */
  public record Decision(
      Outcome outcome, boolean earlyEmergency, List<String> problems, Outcome soFar) {}

  /**
   * What {@code answers} decide, given the {@code problems} found reading them.
   *
   * @param fromOptions the answers came from --answer and --answers (not standard input): the hint
   *     for the missing ones says so
   */
  public static Decision decide(
      Triage triage, Map<String, Answer> answers, List<String> problems, boolean fromOptions) {
    if (triage.settlesEmergency(answers)) {
      // said at once, whatever else is wrong or missing
      return new Decision(triage.evaluate(answers), true, List.copyOf(problems), null);
    }
    List<String> missing = triage.missing(answers);
    if (problems.isEmpty() && missing.isEmpty()) {
      return new Decision(triage.evaluate(answers), false, List.of(), null);
    }
    List<String> lines = new ArrayList<>(problems);
    if (problems.isEmpty()) { // with problems, those come first; the rest follows
      lines.add(
          "not every question was answered, and nothing is taken as \"no\" unless you say so;"
              + " missing ("
              + missing.size()
              + "): "
              + String.join(", ", missing));
      lines.add(
          fromOptions
              ? "answer each with --answer ID=VALUE or in the --answers file (backcare triage"
                  + " --list shows every question)"
              : "give one answer a line on standard input, in the order of backcare triage --list");
    }
    return new Decision(null, false, List.copyOf(lines), triage.evaluateSoFar(answers));
  }
}
