package backcare.session;

import backcare.routine.Exercise;
import backcare.routine.Plan;
import backcare.routine.Planner;
import backcare.routine.Routine;
import backcare.routine.Side;
import backcare.routine.Step;
import java.util.List;
import java.util.Set;

/** Small plans built by hand, with timings a test can count on. */
public final class TestPlans {
  private TestPlans() {}

  public static Exercise exercise(String name) {
    return new Exercise(
        name.toLowerCase().replace(' ', '-'),
        name,
        "Lying on your back",
        List.of("Lie down.", "Hug one knee gently toward the chest."),
        List.of("Breathe slowly."),
        15,
        0,
        1,
        Side.NONE,
        0,
        0,
        List.of("Stop if it hurts."),
        Set.of(),
        List.of());
  }

  /**
   * A step holding {@code hold} seconds, {@code reps} times, on {@code sides}, with rest and
   * lead-in.
   */
  public static Step hold(String name, int hold, int reps, Side sides, int rest, int leadIn) {
    return new Step(exercise(name), hold, 0, reps, sides, rest, leadIn, null, null);
  }

  public static Plan plan(Step... steps) {
    return Planner.plan(new Routine("test", "Test routine", "For tests.", List.of(steps), "test"));
  }
}
