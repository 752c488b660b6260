package backcare.triage;

import backcare.routine.Condition;
import backcare.text.Digits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One screening question (questions.yaml). The id is a public contract that scripts use.
 *
 * @param id stable id, e.g. "bladder"
 * @param type yes-no or number
 * @param text the full question, in a patient's words
 * @param shortText the same thing as a list item, for group questions and summaries
 * @param help the short "why we ask" shown on {@code ?}
 * @param alone the level a yes triggers on its own (for nerve questions: when not recent)
 * @param recent nerve questions only: the level a yes triggers when the symptom is recent; else
 *     null
 * @param reason why a yes matters, shown with the outcome
 * @param conditions conditions a yes sets for the routine filter
 * @param doctor true when a see-clinician outcome it triggers must say "a doctor"
 * @param action the id of the specific advice it calls for at its level (see TriageRules#actions),
 *     or null
 * @param desk the symptom in the words to say at the emergency desk, or null
 * @param askedWhen for a conditional question: when it is asked and what a missing answer means;
 *     else null
 * @param clearance true for the question that lets a clinician's clearance lower see-clinician and
 *     urgent
 * @param min smallest valid number (number questions only)
 * @param max largest valid number (number questions only)
 * @param ageNotes notes, or levels, for numbers in a range (age only)
 */
public record Question(
    String id,
    QuestionType type,
    String text,
    String shortText,
    String help,
    Level alone,
    Level recent,
    String reason,
    Set<Condition> conditions,
    boolean doctor,
    String action,
    String desk,
    AskedWhen askedWhen,
    boolean clearance,
    int min,
    int max,
    List<AgeNote> ageNotes) {

  /**
   * For a number in a range ({@code over} < n < {@code under}, either bound may be absent): a note,
   * or, with a level, a finding of that level whose reason is the text.
   */
  public record AgeNote(Integer over, Integer under, String text, Level level, boolean doctor) {
    public boolean applies(int age) {
      return (over == null || age > over) && (under == null || age < under);
    }
  }

  /**
   * When a conditional question is asked: when any of {@code anyYes} is yes, or when the outcome
   * would be one of {@code outcomeIn}. {@code unanswered} is what a missing answer means.
   */
  public record AskedWhen(List<String> anyYes, List<Level> outcomeIn, Answer unanswered) {}

  /** Asked only when its condition holds; may be left out of a script. */
  public boolean conditional() {
    return askedWhen != null;
  }

  /** Every question but the conditional ones must be answered (nothing is taken as "no"). */
  public boolean required() {
    return askedWhen == null;
  }

  /** The answer keys shown to the user. */
  public String keys() {
    return type == QuestionType.YES_NO ? "y/n" : "a number from " + min + " to " + max;
  }

  /**
   * Reads one typed or scripted answer: y/yes/n/no (and true/false) for yes-no questions, a whole
   * number within range for number questions.
   *
   * @throws InvalidAnswerException saying what would be right
   */
  public Answer parse(String raw) {
    String value =
        raw == null ? "" : raw.strip(); // not trim(): it would drop control characters unseen
    if (type == QuestionType.YES_NO) {
      Optional<Answer> answer = yesNo(value); // not orElseThrow(lambda): no call site to link
      if (answer.isEmpty())
        throw new InvalidAnswerException(
            describe(value) + " is not an answer to " + id + ": use yes or no (y/n)");
      return answer.get();
    }
    if (!Digits.upTo(value, 3)) { // [0-9]{1,3}
      throw new InvalidAnswerException(
          describe(value)
              + " is not an answer to "
              + id
              + ": use a whole number of years from "
              + min
              + " to "
              + max
              + ", e.g. 42");
    }
    int n = Integer.parseInt(value);
    if (n < min || n > max) {
      throw new InvalidAnswerException(
          n + " is out of range for " + id + ": use a whole number from " + min + " to " + max);
    }
    return Answer.number(n);
  }

  /** y/yes/true or n/no/false, in any case; anything else is empty (never guessed). */
  public static Optional<Answer> yesNo(String raw) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true" -> Optional.of(Answer.YES);
      case "n", "no", "false" -> Optional.of(Answer.NO);
      default -> Optional.empty();
    };
  }

  private static String describe(String value) {
    return value.isEmpty() ? "an empty answer" : "'" + value + "'";
  }

  /** A typed or scripted answer that does not fit the question; the message says what would. */
  public static final class InvalidAnswerException extends IllegalArgumentException {
    public InvalidAnswerException(String message) {
      super(message);
    }
  }
}
