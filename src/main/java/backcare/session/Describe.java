package backcare.session;

import backcare.routine.Durations;
import backcare.routine.Plan;
import backcare.routine.Segment;
import backcare.routine.Side;
import backcare.routine.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The words both displays (plain lines and the terminal) use for steps, segments and the summary.
 */
public final class Describe {
  private Describe() {}

  /** The lines that introduce a step: header, numbered instructions, cues, notes and warnings. */
  public static List<String> stepIntro(Plan plan, int stepIndex) {
    Step step = plan.routine().steps().get(stepIndex);
    List<String> lines = new ArrayList<>();
    lines.add(
        "Step "
            + (stepIndex + 1)
            + " of "
            + plan.stepCount()
            + ": "
            + step.exercise().name()
            + " ("
            + step.exercise().position()
            + ") - "
            + shape(step));
    for (String w : step.exercise().warnings()) lines.add("  Warning: " + w);
    List<String> instructions = step.exercise().instructions();
    for (int k = 0; k < instructions.size(); k++)
      lines.add("  " + (k + 1) + ". " + instructions.get(k));
    for (String cue : step.exercise().cues()) lines.add("  Cue: " + cue);
    if (step.notes() != null) lines.add("  Note: " + step.notes());
    return lines;
  }

  /** "hold 20s x 2 reps, each side" or "move for 1m". */
  public static String shape(Step step) {
    String work =
        step.isFlow()
            ? "move for " + Durations.format(step.flowSeconds())
            : "hold " + Durations.format(step.holdSeconds());
    if (step.reps() > 1) work += " x " + step.reps() + " reps";
    if (step.sides() == Side.BOTH) work += ", each side";
    else if (step.sides() != Side.NONE) work += ", " + step.sides().id() + " side";
    return work;
  }

  /** One line for the start of a segment: "Hold 20s, left side, rep 1 of 2". */
  public static String segment(Segment seg) {
    String time = Durations.format(seg.seconds());
    String side = seg.side() == Side.NONE ? "" : ", " + seg.side().id() + " side";
    String rep = seg.reps() > 1 ? ", rep " + seg.rep() + " of " + seg.reps() : "";
    return switch (seg.kind()) {
      case LEAD_IN ->
          (seg.exerciseRef().getReady() != null
                  ? seg.exerciseRef().getReady()
                  : "Get into position")
              + ": "
              + time;
      case HOLD -> "Hold " + time + side + rep;
      case FLOW -> "Move slowly for " + time + side + rep;
      case REST -> "Rest " + time;
      case SWITCH -> "Switch sides: " + time + ", then the " + seg.side().id() + " side";
    };
  }

  /** A short label of what comes after segment {@code index}, for "next:". */
  public static String next(Plan plan, int index) {
    if (index + 1 >= plan.segments().size()) return "the end";
    Segment n = plan.segments().get(index + 1);
    if (n.stepIndex() != plan.segments().get(index).stepIndex()) {
      return n.exerciseRef().name();
    }
    return switch (n.kind()) {
      case LEAD_IN -> n.exerciseRef().getReady() != null ? "get ready" : "get into position";
      case HOLD -> "hold" + (n.side() == Side.NONE ? "" : ", " + n.side().id() + " side");
      case FLOW -> "move";
      case REST -> "rest";
      case SWITCH -> "switch sides";
    };
  }

  /** The closing line: how it ended, steps done, time spent. */
  public static String summary(Summary s) {
    String how =
        switch (s.ending()) {
          case DONE -> "Done";
          case SKIPPED -> "Every step skipped";
          case QUIT -> "Stopped";
          case STOPPED_FOR_PAIN -> "Stopped because it hurt";
          case INTERRUPTED -> "Interrupted";
        };
    String line =
        how
            + ": "
            + s.stepsDone().size()
            + " of "
            + s.totalSteps()
            + " steps done in "
            + Durations.format(Math.round(s.activeSeconds()));
    if (!s.stepsSkipped().isEmpty())
      line +=
          ", skipped step"
              + (s.stepsSkipped().size() > 1 ? "s " : " ")
              + joinNumbers(s.stepsSkipped());
    if (s.pausedSeconds() >= 1)
      line += ", paused " + Durations.format(Math.round(s.pausedSeconds()));
    return line + ".";
  }

  private static String joinNumbers(List<Integer> n) {
    return String.join(", ", n.stream().map(String::valueOf).toList());
  }
}
