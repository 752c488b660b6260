package backcare.cli;

import backcare.routine.Condition;
import backcare.routine.ConditionFilter;
import backcare.routine.Durations;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Plan;
import backcare.routine.Planner;
import backcare.routine.Routine;
import java.util.List;

/**
 * The figures of a built-in routine's plan (at scale 1, for the given conditions), computed from
 * the routine file as the command would run it: a test about a mechanism (the history, the gate,
 * the terminal) checks them exactly without pinning the content, so editing {@code
 * routines/quick.yaml} breaks only the tests about the content itself.
 */
final class Planned {
  final Plan plan;

  private Planned(Plan plan) {
    this.plan = plan;
  }

  /** The built-in routine {@code id} made safe for {@code conditions}, as `routine` would. */
  static Planned builtIn(String id, Condition... conditions) {
    Library library = LibraryLoader.builtIn();
    Routine routine = library.routines().get(id).routine();
    return new Planned(
        Planner.plan(
            ConditionFilter.apply(routine, List.of(conditions), library.exercises()), 1.0));
  }

  static Planned quick() {
    return builtIn("quick");
  }

  String title() {
    return plan.routine().title();
  }

  int steps() {
    return plan.stepCount();
  }

  int totalSeconds() {
    return plan.totalSeconds();
  }

  /** The total as the display says it, such as {@code 2m55s}. */
  String total() {
    return Durations.format(plan.totalSeconds());
  }

  /** The plan's first line, such as {@code Quick release: 4 steps, 2m55s}. */
  String heading() {
    return titleAndSteps() + ", " + total();
  }

  /** The start of the plan's first line, such as {@code Quick release: 4 steps}. */
  String titleAndSteps() {
    return title() + ": " + steps() + " steps";
  }

  /** The closing line of a whole run: {@code Done: 4 of 4 steps done in 2m55s.} */
  String done() {
    return "Done: " + steps() + " of " + steps() + " steps done in " + total() + ".";
  }

  /** The start of a closing line, such as {@code Stopped: 1 of 4 steps}. */
  String ended(String how, int stepsDone) {
    return how + ": " + stepsDone + " of " + steps() + " steps";
  }

  /** The planned second at which step {@code number} (1-based) ends, its last segment's end. */
  int endOfStep(int number) {
    int end = -1;
    for (var seg : plan.segments()) if (seg.step() == number) end = seg.endSecond();
    if (end < 0) throw new IllegalArgumentException("no step " + number + " in " + plan.routine());
    return end;
  }

  /** The planned second at which step {@code number} (1-based) starts, with its lead-in. */
  int startOfStep(int number) {
    return plan.segments().get(plan.firstSegmentOfStep(number - 1)).startSecond();
  }

  /** The line output's stamp at the plan's end, such as {@code [02:55]}. */
  String stampAtEnd() {
    return stamp(plan.totalSeconds());
  }

  /** A line output's stamp, such as {@code [02:55]}. */
  static String stamp(long seconds) {
    return "[" + Durations.clock(seconds) + "]";
  }
}
