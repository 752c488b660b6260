package backcare.history;

import backcare.routine.Condition;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One triage: when, the outcome level id (self-care, see-clinician, urgent, emergency), the ids of
 * the answers that triggered it, the conditions it set, and whether a clinician's clearance was
 * given (which turns see-clinician or urgent into self-care).
 *
 * <p>{@code source} is null for a screen taken with `backcare triage`, and {@value #GATE} for a
 * clearance given at the routine's gate: a self-care record, cleared, that keeps the triggered ids
 * and conditions of the screen it clears, so the conditions still apply. Readers that do not know
 * the field read the rest of the record as an ordinary cleared triage. {@value #UNFINISHED} marks a
 * screen stopped before its end whose answers already called for a clinician: it is recorded at
 * that level, so that the routine's gate still sees it.
 *
 * <p>{@code headline} and {@code advice} are what the screen told the user to do (null and empty in
 * records from before they were kept), so the gate and first aid can say it again word for word:
 * "call an ambulance", "call your maternity unit", the cancer team's line.
 */
public record TriageRecord(
    int version,
    OffsetDateTime time,
    String outcome,
    List<String> triggered,
    List<String> conditions,
    boolean cleared,
    String source,
    String headline,
    List<String> advice)
    implements HistoryRecord {
  public static final String TYPE = "triage";
  public static final String SELF_CARE = "self-care";

  /** The {@code source} of a clearance recorded at the routine's gate. */
  public static final String GATE = "gate";

  /**
   * The {@code source} of a screen stopped before its end, recorded at the level its answers
   * reached.
   */
  public static final String UNFINISHED = "unfinished";

  public TriageRecord {
    triggered = List.copyOf(triggered);
    conditions = List.copyOf(conditions);
    advice = advice == null ? List.of() : List.copyOf(advice);
  }

  /**
   * The record of "a clinician has examined me since {@code screen} and cleared me for gentle
   * exercise", given at the routine's gate: self-care, cleared, with the screen's triggered ids and
   * conditions.
   */
  public static TriageRecord clearance(OffsetDateTime time, TriageRecord screen) {
    return new TriageRecord(
        HistoryRecord.CURRENT_VERSION,
        time.truncatedTo(ChronoUnit.SECONDS),
        SELF_CARE,
        screen.triggered(),
        screen.conditions(),
        true,
        GATE,
        null,
        List.of());
  }

  /** Whether this is a clearance given at the routine's gate rather than a screen. */
  public boolean fromGate() {
    return GATE.equals(source);
  }

  /** A record of a triage just taken, from plain values (the triage command calls this). */
  public static TriageRecord of(
      OffsetDateTime time,
      String outcome,
      Collection<String> triggered,
      Collection<String> conditions,
      boolean cleared) {
    return new TriageRecord(
        HistoryRecord.CURRENT_VERSION,
        time.truncatedTo(ChronoUnit.SECONDS),
        outcome,
        List.copyOf(triggered),
        List.copyOf(conditions),
        cleared,
        null,
        null,
        List.of());
  }

  /** The same record, with what the screen said to do. */
  public TriageRecord saying(String headline, List<String> advice) {
    return new TriageRecord(
        version, time, outcome, triggered, conditions, cleared, source, headline, advice);
  }

  /** The same record, marked as a screen stopped before its end. */
  public TriageRecord unfinished() {
    return new TriageRecord(
        version, time, outcome, triggered, conditions, cleared, UNFINISHED, headline, advice);
  }

  /** The most recent by time; the later in the list when two share a time. */
  public static Optional<TriageRecord> latest(List<TriageRecord> triages) {
    TriageRecord latest = null; // a loop, not a stream: a start links no call site
    for (TriageRecord b : triages)
      latest =
          latest == null || !b.time().toInstant().isBefore(latest.time().toInstant()) ? b : latest;
    return Optional.ofNullable(latest);
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * True for every outcome but self-care: see-clinician, urgent, emergency, and any level this
   * version does not know.
   */
  public boolean needsClinician() {
    return !SELF_CARE.equals(outcome);
  }

  /** The conditions this version knows, in the order recorded; unknown ids are left out. */
  public Set<Condition> knownConditions() {
    Set<Condition> set = new LinkedHashSet<>();
    for (String c : conditions) {
      Optional<Condition> known = Condition.byId(c);
      if (known.isPresent()) set.add(known.get());
    }
    return set;
  }
}
