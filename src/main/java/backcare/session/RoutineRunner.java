package backcare.session;

import backcare.routine.Plan;
import backcare.routine.Segment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a plan against deadlines: segment {@code i} starts at {@code base + startSecond}, where
 * {@code base} is the clock reading when the routine began, moved later by every pause and moved
 * when the user skips. Nothing counts ticks or sleeps a fixed second, so nothing drifts.
 */
public final class RoutineRunner {
  private static final long SECOND = 1_000_000_000L;

  /**
   * Within this much of a step's start, "previous" goes to the step before rather than restarting.
   */
  private static final long RESTART_GRACE = 3 * SECOND;

  private final Clock clock;
  private final Controls controls;
  private final RunListener listener;
  private final long tickNanos;

  /**
   * {@code tickNanos} 0 means no countdown ticks (line output). Otherwise the listener's {@link
   * RunListener#tick} comes at least every {@code tickNanos} and, whatever it is, exactly when the
   * whole seconds left in a segment change (10.0 s left, 9.0 s, ...), so a countdown shows each
   * number for a full second and "3-2-1" lands on time.
   */
  public RoutineRunner(Clock clock, Controls controls, RunListener listener, long tickNanos) {
    this.clock = clock;
    this.controls = controls;
    this.listener = listener;
    this.tickNanos = tickNanos;
  }

  public Summary run(Plan plan) {
    List<Segment> segments = plan.segments();
    listener.prepare(plan);
    long start = clock.nanoTime();
    long base = start;
    long pausedNanos = 0;
    Set<Integer> done = new LinkedHashSet<>();
    Set<Integer> skipped = new LinkedHashSet<>();
    Ending ending = Ending.DONE;
    RuntimeException failure = null;
    listener.started(plan);
    int i = 0;
    boolean announceStep = true;
    try {
      outer:
      while (i < segments.size()) {
        Segment seg = segments.get(i);
        boolean stepStart =
            announceStep || i == 0 || segments.get(i - 1).stepIndex() != seg.stepIndex();
        announceStep = false;
        listener.segmentStarted(plan, i, seg, stepStart);
        long totalEnd = base + plan.totalSeconds() * SECOND;
        while (true) {
          long end = base + seg.endSecond() * SECOND;
          long now = clock.nanoTime();
          if (now >= end) break;
          long wake = end;
          if (tickNanos > 0) {
            listener.tick(plan, i, seg, end - now, totalEnd - now);
            wake = Math.min(Math.min(end, now + tickNanos), nextWholeSecond(now, end));
          }
          Control c = controls.await(wake);
          if (c == null) continue;
          if (c == Control.PAUSE) {
            long pausedAt = clock.nanoTime();
            listener.paused(plan, i, seg, end - pausedAt);
            Control next;
            do {
              next = controls.await(Long.MAX_VALUE);
            } while (next == null);
            long pause = clock.nanoTime() - pausedAt;
            pausedNanos += pause;
            base += pause;
            totalEnd += pause;
            if (next == Control.PAUSE || next == Control.NEXT || next == Control.PREVIOUS) {
              listener.resumed(plan, i, seg);
            }
            if (next == Control.PAUSE) continue;
            // n or p while paused: resume and move; q, x or Ctrl-C: end
            c = next;
          }
          switch (c) {
            case PAUSE -> {}
            case NEXT, PREVIOUS -> {
              int target =
                  c == Control.NEXT
                      ? seg.stepIndex() + 1
                      : previousStep(
                          seg,
                          clock.nanoTime() - (base + firstStart(plan, seg.stepIndex()) * SECOND));
              if (c == Control.NEXT) skipped.add(seg.stepIndex() + 1);
              if (target >= plan.stepCount()) {
                i = segments.size();
                break outer;
              }
              i = plan.firstSegmentOfStep(target);
              base = clock.nanoTime() - (long) segments.get(i).startSecond() * SECOND;
              skipped.remove(target + 1);
              done.remove(target + 1);
              announceStep = true;
              continue outer;
            }
            case QUIT, HURT, INTERRUPT -> {
              ending = endingFor(c);
              break outer;
            }
          }
        }
        if (i + 1 == segments.size() || segments.get(i + 1).stepIndex() != seg.stepIndex()) {
          done.add(seg.stepIndex() + 1);
          skipped.remove(seg.stepIndex() + 1);
        }
        i++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ending = Ending.INTERRUPTED;
    } catch (RuntimeException e) {
      failure = e;
      ending = Ending.INTERRUPTED;
    }
    long elapsed = clock.nanoTime() - start;
    List<Integer> doneList = new ArrayList<>(done);
    doneList.sort(null);
    List<Integer> skippedList = new ArrayList<>(skipped);
    skippedList.removeAll(done);
    skippedList.sort(null);
    if (ending == Ending.DONE)
      ending = Ending.atTheEnd(plan.stepCount(), doneList.size(), skippedList.size());
    Summary summary =
        new Summary(
            plan.stepCount(),
            List.copyOf(doneList),
            List.copyOf(skippedList),
            (elapsed - pausedNanos) / (double) SECOND,
            pausedNanos / (double) SECOND,
            ending);
    if (failure != null) {
      // still tell the display, so the terminal is given back and what was done is shown
      try {
        listener.finished(plan, summary);
      } catch (RuntimeException again) {
        failure.addSuppressed(again);
      }
      throw new RunFailure(summary, failure);
    }
    listener.finished(plan, summary);
    return summary;
  }

  /** When the whole seconds left before {@code end} next change: 9.3 s left gives now + 0.3 s. */
  static long nextWholeSecond(long now, long end) {
    long left = end - now;
    return end - ((left - 1) / SECOND) * SECOND;
  }

  private static int firstStart(Plan plan, int stepIndex) {
    return plan.segments().get(plan.firstSegmentOfStep(stepIndex)).startSecond();
  }

  /** Like a music player: restart the step, or go to the one before when it has only just begun. */
  private static int previousStep(Segment seg, long intoStepNanos) {
    if (intoStepNanos > RESTART_GRACE || seg.stepIndex() == 0) return seg.stepIndex();
    return seg.stepIndex() - 1;
  }

  private static Ending endingFor(Control c) {
    return switch (c) {
      case HURT -> Ending.STOPPED_FOR_PAIN;
      case INTERRUPT -> Ending.INTERRUPTED;
      default -> Ending.QUIT;
    };
  }
}
