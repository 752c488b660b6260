package backcare.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

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
    TreeSet<LocalDate> days = new TreeSet<>();
    for (SessionRecord s : sessions) addDay(days, s, zone);
    return streak(days, today);
  }

  /** Adds the day of a session that counts for the streak (any but one with every step skipped). */
  public static void addDay(TreeSet<LocalDate> days, SessionRecord s, ZoneId zone) {
    if (!s.skipped()) days.add(s.start().atZoneSameInstant(zone).toLocalDate());
  }

  /**
   * The streak over the days that had a session: at most one entry a calendar day, whatever the
   * history's size.
   */
  public static Streak streak(TreeSet<LocalDate> days, LocalDate today) {
    LocalDate day = days.contains(today) ? today : today.minusDays(1);
    LocalDate first = null;
    LocalDate last = null;
    LocalDate lastForgiven = null;
    int forgivenInside = 0;
    int pendingForgiven = 0;
    while (!days.isEmpty() && !day.isBefore(days.first())) {
      if (days.contains(day)) {
        if (last == null) last = day;
        first = day;
        forgivenInside += pendingForgiven;
        pendingForgiven = 0;
      } else if (lastForgiven == null
          || ChronoUnit.DAYS.between(day, lastForgiven) >= FORGIVE_EVERY) {
        lastForgiven = day;
        if (last != null) pendingForgiven++;
      } else {
        break;
      }
      day = day.minusDays(1);
    }
    if (last == null) return Streak.NONE;
    return new Streak((int) ChronoUnit.DAYS.between(first, last) + 1, forgivenInside, first, last);
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
