package backcare.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures `backcare history` shows, folded from the records one at a time as they are read, in
 * file order: the latest sessions by time (as many as the table and chart show), the totals over
 * the sessions since {@code from}, the streak and the safety net over all of history, and the
 * latest triage. What it keeps does not grow with the history: a fixed number of sessions, a day
 * per calendar day with a session, and the sessions of the safety net's last two weeks.
 */
public final class Figures {
  private final ZonedDateTime now;
  private final Instant from;
  private final Instant netFrom;
  private final int keep;
  private final TreeMap<Key, SessionRecord> latest = new TreeMap<>();
  private final Stats.TotalsSoFar totals = new Stats.TotalsSoFar();
  private final TreeSet<LocalDate> days = new TreeSet<>();
  private final List<SessionRecord> netSessions = new ArrayList<>();
  private TriageRecord latestTriage;
  private long seq;

  /** The day last added to {@code days}, as seconds since the epoch, from and to. */
  private long dayStart;

  private long dayEnd;
  private int sessionsInRange;

  /** Sessions ordered by start, then by their order in the file. */
  private record Key(Instant start, long seq) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::start).thenComparingLong(Key::seq);

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * {@code from}: the start of --since, or null for all; {@code keep}: how many of the latest
   * sessions to keep.
   */
  public Figures(ZonedDateTime now, Instant from, int keep) {
    this.now = now;
    this.from = from;
    this.netFrom = now.toInstant().minus(SafetyNet.WINDOW);
    this.keep = keep;
  }

  /** Whether the record is within --since (every record is when there is none). */
  public boolean inRange(HistoryRecord r) {
    return from == null || !r.time().toInstant().isBefore(from);
  }

  public void add(HistoryRecord r) {
    if (r instanceof TriageRecord t) {
      // the later line wins a tie, as TriageRecord.latest has it
      if (latestTriage == null || !t.time().toInstant().isBefore(latestTriage.time().toInstant()))
        latestTriage = t;
      return;
    }
    SessionRecord s = (SessionRecord) r;
    Instant start = s.start().toInstant();
    olderSession(start.getEpochSecond(), s.skipped());
    if (start.isAfter(netFrom)) netSessions.add(s);
    if (!inRange(s)) return;
    sessionsInRange++;
    totals.add(s);
    if (keep == 0) return;
    if (latest.size() == keep && start.isBefore(latest.firstKey().start())) return;
    Key key = new Key(start, seq++);
    if (latest.size() < keep) {
      latest.put(key, s);
    } else if (key.compareTo(latest.firstKey()) > 0) {
      latest.put(key, s);
      latest.pollFirstEntry();
    }
  }

  /**
   * A session before --since and the safety net's window (see {@link HistoryStore#forEach(Instant,
   * HistoryStore.Visitor)}): only its day counts, for the streak.
   */
  public void olderSession(long startSecond, boolean skipped) {
    if (skipped || (startSecond >= dayStart && startSecond < dayEnd)) return;
    LocalDate day = Instant.ofEpochSecond(startSecond).atZone(now.getZone()).toLocalDate();
    days.add(day);
    // records come in time order, mostly: the next is likely on the same day, with nothing to add
    dayStart = day.atStartOfDay(now.getZone()).toEpochSecond();
    dayEnd = day.plusDays(1).atStartOfDay(now.getZone()).toEpochSecond();
  }

  /** The sessions since --since. */
  public int sessions() {
    return sessionsInRange;
  }

  /**
   * The last {@code n} (at most the number kept) of the sessions since --since by start time,
   * oldest first.
   */
  public List<SessionRecord> latest(int n) {
    List<SessionRecord> all = new ArrayList<>(latest.values());
    return all.subList(Math.max(0, all.size() - n), all.size());
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
}
