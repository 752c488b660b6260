package backcare.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What kind of answer a question takes. */
public enum QuestionType {
  YES_NO("yes-no"),
  NUMBER("number");

  private final String id;

  QuestionType(String id) {
    this.id = id;
  }

  /** The id shown by {@code triage --list --json} and used in questions.yaml. */
  public String id() {
    return id;
  }

  public static Optional<QuestionType> byId(String id) {
    for (QuestionType t : values()) if (t.id.equals(id)) return Optional.of(t);
    return Optional.empty();
  }

  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (QuestionType t : values()) ids.add(t.id);
    return List.copyOf(ids);
  }

  @Override
  public String toString() {
    return id;
  }
}
