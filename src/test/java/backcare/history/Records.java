package backcare.history;

import java.time.OffsetDateTime;
import java.util.List;

/** Hand-made records for tests. */
final class Records {
  private Records() {}

  static SessionRecord session(String start, Integer before, Integer after) {
    return session(start, before, after, "done", 300);
  }

  static SessionRecord session(
      String start, Integer before, Integer after, String ending, long activeSeconds) {
    OffsetDateTime t = OffsetDateTime.parse(start);
    return new SessionRecord(
        1,
        t,
        t.plusSeconds(activeSeconds),
        "morning",
        null,
        List.of(),
        4,
        List.of(1, 2, 3, 4),
        List.of(),
        activeSeconds,
        0,
        ending,
        before,
        after);
  }

  static TriageRecord triage(String time, String outcome, String... conditions) {
    return TriageRecord.of(
        OffsetDateTime.parse(time), outcome, List.of(), List.of(conditions), false);
  }
}
