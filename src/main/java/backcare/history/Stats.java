package backcare.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers `backcare history` shows, as pure functions of the records.
 *
 * <p><b>Streak</b>: calendar days in the user's time zone. A day counts when it has at least one
 * session, however it ended, except a session whose every step was skipped ({@code skipped}).
 * Counting back from today: today without a session does not break the streak (the day is not
 * over); a day without a session is forgiven when no other day was forgiven in the 6 days either
 * side of it (at most one forgiven day in any 7 days in a row), so two missed days in a row always
 * end it. The streak is the number of days from its first session day to its last, forgiven days
 * inside included; a forgiven day after the last session day (yesterday, when today has no session
 * yet) keeps the streak alive but is not counted.
 */
public final class Stats {
  /** Days between two forgiven days: at most one in any 7 consecutive days. */
  static final int FORGIVE_EVERY = 7;

  private Stats() {}

  /**
   * A streak: its length in days, how many of them were forgiven, and its first and last session
   * days.
   */
  public record Streak(int days, int forgiven, LocalDate first, LocalDate last) {
    static final Streak NONE = new Streak(0, 0, null, null);
  }

  public static Streak streak(List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
    Days days = new Days(zone);
    for (SessionRecord s : sessions) days.add(s.start().toEpochSecond(), s.skipped());
    return streak(days, today);
  }

  /**
   * The calendar days in a time zone on which a session counted for the streak, as days since the
   * epoch, ascending, each once: at most one entry a calendar day, whatever the history's size.
   * Sessions come in time order, mostly ({@link Figures} adds them as the file is read), so a
   * session's day is nearly always the last one or a new last one; an earlier one is put in its
   * place.
   */
  public static final class Days {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    private long[] days = new long[16];
    private int count;

    /**
     * The zone's offset from UTC, in seconds, which holds from {@code offsetFrom} to before {@code
     * offsetTo} (seconds since the epoch): from the second it was last looked up for to the zone's
     * next clock change (months or years on; a session before that second looks it up again).
     * Nothing yet at first (an empty span).
     */
    private int offset;

    private long offsetFrom = Long.MAX_VALUE;
    private long offsetTo = Long.MIN_VALUE;

    public Days(ZoneId zone) {
      this.rules = zone.getRules();
      if (rules.isFixedOffset()) {
        offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        offsetFrom = Long.MIN_VALUE;
        offsetTo = Long.MAX_VALUE;
      }
    }

    /**
     * Adds the day of a session that started {@code startSecond} seconds after the epoch, unless
     * every step of it was skipped: such a session does not count.
     */
    public void add(long startSecond, boolean skipped) {
      if (!skipped) addDay(day(startSecond));
    }

    /**
     * The local calendar day, in the zone, of the instant {@code second} seconds after the epoch,
     * as days since the epoch: what {@code Instant.atZone(zone).toLocalDate().toEpochDay()} gives,
     * with the offset looked up only when the instant is outside the span it was last found for.
     */
    long day(long second) {
      if (second < offsetFrom || second >= offsetTo) {
        Instant t = Instant.ofEpochSecond(second);
        ZoneOffsetTransition next = rules.nextTransition(t);
        offset = rules.getOffset(t).getTotalSeconds();
        offsetFrom = second;
        offsetTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      }
      return Math.floorDiv(second + offset, SECONDS_PER_DAY);
    }

    private void addDay(long day) {
      if (count > 0 && day <= days[count - 1]) {
        if (day == days[count - 1]) return;
        int at = Arrays.binarySearch(days, 0, count, day);
        if (at >= 0) return;
        insert(-at - 1, day);
      } else {
        insert(count, day);
      }
    }

    private void insert(int at, long day) {
      if (count == days.length) days = Arrays.copyOf(days, count * 2);
      System.arraycopy(days, at, days, at + 1, count - at);
      days[at] = day;
      count++;
    }

    /** The days, ascending (a copy). */
    long[] epochDays() {
      return Arrays.copyOf(days, count);
    }
  }

  /**
   * The streak over the days that had a session, counted back from {@code today}; a day after it (a
   * session from a clock a little ahead) is not counted.
   */
  public static Streak streak(Days sessionDays, LocalDate today) {
    long[] days = sessionDays.days;
    int count = sessionDays.count;
    long t = today.toEpochDay();
    int i = count - 1; // days[i] is the latest session day at or before the day looked at
    while (i >= 0 && days[i] > t) i--;
    long day = i >= 0 && days[i] == t ? t : t - 1;
    long first = 0;
    long last = 0;
    boolean anyDay = false;
    long lastForgiven = 0;
    boolean anyForgiven = false;
    int forgivenInside = 0;
    int pendingForgiven = 0;
    while (count > 0 && day >= days[0]) {
      while (days[i] > day) i--; // days[0] <= day keeps i >= 0
      if (days[i] == day) {
        if (!anyDay) last = day;
        anyDay = true;
        first = day;
        forgivenInside += pendingForgiven;
        pendingForgiven = 0;
      } else if (!anyForgiven || lastForgiven - day >= FORGIVE_EVERY) {
        lastForgiven = day;
        anyForgiven = true;
        if (anyDay) pendingForgiven++;
      } else {
        break;
      }
      day--;
    }
    if (!anyDay) return Streak.NONE;
    return new Streak(
        (int) (last - first) + 1,
        forgivenInside,
        LocalDate.ofEpochDay(first),
        LocalDate.ofEpochDay(last));
  }

  /**
   * Sessions, time spent moving, and the average pain change over the sessions with both answers; a
   * session whose every step was skipped is none of these.
   */
  public record Totals(
      int sessions,
      long activeSeconds,
      int sessionsWithBothPain,
      Double averagePainChange,
      int skippedSessions) {
    public double minutes() {
      return activeSeconds / 60.0;
    }
  }

  public static Totals totals(List<SessionRecord> sessions) {
    TotalsSoFar t = new TotalsSoFar();
    sessions.forEach(t::add);
    return t.totals();
  }

  /** The totals folded one session at a time, for a history read as a stream. */
  public static final class TotalsSoFar {
    private long seconds;
    private int both;
    private long change;
    private int count;
    private int skipped;

    public void add(SessionRecord s) {
      add(
          s.skipped(),
          s.activeSeconds(),
          s.painBefore() == null ? ReadRecord.NO_PAIN : s.painBefore(),
          s.painAfter() == null ? ReadRecord.NO_PAIN : s.painAfter());
    }

    /** A session's figures, as read ({@link ReadRecord}: a pain not answered is NO_PAIN). */
    void add(boolean skippedSession, long activeSeconds, int painBefore, int painAfter) {
      if (skippedSession) {
        skipped++;
        return;
      }
      count++;
      // each record's seconds are bounded when read; saturate anyway, so no sum ever wraps
      seconds = activeSeconds > Long.MAX_VALUE - seconds ? Long.MAX_VALUE : seconds + activeSeconds;
      if (painBefore != ReadRecord.NO_PAIN && painAfter != ReadRecord.NO_PAIN) {
        both++;
        change += painAfter - painBefore;
      }
    }

    public Totals totals() {
      return new Totals(count, seconds, both, both == 0 ? null : (double) change / both, skipped);
    }
  }
}
