package backcare.session;

import backcare.routine.Durations;
import backcare.routine.Plan;
import backcare.routine.SafetyText;
import backcare.routine.Segment;
import java.io.PrintWriter;
import java.util.List;

/**
 * The output when stdout is not a terminal: one line per event, flushed at once, each starting with
 * {@code [mm:ss]}, the planned time since the routine began. Lines are printed by the runner when
 * their time arrives, so a pipe sees them as they happen.
 */
public final class LineOutput implements RunListener {
  private final PrintWriter out;
  private final SafetyText safety;
  private final List<String> opening;

  /** {@code opening}: lines shown before the first step (filter changes, notes). */
  public LineOutput(PrintWriter out, SafetyText safety, List<String> opening) {
    this.out = out;
    this.safety = safety;
    this.opening = opening;
  }

  /**
   * Formats every line once, unprinted, so the first timed lines are not slowed by class loading.
   */
  @Override
  public void prepare(Plan plan) {
    StringBuilder discard = new StringBuilder();
    for (int i = 0; i < plan.stepCount(); i++) Describe.stepIntro(plan, i).forEach(discard::append);
    for (Segment s : plan.segments())
      discard.append(Durations.clock(s.startSecond())).append(Describe.segment(s));
    discard.append(Describe.summary(new Summary(1, List.of(1), List.of(), 1, 0, Ending.DONE)));
  }

  @Override
  public void started(Plan plan) {
    print(
        0,
        plan.routine().title()
            + ": "
            + plan.stepCount()
            + (plan.stepCount() == 1 ? " step, " : " steps, ")
            + Durations.format(plan.totalSeconds()));
    for (String line : opening) print(0, line);
    if (!safety.reminders().isEmpty()) {
      print(0, "Before you start:");
      for (String r : safety.reminders()) print(0, "  - " + r);
    }
  }

  @Override
  public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
    if (stepStart) {
      for (String line : Describe.stepIntro(plan, segment.stepIndex()))
        print(segment.startSecond(), line);
    }
    print(segment.startSecond(), Describe.segment(segment));
  }

  @Override
  public void finished(Plan plan, Summary summary) {
    long at =
        summary.ending() == Ending.DONE ? plan.totalSeconds() : Math.round(summary.activeSeconds());
    if (summary.ending() == Ending.STOPPED_FOR_PAIN) {
      for (String line : safety.stopAdvice()) print(at, line);
    }
    print(at, Describe.summary(summary));
  }

  private void print(long second, String text) {
    out.println("[" + Durations.clock(second) + "] " + text);
    out.flush();
  }
}
