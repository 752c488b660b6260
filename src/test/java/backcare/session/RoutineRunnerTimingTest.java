package backcare.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.routine.Plan;
import backcare.routine.Segment;
import backcare.routine.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The runner's deadlines as the terminal uses them: ticks on whole seconds, pauses, skips while
 * paused, failures.
 */
class RoutineRunnerTimingTest {
  private static final long S = 1_000_000_000L;
  private final FakeClock clock =
      new FakeClock(777_123_456_789L); // an odd start: nothing may assume round numbers
  private final long start = clock.nanoTime();

  /** Controls pressed at given seconds from the start. */
  private Controls keys(Object... timesAndControls) {
    TreeMap<Long, Control> script = new TreeMap<>();
    for (int i = 0; i < timesAndControls.length; i += 2) {
      script.put(
          start + Math.round(((Number) timesAndControls[i]).doubleValue() * S),
          (Control) timesAndControls[i + 1]);
    }
    return deadline -> {
      var next = script.firstEntry();
      if (next != null && next.getKey() <= deadline) {
        script.pollFirstEntry();
        clock.sleepUntil(next.getKey());
        return next.getValue();
      }
      if (deadline == Long.MAX_VALUE)
        throw new AssertionError("paused with nothing left to resume it");
      clock.sleepUntil(deadline);
      return null;
    };
  }

  /** What the listener heard, as "at-seconds event" lines. */
  private final class Log implements RunListener {
    final List<String> lines = new ArrayList<>();

    private String t() {
      return String.format("%.2f", (clock.nanoTime() - start) / (double) S);
    }

    @Override
    public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
      lines.add(t() + " start " + segment.kind().id() + " " + segment.sideId());
    }

    @Override
    public void tick(Plan plan, int index, Segment segment, long left, long totalLeft) {
      lines.add(t() + " tick " + String.format("%.2f", left / (double) S));
    }

    @Override
    public void paused(Plan plan, int index, Segment segment, long left) {
      lines.add(t() + " paused " + String.format("%.2f", left / (double) S));
    }

    @Override
    public void resumed(Plan plan, int index, Segment segment) {
      lines.add(t() + " resumed");
    }

    @Override
    public void finished(Plan plan, Summary summary) {
      lines.add(t() + " finished " + summary.ending());
    }
  }

  @Test
  void ticksComeExactlyWhenTheWholeSecondsLeftChangeAndAPauseResumesWhereItStopped() {
    Plan plan = TestPlans.plan(TestPlans.hold("Knee hug", 5, 1, Side.NONE, 0, 0));
    Log log = new Log();
    Summary s =
        new RoutineRunner(clock, keys(2.5, Control.PAUSE, 6.5, Control.PAUSE), log, S).run(plan);

    assertThat(log.lines)
        .containsExactly(
            "0.00 start hold null",
            "0.00 tick 5.00",
            "1.00 tick 4.00",
            "2.00 tick 3.00",
            "2.50 paused 2.50",
            "6.50 resumed",
            "6.50 tick 2.50",
            "7.00 tick 2.00",
            "8.00 tick 1.00",
            "9.00 finished done");
    assertThat(s.pausedSeconds()).isEqualTo(4.0);
    assertThat(s.activeSeconds()).isEqualTo(5.0);
    assertThat(s.stepsDone()).containsExactly(1);
  }

  @Test
  void aSlowTickStillLandsOnTheNextWholeSecond() {
    assertThat(RoutineRunner.nextWholeSecond(0, 9_300_000_000L)).isEqualTo(300_000_000L);
    assertThat(RoutineRunner.nextWholeSecond(0, 9 * S)).isEqualTo(S);
    assertThat(RoutineRunner.nextWholeSecond(0, 1)).isEqualTo(1);
  }

  @Test
  void aPauseMovesEveryLaterDeadlineByItsLength() {
    Plan plan =
        TestPlans.plan(TestPlans.hold("Knee hug", 10, 2, Side.NONE, 5, 0)); // hold, rest, hold
    Log log = new Log();
    new RoutineRunner(clock, keys(3, Control.PAUSE, 33, Control.PAUSE), log, 0).run(plan);
    assertThat(log.lines)
        .containsExactly(
            "0.00 start hold null",
            "3.00 paused 7.00",
            "33.00 resumed",
            "40.00 start rest null",
            "45.00 start hold null",
            "55.00 finished done");
  }

  @Test
  void nextWhilePausedEndsThePauseAndMovesOn() {
    Plan plan =
        TestPlans.plan(
            TestPlans.hold("First", 10, 1, Side.NONE, 0, 0),
            TestPlans.hold("Second", 10, 1, Side.NONE, 0, 0));
    Log log = new Log();
    Summary s = new RoutineRunner(clock, keys(4, Control.PAUSE, 9, Control.NEXT), log, 0).run(plan);
    assertThat(log.lines)
        .containsExactly(
            "0.00 start hold null",
            "4.00 paused 6.00",
            "9.00 resumed",
            "9.00 start hold null",
            "19.00 finished done");
    assertThat(s.pausedSeconds()).isEqualTo(5.0);
    assertThat(s.stepsSkipped()).containsExactly(1);
    assertThat(s.stepsDone()).containsExactly(2);
  }

  @Test
  void quitWhilePausedEndsAtOnce() {
    Plan plan = TestPlans.plan(TestPlans.hold("First", 10, 1, Side.NONE, 0, 0));
    Summary s =
        new RoutineRunner(clock, keys(4, Control.PAUSE, 9, Control.HURT), new Log(), 0).run(plan);
    assertThat(s.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(s.activeSeconds()).isEqualTo(4.0);
    assertThat(s.pausedSeconds()).isEqualTo(5.0);
  }

  @Test
  void anErrorStillTellsTheDisplayTheEndAndCarriesTheSummary() {
    Plan plan =
        TestPlans.plan(
            TestPlans.hold("First", 10, 1, Side.NONE, 0, 0),
            TestPlans.hold("Second", 10, 1, Side.NONE, 0, 0));
    List<Summary> finished = new ArrayList<>();
    RunListener broken =
        new RunListener() {
          @Override
          public void tick(Plan p, int i, Segment seg, long left, long total) {
            if (seg.stepIndex() == 1 && left <= 7 * S)
              throw new IllegalStateException("display bug");
          }

          @Override
          public void finished(Plan p, Summary summary) {
            finished.add(summary);
          }
        };
    assertThatThrownBy(() -> new RoutineRunner(clock, keys(), broken, S).run(plan))
        .isInstanceOf(RunFailure.class)
        .hasMessage("display bug")
        .satisfies(
            e -> {
              Summary s = ((RunFailure) e).summary();
              assertThat(s.stepsDone()).containsExactly(1);
              assertThat(s.activeSeconds()).isEqualTo(13.0);
              assertThat(finished).containsExactly(s);
            });
  }
}
