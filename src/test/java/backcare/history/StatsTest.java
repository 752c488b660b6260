package backcare.history;

import static backcare.history.Records.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  static final LocalDate TODAY = LocalDate.parse("2024-05-20");

  /** A session at 08:00 UTC on each of these days of May 2024. */
  private static List<SessionRecord> onDays(int... days) {
    List<SessionRecord> list = new ArrayList<>();
    for (int d : days) list.add(session(String.format("2024-05-%02dT08:00:00Z", d), 4, 3));
    return list;
  }

  private static List<SessionRecord> everyDayExcept(int from, int to, int... missed) {
    List<Integer> skip = java.util.Arrays.stream(missed).boxed().toList();
    return onDays(
        java.util.stream.IntStream.rangeClosed(from, to).filter(d -> !skip.contains(d)).toArray());
  }

  private static Stats.Streak streak(List<SessionRecord> s) {
    return Stats.streak(s, TODAY, ZoneOffset.UTC);
  }

  @Test
  void noSessionsNoStreak() {
    assertThat(streak(List.of()).days()).isZero();
  }

  @Test
  void daysInARowEndingToday() {
    assertThat(streak(onDays(18, 19, 20)))
        .isEqualTo(new Stats.Streak(3, 0, LocalDate.parse("2024-05-18"), TODAY));
  }

  @Test
  void todayWithoutASessionYetDoesNotBreakIt() {
    assertThat(streak(onDays(18, 19)).days()).isEqualTo(2);
  }

  @Test
  void twoSessionsOnADayCountOnce() {
    List<SessionRecord> s = new ArrayList<>(onDays(19, 20));
    s.add(session("2024-05-20T19:00:00Z", 3, 2));
    assertThat(streak(s).days()).isEqualTo(2);
  }

  @Test
  void oneMissedDayIsForgivenAndCounted() {
    assertThat(streak(onDays(16, 17, 19, 20)))
        .isEqualTo(new Stats.Streak(5, 1, LocalDate.parse("2024-05-16"), TODAY));
  }

  @Test
  void aSecondMissedDayWithinTheWeekEndsIt() {
    // missed 16 (forgiven) and 14 (two days earlier: not forgiven)
    assertThat(streak(everyDayExcept(10, 20, 14, 16)))
        .isEqualTo(new Stats.Streak(6, 1, LocalDate.parse("2024-05-15"), TODAY));
  }

  @Test
  void missedDaysSevenDaysApartAreBothForgiven() {
    assertThat(streak(everyDayExcept(5, 20, 9, 16)))
        .isEqualTo(new Stats.Streak(16, 2, LocalDate.parse("2024-05-05"), TODAY));
  }

  @Test
  void missedDaysSixDaysApartAreNot() {
    assertThat(streak(everyDayExcept(5, 20, 10, 16)))
        .isEqualTo(new Stats.Streak(10, 1, LocalDate.parse("2024-05-11"), TODAY));
  }

  @Test
  void twoMissedDaysInARowEndIt() {
    assertThat(streak(onDays(14, 15, 16, 19, 20)).days()).isEqualTo(2);
  }

  @Test
  void missingYesterdayIsForgivenButNotCountedWhileTodayIsOpen() {
    assertThat(streak(onDays(16, 17, 18)))
        .isEqualTo(
            new Stats.Streak(3, 0, LocalDate.parse("2024-05-16"), LocalDate.parse("2024-05-18")));
    // yesterday used the week's forgiveness, so the miss on the 15th ends it
    assertThat(streak(onDays(13, 14, 16, 17, 18)).days()).isEqualTo(3);
  }

  @Test
  void threeDaysWithoutASessionAndTheStreakIsGone() {
    assertThat(streak(onDays(10, 11, 12, 13, 14, 15, 16, 17)).days()).isZero();
  }

  @Test
  void daysAreCountedInTheUsersTimeZone() {
    // 23:30 in New York on the 19th is 04:30 UTC on the 20th
    List<SessionRecord> s =
        List.of(session("2024-05-18T12:00:00Z", 4, 3), session("2024-05-19T23:30:00-04:00", 4, 3));
    assertThat(Stats.streak(s, TODAY, ZoneOffset.UTC))
        .isEqualTo(new Stats.Streak(3, 1, LocalDate.parse("2024-05-18"), TODAY));
    assertThat(Stats.streak(s, TODAY, ZoneId.of("America/New_York")))
        .isEqualTo(
            new Stats.Streak(2, 0, LocalDate.parse("2024-05-18"), LocalDate.parse("2024-05-19")));
  }

  @Test
  void aClockChangeDoesNotBreakADailyStreak() {
    // Europe/London springs forward on 2024-03-31: 00:30 local each day is still one session a day
    List<SessionRecord> s =
        List.of(
            session("2024-03-30T00:30:00Z", 4, 3),
            session("2024-03-31T00:30:00Z", 4, 3),
            session("2024-04-01T00:30:00+01:00", 4, 3));
    assertThat(Stats.streak(s, LocalDate.parse("2024-04-01"), ZoneId.of("Europe/London")).days())
        .isEqualTo(3);
  }

  @Test
  void totalsAndTheAverageChangeCountOnlySessionsWithBothAnswers() {
    List<SessionRecord> s =
        List.of(
            session("2024-05-18T08:00:00Z", 5, 3, "done", 300),
            session("2024-05-19T08:00:00Z", 6, null, "quit", 120),
            session("2024-05-20T08:00:00Z", 4, 5, "done", 60),
            session("2024-05-20T09:00:00Z", null, 2, "done", 30));
    Stats.Totals t = Stats.totals(s);
    assertThat(t.sessions()).isEqualTo(4);
    assertThat(t.activeSeconds()).isEqualTo(510);
    assertThat(t.minutes()).isEqualTo(8.5);
    assertThat(t.sessionsWithBothPain()).isEqualTo(2);
    assertThat(t.averagePainChange()).isEqualTo(-0.5);
    assertThat(Stats.totals(s.subList(1, 2)).averagePainChange()).isNull();
  }

  /**
   * A session whose every step was skipped with n did nothing: no streak day, no session in the
   * totals.
   */
  @Test
  void aSessionWithEveryStepSkippedCountsTowardNeitherTheStreakNorTheTotals() {
    List<SessionRecord> s = new ArrayList<>(onDays(17, 18));
    s.add(session("2024-05-19T08:00:00Z", 4, null, "skipped", 3));
    s.add(session("2024-05-20T08:00:00Z", 4, null, "skipped", 2));
    // the 19th and 20th have only skipped runs: the 19th is forgiven, today is still open
    assertThat(streak(s))
        .isEqualTo(
            new Stats.Streak(2, 0, LocalDate.parse("2024-05-17"), LocalDate.parse("2024-05-18")));
    assertThat(streak(List.of(session("2024-05-20T08:00:00Z", 4, 3, "skipped", 1))).days())
        .isZero();
    Stats.Totals t = Stats.totals(s);
    assertThat(t.sessions()).isEqualTo(2);
    assertThat(t.skippedSessions()).isEqualTo(2);
    assertThat(t.activeSeconds()).isEqualTo(600);
  }
}
