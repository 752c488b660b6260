package backcare.console;

import backcare.routine.Plan;
import backcare.routine.Segment;
import backcare.routine.Side;
import backcare.session.Ending;
import backcare.session.RunListener;
import backcare.session.Summary;

/**
 * What a routine sounds like, for someone who is not looking: a chime at each change, a tick for
 * each of the last three seconds of a hold, and with --voice the step's name, the side, "switch
 * sides", "half way" through long holds and "done".
 */
public final class Cues implements RunListener {
  /** Holds and flows at least this long get a "half way". */
  static final int LONG_HOLD_SECONDS = 30;

  private static final long SECOND = 1_000_000_000L;

  private final Sounds sounds;
  private final Voice voice;
  private long lastCount;
  private boolean halfSaid;

  public Cues(Sounds sounds, Voice voice) {
    this.sounds = sounds;
    this.voice = voice;
  }

  @Override
  public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
    sounds.change();
    voice.say(phrase(segment, stepStart));
    lastCount = -1;
    halfSaid = false;
  }

  @Override
  public void tick(
      Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {
    if (!segment.isWork()) return;
    long secs = (segmentLeftNanos + SECOND - 1) / SECOND;
    if (secs >= 1 && secs <= 3 && secs < segment.seconds() && secs != lastCount) {
      lastCount = secs;
      sounds.tick();
    }
    if (!halfSaid
        && segment.seconds() >= LONG_HOLD_SECONDS
        && 2 * segmentLeftNanos <= segment.seconds() * SECOND) {
      halfSaid = true;
      voice.say("half way");
    }
  }

  @Override
  public void finished(Plan plan, Summary summary) {
    if (summary.ending() == Ending.DONE) {
      sounds.change();
      voice.say("done");
    }
  }

  /** What is said as a segment starts: the exercise at a new step, then the side, or what to do. */
  static String phrase(Segment seg, boolean stepStart) {
    String side = seg.side() == Side.NONE ? null : seg.side().id() + " side";
    String name = seg.exerciseRef().name();
    return switch (seg.kind()) {
      case LEAD_IN -> name;
      case SWITCH -> "switch sides";
      case REST -> "rest";
      case HOLD, FLOW -> {
        String what = side != null ? side : seg.kind() == Segment.Kind.HOLD ? "hold" : "move";
        yield stepStart ? name + ", " + what : what;
      }
    };
  }
}
