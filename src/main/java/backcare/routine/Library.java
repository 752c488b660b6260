package backcare.routine;

import java.util.List;
import java.util.Map;

/**
 * Everything a command can run: the exercise library, the routines by id (built-in and the user's),
 * the safety text, and warnings about user files that could not be used.
 */
public record Library(
    Map<String, Exercise> exercises,
    Map<String, Entry> routines,
    SafetyText safety,
    List<String> warnings) {

  /** A routine and where it came from; a user routine may replace a built-in one of the same id. */
  public record Entry(Routine routine, boolean user, boolean replacesBuiltIn, String file) {}
}
