package backcare.cli;

import backcare.routine.Condition;
import backcare.text.HumanWriter;
import backcare.text.Style;
import backcare.triage.Level;
import backcare.triage.Outcome;
import backcare.triage.Trigger;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints an {@link Outcome}: plain text for people, or the --json document for scripts. */
final class OutcomeReport {
  private OutcomeReport() {}

  /**
   * The headline first (red and bold for an emergency when colour is on; the plain words
   * "EMERGENCY:" either way), then what to do, the answers that mattered, conditions, notes, "not a
   * diagnosis", on self-care the footer, and last the cauda equina safety net. An urgent or
   * emergency headline is said again just before the safety net, so that the last screenful of even
   * a 40x12 terminal still shows what to do, however much came between.
   */
  static void printText(Outcome o, PrintWriter out, boolean color, boolean interactive) {
    out.println();
    HumanWriter.println(out, style(o.level()), o.headline(), color);
    for (String line : o.whatToDo()) out.println("  " + line);
    out.println();
    out.println("Your answers that matter:");
    if (o.triggered().isEmpty()) {
      out.println("  - You said no to every warning sign.");
    }
    for (Trigger t : o.triggered()) {
      out.println(
          "  - "
              + t.id()
              + " = "
              + t.answer()
              + ": "
              + t.reason()
              + (t.level() == o.level() ? "" : " [" + t.level().id() + "]"));
    }
    if (!o.unanswered().isEmpty()) {
      out.println(
          interactive
              ? "  The other questions were skipped: this is enough to decide."
              : "  Not answered, and not needed to decide this: "
                  + String.join(", ", o.unanswered()));
    }
    if (!o.conditions().isEmpty()) {
      out.println();
      out.println(
          "Conditions from your answers (a routine leaves out moves that are not safe for them):");
      for (Condition c : o.conditions()) out.println("  - " + c.id() + ": " + c.why());
    }
    if (!o.notes().isEmpty()) {
      out.println();
      out.println("Notes:");
      for (String n : o.notes()) out.println("  - " + n);
    }
    out.println();
    out.println(o.notADiagnosis());
    for (String line : o.footer()) out.println(line);
    if (o.level().isMoreUrgentThan(Level.SEE_CLINICIAN)) {
      out.println();
      HumanWriter.println(out, style(o.level()), o.headline(), color);
    }
    for (String line : o.safetyNet()) out.println(line);
    out.flush();
  }

  static Style style(Level level) {
    return switch (level) {
      case EMERGENCY -> Style.RED_BOLD;
      case URGENT -> Style.YELLOW_BOLD;
      default -> Style.BOLD;
    };
  }

  /** The --json document: outcome, exitCode, triggered, advice, conditions, notes, unanswered. */
  static Map<String, Object> json(Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", o.level().id());
    m.put("exitCode", o.exitCode());
    List<Map<String, Object>> triggered = new ArrayList<>(); // a loop: no call site to link
    for (Trigger t : o.triggered()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", t.id());
      e.put("answer", t.answer());
      e.put("reason", t.reason());
      e.put("level", t.level().id());
      triggered.add(e);
    }
    m.put("triggered", Collections.unmodifiableList(triggered));
    m.put("advice", o.advice());
    m.put("conditions", Condition.ids(o.conditions()));
    m.put("notes", o.notes());
    m.put("unanswered", List.copyOf(o.unanswered()));
    return m;
  }
}
