package backcare.history;

/**
 * A trusted record as a read hands it on, valid only during that call: what the figures, the data
 * formats and the safety net need, read straight from its line where it is in the plain form
 * ({@link PlainLine}), so that a record is only built ({@link #record}) when something keeps it.
 */
public sealed interface ReadRecord permits PlainLine, ReadRecord.Built {
  /** A pain not answered. */
  int NO_PAIN = -1;

  long NANOS = 1_000_000_000L;

  boolean isSession();

  /**
   * A session's start, a triage's time, in nanoseconds since the epoch: a line written by hand may
   * have a fraction of a second, which orders it. (A trusted record lies between 2000 and now, well
   * within a long's nanoseconds, which end in 2262.)
   */
  long timeNanos();

  /** A session whose every step was skipped (not in the totals or the streak). */
  boolean skipped();

  /** A session that ended "stopped for pain" (the safety net counts them). */
  boolean stoppedForPain();

  /** A session's active seconds; 0 for a triage. */
  long activeSeconds();

  /** A session's pain before and after, 0-10, or {@link #NO_PAIN}. */
  int painBefore();

  int painAfter();

  /** The record, built. */
  HistoryRecord record();

  /**
   * The line itself when its bytes are exactly what {@link RecordJson#encode} writes for {@link
   * #record}, so a data format may copy them; else null.
   */
  default PlainLine canonical() {
    return null;
  }

  /**
   * An instant as {@link #timeNanos} gives a record's time: exact from 1678 to 2262, which holds
   * every trusted record (outside it, wrapped around as a plain line's time is).
   */
  static long nanos(java.time.Instant t) {
    return t.getEpochSecond() * NANOS + t.getNano();
  }

  /** A record that was built as it was read (a line not in the plain form). */
  record Built(HistoryRecord record) implements ReadRecord {
    @Override
    public boolean isSession() {
      return record instanceof SessionRecord;
    }

    @Override
    public long timeNanos() {
      return nanos(record.time().toInstant());
    }

    @Override
    public boolean skipped() {
      return record instanceof SessionRecord s && s.skipped();
    }

    @Override
    public boolean stoppedForPain() {
      return record instanceof SessionRecord s && s.stoppedForPain();
    }

    @Override
    public long activeSeconds() {
      return record instanceof SessionRecord s ? s.activeSeconds() : 0;
    }

    @Override
    public int painBefore() {
      return record instanceof SessionRecord s && s.painBefore() != null ? s.painBefore() : NO_PAIN;
    }

    @Override
    public int painAfter() {
      return record instanceof SessionRecord s && s.painAfter() != null ? s.painAfter() : NO_PAIN;
    }
  }
}
