package backcare.history;

import backcare.routine.Condition;
import backcare.session.Ending;
import backcare.session.Summary;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * One run of a routine: when, which routine (id and the file it came from), the conditions it was
 * made safe for, steps done and skipped (1-based), seconds moving and paused, how it ended ({@link
 * Ending} ids: done, skipped, quit, stopped-for-pain, interrupted) and pain 0-10 before and after
 * (null when not answered).
 */
public record SessionRecord(
    int version,
    OffsetDateTime start,
    OffsetDateTime end,
    String routine,
    String file,
    List<String> conditions,
    int totalSteps,
    List<Integer> stepsDone,
    List<Integer> stepsSkipped,
    long activeSeconds,
    long pausedSeconds,
    String ending,
    Integer painBefore,
    Integer painAfter)
    implements HistoryRecord {
  public static final String TYPE = "session";

  public SessionRecord {
    conditions = List.copyOf(conditions);
    stepsDone = List.copyOf(stepsDone);
    stepsSkipped = List.copyOf(stepsSkipped);
  }

  /**
   * A record of a run that just finished, in the current record version; times kept to the second.
   */
  public static SessionRecord of(
      OffsetDateTime start,
      OffsetDateTime end,
      String routine,
      String file,
      Collection<Condition> conditions,
      Summary s,
      Integer painBefore,
      Integer painAfter) {
    return new SessionRecord(
        CURRENT_VERSION,
        start.truncatedTo(ChronoUnit.SECONDS),
        end.truncatedTo(ChronoUnit.SECONDS),
        routine,
        file,
        conditions.stream().map(Condition::id).toList(),
        s.totalSteps(),
        s.stepsDone(),
        s.stepsSkipped(),
        Math.round(s.activeSeconds()),
        Math.round(s.pausedSeconds()),
        s.ending().id(),
        painBefore,
        painAfter);
  }

  public SessionRecord withPainAfter(Integer pain) {
    return new SessionRecord(
        version,
        start,
        end,
        routine,
        file,
        conditions,
        totalSteps,
        stepsDone,
        stepsSkipped,
        activeSeconds,
        pausedSeconds,
        ending,
        painBefore,
        pain);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public OffsetDateTime time() {
    return start;
  }

  public boolean stoppedForPain() {
    return Ending.STOPPED_FOR_PAIN.id().equals(ending);
  }

  /** Every step was skipped with n: nothing was done. */
  public boolean skipped() {
    return Ending.SKIPPED.id().equals(ending);
  }

  /** Pain after minus pain before, when both were answered. */
  public Integer painChange() {
    return painBefore == null || painAfter == null ? null : painAfter - painBefore;
  }
}
