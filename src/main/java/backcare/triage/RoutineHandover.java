package backcare.triage;

import backcare.routine.Condition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the screen hands over to a stretching routine on self-care. The triage command implements
 * it by running {@code backcare routine} as a user would; {@link #printNextStep()} only says which
 * command to run.
 */
public interface RoutineHandover {

  /**
   * Runs the routine, made safe for the conditions, and returns the exit code (0 when done, 130
   * when stopped with Ctrl-C).
   */
  int run(String routineId, Set<Condition> conditions, PrintWriter out);

  /** The routines the user can choose from, in the order offered. */
  default List<String> routineIds() {
    return List.of("morning", "desk", "evening", "quick", "warm-up", "gentle");
  }

  /** Prints "Next: backcare routine ID --condition X ..." and returns 0. */
  static RoutineHandover printNextStep() {
    return (routineId, conditions, out) -> {
      out.println("Next: " + command(routineId, conditions));
      out.flush();
      return 0;
    };
  }

  /** The command line that runs the routine with the conditions applied. */
  static String command(String routineId, Set<Condition> conditions) {
    return "backcare routine "
        + routineId
        + conditions.stream().map(c -> " --condition " + c.id()).collect(Collectors.joining());
  }
}
