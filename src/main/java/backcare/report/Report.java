package backcare.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the report to take to a clinician says, in the order a clinician reads it: whom it is for
 * and the period, the screens, the safety-net alerts, pain over time, the sessions, the totals and
 * the exercises done most. Plain values only; the HTML, Markdown and JSON writers only lay it out.
 *
 * @param name whom it is for, as the user gave it, or null (a line to fill in by hand)
 * @param from the first day of the period
 * @param to the last day of the period (today)
 * @param made when the report was made, in the user's time zone
 * @param zone the time zone of every date and time here
 * @param latestScreen the latest screen (or clearance) of all history, or null when there is none
 * @param earlierScreens the screens before it within the period, newest first, at most {@link
 *     ReportBuilder#MAX_EARLIER_SCREENS}
 * @param earlierScreensLeftOut how many more earlier screens the period holds than are listed
 * @param alerts the safety-net alerts that held at any time in the period, oldest first
 * @param pain every pain answer of a session in the period, oldest first
 * @param sessions the latest sessions of the period, newest first, at most {@link
 *     ReportBuilder#MAX_SESSION_ROWS}
 * @param sessionsInPeriod every run in the period, skipped ones included
 * @param totals the numbers of the period (the streak of all history)
 * @param exercises the exercises done most in the period, most first
 * @param skippedLines why lines of the history were left out (damaged, untrusted times)
 * @param hints what to record and how, when the history is empty or thin
 */
public record Report(
    String name,
    LocalDate from,
    LocalDate to,
    LocalDateTime made,
    String zone,
    Screen latestScreen,
    List<Screen> earlierScreens,
    int earlierScreensLeftOut,
    List<AlertSpan> alerts,
    List<PainPoint> pain,
    List<SessionRow> sessions,
    int sessionsInPeriod,
    Totals totals,
    List<ExerciseCount> exercises,
    List<String> skippedLines,
    List<String> hints) {

  public Report {
    earlierScreens = List.copyOf(earlierScreens);
    alerts = List.copyOf(alerts);
    pain = List.copyOf(pain);
    sessions = List.copyOf(sessions);
    exercises = List.copyOf(exercises);
    skippedLines = List.copyOf(skippedLines);
    hints = List.copyOf(hints);
  }

  /** A triaged answer: its id and what it means in plain words. */
  public record Answer(String id, String words) {}

  /**
   * One screen: when, its outcome id and what it asked for, the answers that triggered it, and the
   * conditions it set. {@code clearance}: a clinician's clearance recorded at the routine's gate,
   * not a screen; {@code cleared}: a clinician had cleared the user (given in the screen or at the
   * gate).
   */
  public record Screen(
      LocalDateTime time,
      String outcome,
      String outcomeWords,
      boolean cleared,
      boolean clearance,
      List<Answer> triggered,
      List<String> conditions) {
    public Screen {
      triggered = List.copyOf(triggered);
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * A safety-net rule that held from {@code from} until {@code until} (the last day it was seen to
   * hold; null while it still holds today), with its latest message.
   */
  public record AlertSpan(String rule, String message, LocalDate from, LocalDate until) {
    public boolean current() {
      return until == null;
    }
  }

  /** One pain answer: when the session started, before or after it, and the score 0-10. */
  public record PainPoint(LocalDateTime time, boolean before, int pain) {}

  /**
   * One session as a row: how long was spent moving, how it ended, pain before and after (null: not
   * answered).
   */
  public record SessionRow(
      LocalDateTime start,
      String routine,
      String routineTitle,
      long activeSeconds,
      String ending,
      String endingWords,
      Integer painBefore,
      Integer painAfter,
      List<String> conditions) {
    public SessionRow {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * The numbers of the period: sessions done (every step skipped is not a session), those run with
   * every step skipped, time moving, sessions stopped for pain, the streak (of all history) and the
   * average change in pain over the sessions with both answers (negative is better; null when
   * none).
   */
  public record Totals(
      int sessions,
      int skippedSessions,
      long activeSeconds,
      int stoppedForPain,
      int streakDays,
      int streakForgivenDays,
      int sessionsWithBothPain,
      Double averagePainChange,
      List<LocalDate> stoppedOn) {
    /** Without the stop dates (no session was stopped for pain). */
    public Totals(
        int sessions,
        int skippedSessions,
        long activeSeconds,
        int stoppedForPain,
        int streakDays,
        int streakForgivenDays,
        int sessionsWithBothPain,
        Double averagePainChange) {
      this(
          sessions,
          skippedSessions,
          activeSeconds,
          stoppedForPain,
          streakDays,
          streakForgivenDays,
          sessionsWithBothPain,
          averagePainChange,
          List.of());
    }

    /**
     * The stops for pain, newest first, at most {@link #STOP_DATES} dates and then how many more:
     * every one dated, even those past the table's last rows.
     */
    public String stops() {
      if (stoppedOn.isEmpty()) return Integer.toString(stoppedForPain);
      List<String> dates = stoppedOn.stream().limit(STOP_DATES).map(LocalDate::toString).toList();
      return stoppedForPain
          + " ("
          + String.join(", ", dates)
          + (stoppedOn.size() > STOP_DATES
              ? " and " + (stoppedOn.size() - STOP_DATES) + " earlier"
              : "")
          + ")";
    }
  }

  /** The most stop dates listed in the totals. */
  static final int STOP_DATES = 12;

  /** An exercise and the number of sessions in the period in which it was done. */
  public record ExerciseCount(String id, String name, int sessions) {}
}
