package backcare.triage;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.routine.Condition;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;

/**
 * What follows a self-care screen: the hand-over to a routine made safe for the screen's
 * conditions, the one --routine names, or else the one for the time of day ({@code preset}): taken
 * as it is from a script, offered first in the menu at a terminal.
 */
public final class SelfCareHandover {
  private SelfCareHandover() {}

  /** --routine ID, when given, must be a routine the hand-over can run. */
  public static void checkRoutine(RoutineHandover handover, String routine) {
    if (routine != null && !handover.routineIds().contains(routine)) {
      throw new BadInputException(
          "--routine "
              + routine
              + ": unknown routine"
              + Suggest.hint(routine, handover.routineIds())
              + " (one of "
              + String.join(", ", handover.routineIds())
              + ")");
    }
  }

  /** From a script: says which routine and why, then hands over; the routine's exit code. */
  public static int scripted(
      RoutineHandover handover,
      String routine,
      String preset,
      Set<Condition> conditions,
      PrintWriter out) {
    String id = routine != null ? routine : preset;
    out.println();
    out.println(
        "Routine: "
            + id
            + (routine != null
                ? ""
                : " (the one for this time of day; choose another with --routine ID, or stop here"
                    + " with --no-routine)"));
    out.flush();
    return handover.run(id, conditions, out);
  }

  /**
   * At a terminal: --routine's routine, or the one chosen in the menu, is handed over to after the
   * prompter is closed (the routine opens the terminal its own way); none chosen says how to run
   * one later, and is 0. {@code width}: the terminal's, for the menu.
   */
  public static int atTerminal(
      RoutineHandover handover,
      String routine,
      String preset,
      Set<Condition> conditions,
      Prompter prompter,
      PrintWriter out,
      int width) {
    String id = routine;
    if (id == null) {
      Optional<String> chosen =
          RoutineMenu.choose(handover.routineIds(), preset, conditions, prompter, out, width);
      if (chosen.isEmpty()) {
        out.println(
            "No routine now. When you are ready: " + RoutineHandover.command(preset, conditions));
        out.flush();
        return 0;
      }
      id = chosen.get();
    }
    prompter.close();
    return handover.run(id, conditions, out);
  }
}
