package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  static Exercise exercise(String id, int hold, int flow, int limit, String... tags) {
    return new Exercise(
        id,
        id,
        "lying",
        List.of("do it"),
        List.of(),
        hold,
        flow,
        1,
        Side.NONE,
        5,
        limit,
        List.of(),
        Set.of(tags),
        List.of());
  }

  static Routine routine(Step... steps) {
    return new Routine("r", "R", "d", List.of(steps), "test");
  }

  @Test
  void sidesTimesRepsWithSwitchesAndRests() {
    Step s = new Step(exercise("k", 20, 0, 0), 20, 0, 2, Side.BOTH, 5, 5, null, null);
    Plan p = Planner.plan(routine(s));
    assertThat(p.segments())
        .extracting(
            seg ->
                seg.kind().id()
                    + ":"
                    + seg.side().id()
                    + ":"
                    + seg.rep()
                    + ":"
                    + seg.seconds()
                    + "@"
                    + seg.startSecond())
        .containsExactly(
            "lead-in:none:0:5@0",
            "hold:left:1:20@5",
            "switch:right:1:5@25",
            "hold:right:1:20@30",
            "rest:left:2:5@50",
            "hold:left:2:20@55",
            "switch:right:2:5@75",
            "hold:right:2:20@80");
    // lead-in + 4 holds + 3 gaps
    assertThat(p.totalSeconds()).isEqualTo(5 + 4 * 20 + 3 * 5).isEqualTo(100);
  }

  @Test
  void flowStepsAndNoLeadInOrRest() {
    Step flow = new Step(exercise("cc", 0, 60, 0), 0, 60, 1, Side.NONE, 0, 0, null, null);
    Step reps = new Step(exercise("pt", 5, 0, 0), 5, 0, 3, Side.NONE, 0, 0, null, null);
    Plan p = Planner.plan(routine(flow, reps));
    assertThat(p.segments())
        .extracting(seg -> seg.kind().id())
        .containsExactly("flow", "hold", "hold", "hold");
    assertThat(p.totalSeconds()).isEqualTo(75);
    assertThat(p.segments().get(3).startSecond()).isEqualTo(70);
  }

  @Test
  void scaleMultipliesHoldsAndFlowsButNotRestsOrLeadIns() {
    Step s = new Step(exercise("k", 20, 0, 0), 20, 0, 2, Side.NONE, 10, 5, null, null);
    Plan p = Planner.plan(routine(s), 1.5, List.of(), List.of());
    assertThat(p.segments()).extracting(Segment::seconds).containsExactly(5, 30, 10, 30);
    assertThat(p.totalSeconds()).isEqualTo(75);
    Plan half = Planner.plan(routine(s), 0.5, List.of(), List.of());
    assertThat(half.segments()).extracting(Segment::seconds).containsExactly(5, 10, 10, 10);
  }

  @Test
  void scaleNeverTakesAHoldPastItsSafeLimit() {
    Step heat =
        new Step(exercise("heat", 15 * 60, 0, 20 * 60), 15 * 60, 0, 1, Side.NONE, 0, 5, null, null);
    Plan p = Planner.plan(routine(heat), 3.0, List.of(), List.of());
    assertThat(p.segments().get(1).seconds()).isEqualTo(20 * 60);
    assertThat(p.capped()).singleElement().asString().contains("20m");
  }

  static Exercise pack(String id, String therapy) {
    return new Exercise(
        id,
        id,
        "sitting",
        List.of("put it on"),
        List.of(),
        60,
        0,
        1,
        Side.NONE,
        0,
        20 * 60,
        List.of(),
        Set.of(),
        List.of(),
        therapy,
        30,
        "Get it ready");
  }

  /**
   * content.md v2: at most 20 minutes of heat, and of cold, in one routine, whatever --scale says.
   */
  @Test
  void scaleNeverTakesHeatOrColdPastTwentyMinutesInOneRoutine() {
    Step heatA = new Step(pack("heat", "heat"), 10 * 60, 0, 1, Side.NONE, 0, 30, null, null);
    Step heatB = new Step(pack("warm-towel", "heat"), 4 * 60, 0, 2, Side.NONE, 0, 30, null, null);
    Step cold = new Step(pack("cold", "cold"), 5 * 60, 0, 1, Side.NONE, 0, 30, null, null);
    Plan unscaled = Planner.plan(routine(heatA, heatB, cold));
    assertThat(Planner.therapySeconds(unscaled.routine().steps(), new int[] {600, 240, 300}))
        .containsEntry("heat", 18 * 60)
        .containsEntry("cold", 5 * 60);
    assertThat(unscaled.capped()).isEmpty();

    Plan p = Planner.plan(routine(heatA, heatB, cold), 3.0, List.of(), List.of());
    int heat =
        p.segments().stream()
            .filter(s -> s.isWork() && "heat".equals(s.exerciseRef().therapy()))
            .mapToInt(Segment::seconds)
            .sum();
    int coldSeconds =
        p.segments().stream()
            .filter(s -> s.isWork() && "cold".equals(s.exerciseRef().therapy()))
            .mapToInt(Segment::seconds)
            .sum();
    assertThat(heat).isLessThanOrEqualTo(20 * 60).isGreaterThan(19 * 60);
    assertThat(coldSeconds).isEqualTo(15 * 60);
    assertThat(p.capped()).contains("Heat held to 20m in all, the most in one routine");
  }
}
