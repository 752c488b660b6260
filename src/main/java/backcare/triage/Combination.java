package backcare.triage;

import java.util.List;

/**
 * A combination rule of triage.md: "if {@code when} is yes and any of {@code withAnyOf} is yes or
 * any of {@code numberTests} holds, then {@code level}" ({@code note} instead of a level adds a
 * note only).
 *
 * @param recent null for any time; true only when the nerve symptoms are recent; false only when
 *     not
 * @param action the specific advice it calls for at its level, or null
 */
public record Combination(
    String when,
    List<String> withAnyOf,
    List<NumberTest> numberTests,
    Boolean recent,
    Level level,
    String reason,
    String action,
    String note) {

  /** "age>=50" or "age<50": a number answer compared with a bound. */
  public record NumberTest(String id, boolean atLeast, int bound) {
    public boolean holds(int value) {
      return atLeast ? value >= bound : value < bound;
    }

    @Override
    public String toString() {
      return id + (atLeast ? ">=" : "<") + bound;
    }
  }
}
