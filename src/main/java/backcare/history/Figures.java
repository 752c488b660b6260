package backcare.history;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures `backcare history` shows, folded from the records one at a time as they are read, in
 * file order, mostly without building them ({@link ReadRecord}): where the latest sessions by time
 * are in the file (as many as the table and chart show; {@link HistoryListing} reads those lines
 * again), the totals over the sessions since {@code from}, the streak and the safety net over all
 * of history, and the latest triage. What it keeps does not grow with the history: a fixed number
 * of offsets, a day per calendar day with a session, and the sessions of the safety net's last two
 * weeks.
 */
public final class Figures {
  private final ZonedDateTime now;

  /** The start of --since in nanoseconds since the epoch (ReadRecord#timeNanos), or MIN_VALUE. */
  private final long fromNanos;

  /** Sessions after this are the safety net's. */
  private final long netFromNanos;

  private final Latest latest;
  private final Stats.TotalsSoFar totals = new Stats.TotalsSoFar();
  private final Stats.Days days;
  private final List<SafetyNet.Session> netSessions = new ArrayList<>();
  private TriageRecord latestTriage;
  private long latestTriageNanos = Long.MIN_VALUE;
  private int sessionsInRange;

  /**
   * {@code from}: the start of --since, or null for all; {@code keep}: how many of the latest
   * sessions to keep.
   */
  public Figures(ZonedDateTime now, Instant from, int keep) {
    this.now = now;
    this.fromNanos = from == null ? Long.MIN_VALUE : nanos(from);
    this.netFromNanos = nanos(now.toInstant().minus(SafetyNet.WINDOW));
    this.latest = new Latest(keep);
    this.days = new Stats.Days(now.getZone());
  }

  /** Whether the record is within --since (every record is when there is none). */
  boolean inRange(ReadRecord r) {
    return r.timeNanos() >= fromNanos;
  }

  /** Saturated far outside the years a trusted record can have (a --since of 1066, say). */
  private static long nanos(Instant t) {
    long s = t.getEpochSecond();
    if (s < Long.MIN_VALUE / ReadRecord.NANOS + 1) return Long.MIN_VALUE;
    if (s > Long.MAX_VALUE / ReadRecord.NANOS - 1) return Long.MAX_VALUE;
    return s * ReadRecord.NANOS + t.getNano();
  }

  /** A record as it is read, whose line starts at {@code offset}. */
  void add(ReadRecord r, long offset) {
    long time = r.timeNanos();
    if (!r.isSession()) {
      // the later line wins a tie, as TriageRecord.latest has it
      if (time >= latestTriageNanos) {
        latestTriage = (TriageRecord) r.record();
        latestTriageNanos = time;
      }
      return;
    }
    boolean skipped = r.skipped();
    days.add(Math.floorDiv(time, ReadRecord.NANOS), skipped);
    if (time > netFromNanos) netSessions.add(SafetyNet.Session.read(r));
    if (time < fromNanos) return;
    sessionsInRange++;
    totals.add(skipped, r.activeSeconds(), r.painBefore(), r.painAfter());
    latest.add(time, offset);
  }

  /** The sessions since --since. */
  public int sessions() {
    return sessionsInRange;
  }

  /**
   * Where the last {@code n} (at most the number kept) of the sessions since --since by start time
   * are in the file, oldest first (for {@link HistoryStore#reread}).
   */
  long[] latestOffsets(int n) {
    return latest.offsets(n);
  }

  public Stats.Totals totals() {
    return totals.totals();
  }

  /** Over all of history, whatever --since says. */
  public Stats.Streak streak() {
    return Stats.streak(days, now.toLocalDate());
  }

  /** Over all of history, measured back from now. */
  public List<SafetyNet.Alert> alerts() {
    return SafetyNet.check(
        netSessions, latestTriage == null ? List.of() : List.of(latestTriage), now);
  }

  public Optional<TriageRecord> latestTriage() {
    return Optional.ofNullable(latestTriage);
  }

  /**
   * The latest {@code keep} sessions by start (file order for equal starts), as starts and offsets
   * in a ring, oldest first. Records come in time order, mostly, so a session read is nearly always
   * the newest so far: it goes at the end, in place of the oldest.
   */
  private static final class Latest {
    private final int keep;
    private long[] starts = new long[0];
    private long[] offsets = new long[0];
    private int head;
    private int count;

    Latest(int keep) {
      this.keep = keep;
    }

    private int at(int i) {
      int k = head + i;
      return k >= starts.length ? k - starts.length : k;
    }

    void add(long start, long offset) {
      if (keep == 0 || (count == keep && start < starts[at(0)])) return;
      if (count == keep) { // the oldest goes
        head = at(1);
        count--;
      }
      if (count == starts.length) grow();
      int pos = count;
      while (pos > 0 && starts[at(pos - 1)] > start) pos--; // after every start at or before it
      for (int i = count; i > pos; i--) {
        starts[at(i)] = starts[at(i - 1)];
        offsets[at(i)] = offsets[at(i - 1)];
      }
      starts[at(pos)] = start;
      offsets[at(pos)] = offset;
      count++;
    }

    /** Capacity doubles up to keep: a short history never allocates for a long --last. */
    private void grow() {
      int size = Math.min(keep, Math.max(16, starts.length * 2));
      long[] s = new long[size];
      long[] o = new long[size];
      for (int i = 0; i < count; i++) {
        s[i] = starts[at(i)];
        o[i] = offsets[at(i)];
      }
      starts = s;
      offsets = o;
      head = 0;
    }

    long[] offsets(int n) {
      int m = Math.min(n, count);
      long[] result = new long[m];
      for (int i = 0; i < m; i++) result[i] = offsets[at(count - m + i)];
      return result;
    }
  }
}
