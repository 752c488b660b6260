package backcare.triage;

import backcare.routine.Condition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One screening question (questions.yaml). The id is a public contract that scripts use.
 *
 * @param id         stable id, e.g. "bladder"
 * @param type       yes-no or number
 * @param text       the full question, in a patient's words
 * @param shortText  the same thing as a list item, for group questions and summaries
 * @param help       the short "why we ask" shown on {@code ?}
 * @param alone      the level a yes triggers on its own
 * @param reason     why a yes matters, shown with the outcome
 * @param conditions conditions a yes sets for the routine filter
 * @param clearance  true for the question that lets a clinician's clearance lower see-clinician
 * @param min        smallest valid number (number questions only)
 * @param max        largest valid number (number questions only)
 * @param ageNotes   notes shown for numbers over or under a threshold (age only)
 */
public record Question(String id, QuestionType type, String text, String shortText, String help,
                       Level alone, String reason, Set<Condition> conditions, boolean clearance,
                       int min, int max, List<AgeNote> ageNotes) {

    /** A note (never a block) for an age over or under a threshold. */
    public record AgeNote(Integer over, Integer under, String text) {
        public boolean applies(int age) {
            return (over != null && age > over) || (under != null && age < under);
        }
    }

    /** Only the clearance question may be left unanswered (it then counts as no). */
    public boolean required() { return !clearance; }

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
        String value = raw == null ? "" : raw.trim();
        if (type == QuestionType.YES_NO) {
            return yesNo(value).orElseThrow(() -> new InvalidAnswerException(
                    describe(value) + " is not an answer to " + id + ": use yes or no (y/n)"));
        }
        if (!value.matches("[0-9]{1,3}")) {
            throw new InvalidAnswerException(describe(value) + " is not an answer to " + id
                    + ": use a whole number of years from " + min + " to " + max + ", e.g. 42");
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new InvalidAnswerException(n + " is out of range for " + id
                    + ": use a whole number from " + min + " to " + max);
        }
        return Answer.number(n);
    }

    /** y/yes/true or n/no/false, in any case; anything else is empty (never guessed). */
    public static Optional<Answer> yesNo(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
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
        public InvalidAnswerException(String message) { super(message); }
    }
}
