package backcare.session;

import java.util.ArrayDeque;
import java.util.Deque;

/** Controls pressed at given times (seconds after the first await) on a fake clock. */
public final class ScriptedControls implements Controls {
  private record Press(long at, Control control) {}

  private final FakeClock clock;
  private final Deque<Press> presses = new ArrayDeque<>();
  private final long start;

  public ScriptedControls(FakeClock clock) {
    this.clock = clock;
    this.start = clock.nanoTime();
  }

  public ScriptedControls at(double second, Control c) {
    presses.add(new Press(start + (long) (second * 1e9), c));
    return this;
  }

  @Override
  public Control await(long deadline) {
    Press next = presses.peek();
    if (next != null && next.at() <= deadline) {
      presses.poll();
      clock.sleepUntil(next.at());
      return next.control();
    }
    if (deadline == Long.MAX_VALUE) return null; // nothing more will be pressed
    clock.sleepUntil(deadline);
    return null;
  }
}
