package backcare;

import java.util.List;

/**
 * Input the user can fix: a bad file, a bad value, an unknown id. The message says what was wrong,
 * where, and what would be right; the command line turns it into exit code 2 without a stack trace.
 */
public class BadInputException extends RuntimeException {
  private final List<String> problems;

  public BadInputException(String problem) {
    this(List.of(problem));
  }

  public BadInputException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, one line each, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
