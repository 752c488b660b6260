package backcare.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the latest triage means for a timed run (triage.md, "The routine's gate"). One rule, used by
 * the routine's gate, by heat and cold, and by the safety net's triage alert:
 *
 * <ul>
 *   <li>{@link Status#GATED}: the latest triage came out see-clinician, urgent or emergency (or a
 *       level this version does not know) less than {@link #GATE_WINDOW} ago. A later self-care
 *       triage, or a clearance recorded at the gate (also a self-care triage record), is then the
 *       latest and lifts it.
 *   <li>{@link Status#NEVER}: no triage at all. {@link Status#OUT_OF_DATE}: the latest is {@link
 *       #FRESH_FOR} old or more. {@link Status#LAPSED}: the latest asked for a clinician but is
 *       past the gate's window. These three show the box of emergency signs; none of them blocks.
 *   <li>{@link Status#CURRENT}: a self-care triage less than {@link #FRESH_FOR} old.
 * </ul>
 */
public record Screening(Status status, TriageRecord latest) {
  public static final Duration GATE_WINDOW = Duration.ofDays(14);
  public static final Duration FRESH_FOR = Duration.ofDays(30);

  public enum Status {
    GATED,
    NEVER,
    OUT_OF_DATE,
    LAPSED,
    CURRENT
  }

  public static Screening of(List<TriageRecord> triages, Instant now) {
    Optional<TriageRecord> found = TriageRecord.latest(triages);
    if (found.isEmpty()) return new Screening(Status.NEVER, null);
    TriageRecord t = found.get();
    Instant at = t.time().toInstant();
    if (!at.isAfter(now.minus(FRESH_FOR))) return new Screening(Status.OUT_OF_DATE, t);
    if (!t.needsClinician()) return new Screening(Status.CURRENT, t);
    return new Screening(at.isAfter(now.minus(GATE_WINDOW)) ? Status.GATED : Status.LAPSED, t);
  }

  /** The routine does not start a timed run until a clinician's clearance is given. */
  public boolean gated() {
    return status == Status.GATED;
  }

  /** The box of emergency signs and a suggestion to run the screen is shown (never a block). */
  public boolean wantsReminder() {
    return status == Status.NEVER || status == Status.OUT_OF_DATE || status == Status.LAPSED;
  }
}
