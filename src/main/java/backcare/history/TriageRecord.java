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
 * given (which turns see-clinician into self-care).
 */
public record TriageRecord(int version, OffsetDateTime time, String outcome, List<String> triggered,
                           List<String> conditions, boolean cleared) implements HistoryRecord {
    public static final String TYPE = "triage";
    public static final String SELF_CARE = "self-care";

    public TriageRecord {
        triggered = List.copyOf(triggered);
        conditions = List.copyOf(conditions);
    }

    /** A record of a triage just taken, from plain values (the triage command calls this). */
    public static TriageRecord of(OffsetDateTime time, String outcome, Collection<String> triggered,
                                  Collection<String> conditions, boolean cleared) {
        return new TriageRecord(HistoryRecord.CURRENT_VERSION, time.truncatedTo(ChronoUnit.SECONDS), outcome,
                List.copyOf(triggered), List.copyOf(conditions), cleared);
    }

    /** The most recent by time; the later in the list when two share a time. */
    public static Optional<TriageRecord> latest(List<TriageRecord> triages) {
        return triages.stream().reduce((a, b) -> b.time().toInstant().isBefore(a.time().toInstant()) ? a : b);
    }

    @Override
    public String type() { return TYPE; }

    /** True for every outcome but self-care: see-clinician, urgent, emergency, and any level this version does not know. */
    public boolean needsClinician() { return !SELF_CARE.equals(outcome); }

    /** The conditions this version knows, in the order recorded; unknown ids are left out. */
    public Set<Condition> knownConditions() {
        Set<Condition> set = new LinkedHashSet<>();
        for (String c : conditions) Condition.byId(c).ifPresent(set::add);
        return set;
    }
}
