package backcare.history;

import java.time.OffsetDateTime;

/** One line of the history file: a session or a triage. */
public sealed interface HistoryRecord permits SessionRecord, TriageRecord {
  /** The record version this backcare writes; a reader keeps what it knows from newer ones. */
  int CURRENT_VERSION = 1;

  /** "session" or "triage": the {@code type} field of the line. */
  String type();

  /** The {@code version} field of the line. */
  int version();

  /** When it happened: a session's start, a triage's time. */
  OffsetDateTime time();
}
