package backcare.triage;

import java.util.Arrays;
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
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(QuestionType::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
