package backcare.console;

import backcare.routine.Plan;
import backcare.routine.Segment;
import backcare.routine.Side;
import backcare.routine.Step;
import backcare.session.Describe;
import backcare.text.Visible;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one frame of the routine screen shows, and nothing about the terminal: the routine and
 * step, the segment and its time left (on the runner's clock), what comes next, the step's
 * instructions, and whether the routine is paused or the key help is open.
 *
 * @param detail "left side · rep 2 of 5", or empty
 * @param body paragraphs: "! warning", "1. instruction", "- cue", "Note: ..."
 * @param message a short notice in place of the key line's neighbour (an unknown key), or null
 * @param getReady a lead-in with something to get ready (a heat or cold pack), not just a position
 */
public record FrameState(
    String title,
    int step,
    int steps,
    String exercise,
    String detail,
    Segment.Kind kind,
    Side side,
    long segmentLeftNanos,
    int segmentSeconds,
    long totalLeftNanos,
    String next,
    List<String> body,
    boolean paused,
    boolean help,
    String message,
    boolean getReady) {

  static final long SECOND = 1_000_000_000L;

  /**
   * Text from files reaches the screen only made visible: Frame adds colour after this, never
   * before.
   */
  public FrameState {
    title = Visible.of(title);
    exercise = Visible.of(exercise);
    detail = Visible.of(detail);
    next = Visible.of(next);
    body = body.stream().map(Visible::of).toList();
    message = Visible.of(message);
  }

  public static FrameState of(
      Plan plan, int index, Segment seg, long segmentLeftNanos, long totalLeftNanos) {
    Step step = plan.routine().steps().get(seg.stepIndex());
    List<String> parts = new ArrayList<>();
    boolean getReady = seg.kind() == Segment.Kind.LEAD_IN && step.exercise().getReady() != null;
    if (getReady) {
      parts.add(step.exercise().getReady());
    } else if (seg.kind() == Segment.Kind.LEAD_IN) {
      parts.add(step.exercise().position());
      parts.add(Describe.shape(step));
    }
    if (seg.side() != Side.NONE) parts.add(seg.side().id() + " side");
    if (seg.reps() > 1 && seg.rep() > 0) parts.add("rep " + seg.rep() + " of " + seg.reps());
    if (parts.isEmpty()) parts.add(step.exercise().position());
    return new FrameState(
        plan.routine().title(),
        seg.step(),
        plan.stepCount(),
        seg.exerciseRef().name(),
        String.join(" · ", parts),
        seg.kind(),
        seg.side(),
        segmentLeftNanos,
        seg.seconds(),
        totalLeftNanos,
        Describe.next(plan, index),
        body(step),
        false,
        false,
        null,
        getReady);
  }

  /**
   * The step's text as paragraphs: warnings first, then the numbered instructions, cues and the
   * routine's note.
   */
  static List<String> body(Step step) {
    List<String> body = new ArrayList<>();
    for (String w : step.exercise().warnings()) body.add("! " + w);
    List<String> instructions = step.exercise().instructions();
    for (int k = 0; k < instructions.size(); k++) body.add((k + 1) + ". " + instructions.get(k));
    for (String cue : step.exercise().cues()) body.add("- " + cue);
    if (step.notes() != null && !step.notes().isBlank()) body.add("Note: " + step.notes());
    return List.copyOf(body);
  }

  public FrameState withTimes(long segmentLeft, long totalLeft) {
    return new FrameState(
        title,
        step,
        steps,
        exercise,
        detail,
        kind,
        side,
        segmentLeft,
        segmentSeconds,
        totalLeft,
        next,
        body,
        paused,
        help,
        message,
        getReady);
  }

  public FrameState withPaused(boolean p) {
    return new FrameState(
        title,
        step,
        steps,
        exercise,
        detail,
        kind,
        side,
        segmentLeftNanos,
        segmentSeconds,
        totalLeftNanos,
        next,
        body,
        p,
        help,
        message,
        getReady);
  }

  public FrameState withHelp(boolean h) {
    return new FrameState(
        title,
        step,
        steps,
        exercise,
        detail,
        kind,
        side,
        segmentLeftNanos,
        segmentSeconds,
        totalLeftNanos,
        next,
        body,
        paused,
        h,
        message,
        getReady);
  }

  public FrameState withMessage(String m) {
    return new FrameState(
        title,
        step,
        steps,
        exercise,
        detail,
        kind,
        side,
        segmentLeftNanos,
        segmentSeconds,
        totalLeftNanos,
        next,
        body,
        paused,
        help,
        m,
        getReady);
  }

  /** Whole seconds left, rounded up: 9.2 s left shows 10, as every countdown does. */
  public long secondsLeft() {
    return Math.max(0, (segmentLeftNanos + SECOND - 1) / SECOND);
  }

  /** The last three seconds of a hold or flow. */
  boolean finalCount() {
    return (kind == Segment.Kind.HOLD || kind == Segment.Kind.FLOW)
        && secondsLeft() <= 3
        && !paused;
  }
}
