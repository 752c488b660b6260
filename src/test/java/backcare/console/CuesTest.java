package backcare.console;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Plan;
import backcare.routine.Side;
import backcare.session.FakeClock;
import backcare.session.RoutineRunner;
import backcare.session.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {
  private static final long S = 1_000_000_000L;
  private final FakeClock clock = new FakeClock();

  private Recorder run(Plan plan, boolean ticks) {
    Recorder r = new Recorder(clock);
    new RoutineRunner(clock, backcare.session.Controls.none(clock), new Cues(r, r), ticks ? S : 0)
        .run(plan);
    return r;
  }

  @Test
  void aChimeAtEachChangeAndThreeTicksBeforeEachHoldEnds() {
    // lead-in 0-5, left 5-15, switch 15-20, right 20-30
    Recorder r = run(TestPlans.plan(TestPlans.hold("Knee to chest", 10, 1, Side.BOTH, 5, 5)), true);
    assertThat(r.times("change")).containsExactly(0.0, 5.0, 15.0, 20.0, 30.0);
    assertThat(r.times("tick")).containsExactly(12.0, 13.0, 14.0, 27.0, 28.0, 29.0);
  }

  @Test
  void theVoiceNamesTheStepTheSideTheSwitchHalfWayAndDone() {
    Plan plan =
        TestPlans.plan(
            TestPlans.hold("Knee to chest", 10, 1, Side.BOTH, 5, 5),
            TestPlans.hold("Child pose", 40, 2, Side.NONE, 5, 0));
    Recorder r = run(plan, true);
    assertThat(r.spoken())
        .containsExactly(
            "Knee to chest",
            "left side",
            "switch sides",
            "right side",
            "Child pose, hold",
            "half way",
            "rest",
            "hold",
            "half way",
            "done");
    assertThat(r.entries)
        .contains(new Recorder.Entry(50.0, "say half way")); // 30 + 20 of a 40 s hold
  }

  @Test
  void noTicksForAHoldOfThreeSecondsOrLessAtItsStart() {
    Recorder r = run(TestPlans.plan(TestPlans.hold("Short", 3, 1, Side.NONE, 0, 0)), true);
    assertThat(r.times("tick")).containsExactly(1.0, 2.0);
  }

  @Test
  void phrasesForEachKindOfSegment() {
    Plan plan = TestPlans.plan(TestPlans.hold("Bridge", 10, 2, Side.LEFT, 5, 0));
    List<String> said =
        plan.segments().stream().map(s -> Cues.phrase(s, s == plan.segments().get(0))).toList();
    assertThat(said).containsExactly("Bridge, left side", "rest", "left side");
  }
}
