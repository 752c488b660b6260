package backcare.triage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: answer sets built from the packaged questions. */
final class Answers {
  static final TriageRules RULES = TriageRules.load();

  private Answers() {}

  /** Every required question answered: no to each yes-no question, age 40. */
  static Map<String, Answer> allNo() {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (Question q : RULES.questions()) {
      if (!q.required()) continue;
      m.put(q.id(), q.type() == QuestionType.NUMBER ? Answer.number(40) : Answer.NO);
    }
    return m;
  }

  /** All no except the given ids, which are yes. */
  static Map<String, Answer> yesTo(String... ids) {
    Map<String, Answer> m = allNo();
    for (String id : ids) {
      if (!RULES.question(id).isPresent()) throw new IllegalArgumentException("no question " + id);
      m.put(id, Answer.YES);
    }
    return m;
  }
}
