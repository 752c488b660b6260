package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    static Exercise exercise(String id, int hold, int flow, int limit, String... tags) {
        return new Exercise(id, id, "lying", List.of("do it"), List.of(), hold, flow, 1, Side.NONE, 5, limit,
                List.of(), Set.of(tags), List.of());
    }

    static Routine routine(Step... steps) {
        return new Routine("r", "R", "d", List.of(steps), "test");
    }

    @Test
    void sidesTimesRepsWithSwitchesAndRests() {
        Step s = new Step(exercise("k", 20, 0, 0), 20, 0, 2, Side.BOTH, 5, 5, null, null);
        Plan p = Planner.plan(routine(s));
        assertThat(p.segments()).extracting(seg -> seg.kind().id() + ":" + seg.side().id() + ":" + seg.rep()
                        + ":" + seg.seconds() + "@" + seg.startSecond())
                .containsExactly("lead-in:none:0:5@0", "hold:left:1:20@5", "switch:right:1:5@25",
                        "hold:right:1:20@30", "rest:left:2:5@50", "hold:left:2:20@55", "switch:right:2:5@75",
                        "hold:right:2:20@80");
        // lead-in + 4 holds + 3 gaps
        assertThat(p.totalSeconds()).isEqualTo(5 + 4 * 20 + 3 * 5).isEqualTo(100);
    }

    @Test
    void flowStepsAndNoLeadInOrRest() {
        Step flow = new Step(exercise("cc", 0, 60, 0), 0, 60, 1, Side.NONE, 0, 0, null, null);
        Step reps = new Step(exercise("pt", 5, 0, 0), 5, 0, 3, Side.NONE, 0, 0, null, null);
        Plan p = Planner.plan(routine(flow, reps));
        assertThat(p.segments()).extracting(seg -> seg.kind().id())
                .containsExactly("flow", "hold", "hold", "hold");
        assertThat(p.totalSeconds()).isEqualTo(75);
        assertThat(p.segments().get(3).startSecond()).isEqualTo(70);
    }

    @Test
    void scaleMultipliesHoldsAndFlowsButNotRestsOrLeadIns() {
        Step s = new Step(exercise("k", 20, 0, 0), 20, 0, 2, Side.NONE, 10, 5, null, null);
        Plan p = Planner.plan(routine(s), 1.5, List.of());
        assertThat(p.segments()).extracting(Segment::seconds).containsExactly(5, 30, 10, 30);
        assertThat(p.totalSeconds()).isEqualTo(75);
        Plan half = Planner.plan(routine(s), 0.5, List.of());
        assertThat(half.segments()).extracting(Segment::seconds).containsExactly(5, 10, 10, 10);
    }

    @Test
    void scaleNeverTakesAHoldPastItsSafeLimit() {
        Step heat = new Step(exercise("heat", 15 * 60, 0, 20 * 60), 15 * 60, 0, 1, Side.NONE, 0, 5, null, null);
        Plan p = Planner.plan(routine(heat), 3.0, List.of());
        assertThat(p.segments().get(1).seconds()).isEqualTo(20 * 60);
        assertThat(p.capped()).singleElement().asString().contains("20m");
    }
}
