package backcare.cli;

import backcare.triage.Level;
import backcare.triage.Question;
import backcare.triage.QuestionType;
import backcare.triage.TriageRules;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code backcare triage --list}: every question with its id, type and why we ask it. */
final class QuestionList {
  private QuestionList() {}

  static void print(TriageRules rules, boolean json, PrintWriter out) {
    if (json) {
      Json.print(
          out,
          rules.questions().stream()
              .map(
                  q -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", q.id());
                    m.put("text", q.text());
                    m.put("type", q.type().id());
                    m.put("help", q.help());
                    m.put("askedWhen", askedWhen(q));
                    m.put("unanswered", q.conditional() ? q.askedWhen().unanswered().text() : null);
                    return m;
                  })
              .toList());
      return;
    }
    out.println(
        "The questions of backcare triage, in the order answers are read from standard input:");
    for (Question q : rules.questions()) {
      out.println();
      out.println(
          q.id()
              + "  ("
              + (q.type() == QuestionType.YES_NO ? "yes/no" : "number")
              + (q.conditional()
                  ? "; a follow-up, asked only when "
                      + askedWhenWords(q)
                      + "; unanswered counts as "
                      + q.askedWhen().unanswered().text()
                  : "")
              + ")");
      out.println("  " + q.text());
      out.println("  Why we ask: " + q.help());
    }
    out.println();
    out.println(
        "Answer with --answer ID=VALUE (repeatable), --answers FILE, or one answer a line on standard input.");
    out.flush();
  }

  /**
   * A conditional question's condition for --list --json: {"anyYes": [...]} or {"outcomeIn":
   * [...]}; else null.
   */
  private static Map<String, Object> askedWhen(Question q) {
    if (!q.conditional()) return null;
    return q.askedWhen().anyYes().isEmpty()
        ? Map.of("outcomeIn", q.askedWhen().outcomeIn().stream().map(Level::id).toList())
        : Map.of("anyYes", q.askedWhen().anyYes());
  }

  private static String askedWhenWords(Question q) {
    return q.askedWhen().anyYes().isEmpty()
        ? "the outcome would be "
            + q.askedWhen().outcomeIn().stream().map(Level::id).collect(Collectors.joining(" or "))
        : (q.askedWhen().anyYes().size() == 1 ? "" : "one of ")
            + String.join(", ", q.askedWhen().anyYes())
            + " is yes";
  }
}
