package backcare.session;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Durations;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Plan;
import backcare.routine.Planner;
import backcare.routine.Segment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutineRunnerTest {
  static Library library;
  static final long S = 1_000_000_000L;

  @BeforeAll
  static void load() {
    library = LibraryLoader.builtIn();
  }

  static Plan plan(String id) {
    return Planner.plan(library.routines().get(id).routine());
  }

  /** Records, for every segment start, the clock reading relative to the start. */
  static final class Timeline implements RunListener {
    final FakeClock clock;
    final long start;
    final List<String> events = new ArrayList<>();
    Summary summary;

    Timeline(FakeClock clock) {
      this.clock = clock;
      this.start = clock.nanoTime();
    }

    @Override
    public void segmentStarted(Plan plan, int index, Segment s, boolean stepStart) {
      events.add(
          (clock.nanoTime() - start) / (double) S + " " + s.kind().id() + " step" + s.step());
    }

    @Override
    public void finished(Plan plan, Summary summary) {
      this.summary = summary;
    }
  }

  @Test
  void everySegmentStartsExactlyAtItsPlannedSecond() {
    FakeClock clock = new FakeClock();
    Plan plan = plan("morning");
    Timeline t = new Timeline(clock);
    new RoutineRunner(clock, Controls.none(clock), t, 250_000_000L).run(plan);
    List<String> expected =
        plan.segments().stream()
            .map(s -> (double) s.startSecond() + " " + s.kind().id() + " step" + s.step())
            .toList();
    assertThat(t.events).containsExactlyElementsOf(expected);
    assertThat(clock.nanoTime() - t.start).isEqualTo(plan.totalSeconds() * S);
    assertThat(t.summary.ending()).isEqualTo(Ending.DONE);
    assertThat(t.summary.stepsDone()).hasSize(plan.stepCount());
    assertThat(t.summary.activeSeconds()).isEqualTo(plan.totalSeconds());
  }

  @Test
  void lineOutputStampsEachLineWithThePlannedTimeAndPrintsItThen() {
    FakeClock clock = new FakeClock();
    long start = clock.nanoTime();
    Plan plan = plan("quick");
    List<long[]> printed = new ArrayList<>(); // {stamp seconds, clock seconds}
    Pattern stamp = Pattern.compile("^\\[(\\d\\d):(\\d\\d)\\] ");
    StringWriter all = new StringWriter();
    PrintWriter out =
        new PrintWriter(
            new java.io.Writer() {
              @Override
              public void write(char[] b, int off, int len) {
                String s = new String(b, off, len);
                all.write(s);
                Matcher m = stamp.matcher(s);
                if (m.find())
                  printed.add(
                      new long[] {
                        Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2)),
                        (clock.nanoTime() - start) / S
                      });
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    new RoutineRunner(
            clock, Controls.none(clock), new LineOutput(out, library.safety(), List.of()), 0)
        .run(plan);
    assertThat(printed).isNotEmpty().allSatisfy(p -> assertThat(p[1]).isEqualTo(p[0]));
    String text = all.toString();
    assertThat(text.lines()).allSatisfy(l -> assertThat(l).matches("\\[\\d\\d:\\d\\d\\] .*"));
    assertThat(text)
        .contains("[00:00] Before you start:")
        .contains("[00:00] Step 1 of " + plan.stepCount())
        .contains("Switch sides")
        .contains(
            "["
                + Durations.clock(plan.totalSeconds())
                + "] Done: "
                + plan.stepCount()
                + " of "
                + plan.stepCount()
                + " steps done in "
                + Durations.format(plan.totalSeconds())
                + ".");
  }

  @Test
  void pauseStopsTheClockAndTheHoldResumesWhereItStopped() {
    FakeClock clock = new FakeClock();
    Plan plan = plan("quick");
    Timeline t = new Timeline(clock);
    // pause 7 s into the first hold (quick's first segments: lead-in, hold, switch) for 30 s
    Segment hold = plan.segments().get(1);
    assertThat(hold.kind()).isEqualTo(Segment.Kind.HOLD);
    int pauseAt = hold.startSecond() + 7;
    ScriptedControls keys =
        new ScriptedControls(clock).at(pauseAt, Control.PAUSE).at(pauseAt + 30, Control.PAUSE);
    new RoutineRunner(clock, keys, t, 0).run(plan);
    assertThat(t.events.get(2))
        .startsWith((hold.endSecond() + 30) + ".0 "); // the next segment, moved by the pause
    assertThat(t.summary.pausedSeconds()).isEqualTo(30.0);
    assertThat(t.summary.activeSeconds()).isEqualTo(plan.totalSeconds());
    assertThat(clock.nanoTime() - t.start).isEqualTo((plan.totalSeconds() + 30) * S);
  }

  @Test
  void nextSkipsTheStepAndPreviousRestartsIt() {
    FakeClock clock = new FakeClock();
    Plan plan = plan("quick");
    Timeline t = new Timeline(clock);
    int step2 = plan.segments().get(plan.firstSegmentOfStep(1)).startSecond();
    ScriptedControls keys =
        new ScriptedControls(clock)
            .at(10, Control.NEXT) // skip step 1 ten seconds in
            .at(20, Control.PREVIOUS); // 10 s into step 2: restart step 2
    new RoutineRunner(clock, keys, t, 0).run(plan);
    assertThat(t.events).contains("10.0 lead-in step2", "20.0 lead-in step2");
    assertThat(t.summary.stepsSkipped()).containsExactly(1);
    assertThat(t.summary.stepsDone())
        .containsExactlyElementsOf(IntStream.rangeClosed(2, plan.stepCount()).boxed().toList());
    long expectedEnd = 20 + (plan.totalSeconds() - step2);
    assertThat(clock.nanoTime() - t.start).isEqualTo(expectedEnd * S);
  }

  @Test
  void hurtEndsAtOnceAndSaysWhatToDo() {
    FakeClock clock = new FakeClock();
    Plan plan = plan("quick");
    StringWriter sw = new StringWriter();
    ScriptedControls keys = new ScriptedControls(clock).at(30, Control.HURT);
    Summary s =
        new RoutineRunner(
                clock, keys, new LineOutput(new PrintWriter(sw), library.safety(), List.of()), 0)
            .run(plan);
    assertThat(s.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(s.activeSeconds()).isEqualTo(30.0);
    assertThat(sw.toString())
        .contains("[00:30] Stopped because it hurt")
        .contains("backcare triage");
  }

  @Test
  void quitEndsWithTheSummary() {
    FakeClock clock = new FakeClock();
    Timeline t = new Timeline(clock);
    Plan plan = plan("quick");
    // ten seconds into step 2: step 1 is done
    int quitAt = plan.segments().get(plan.firstSegmentOfStep(1)).startSecond() + 10;
    Summary s =
        new RoutineRunner(clock, new ScriptedControls(clock).at(quitAt, Control.QUIT), t, 0)
            .run(plan);
    assertThat(s.ending()).isEqualTo(Ending.QUIT);
    assertThat(s.stepsDone()).containsExactly(1);
    assertThat(Describe.summary(s))
        .isEqualTo(
            "Stopped: 1 of "
                + plan.stepCount()
                + " steps done in "
                + Durations.format(quitAt)
                + ".");
  }
}
