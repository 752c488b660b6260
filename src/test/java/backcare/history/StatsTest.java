package backcare.history;

import static backcare.history.Records.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

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

  /**
   * Zones whose days are not 24 hours or whose offsets are odd: DST of an hour either way (London,
   * Paris, Dublin's negative one), DST that began at midnight (São Paulo until 2019, so some days
   * start at 01:00), Lord Howe's 30 minutes, Apia's skipped 2011-12-30, offsets of :30 and :45, the
   * date line, Casablanca's DST suspended for Ramadan, Troll's two hours, and fixed offsets.
   */
  static final List<String> ODD_ZONES =
      List.of(
          "Europe/London",
          "Europe/Paris",
          "Europe/Dublin",
          "America/Sao_Paulo",
          "Australia/Lord_Howe",
          "Pacific/Apia",
          "Asia/Kolkata",
          "Asia/Kathmandu",
          "Pacific/Chatham",
          "America/St_Johns",
          "Pacific/Kiritimati",
          "Africa/Casablanca",
          "Antarctica/Troll",
          "America/New_York",
          "UTC",
          "-09:30",
          "+13:45");

  /** Every zone this JDK knows, in a fixed order. */
  static final List<String> ALL_ZONES =
      new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  private static final long FROM_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long TO_2040 = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();

  /** A zone from a seed: one of the odd ones half the time, else any. */
  private static ZoneId zone(Random random) {
    List<String> from = random.nextBoolean() ? ODD_ZONES : ALL_ZONES;
    return ZoneId.of(from.get(random.nextInt(from.size())));
  }

  /** A second near one of the zone's clock changes, when it has one near a random time. */
  private static long nearAChange(Random random, ZoneId zone) {
    long t = FROM_2000 + (long) (random.nextDouble() * (TO_2040 - FROM_2000));
    if (random.nextInt(8) == 0 && zone.getId().equals("Pacific/Apia"))
      t = Instant.parse("2011-12-29T00:00:00Z").getEpochSecond();
    ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(t));
    if (next != null && next.toEpochSecond() < TO_2040 && random.nextInt(4) > 0)
      t = next.toEpochSecond();
    return t;
  }

  /**
   * The day of a second in a zone ({@link Stats.Days#day}, which looks the zone's offset up only at
   * its changes) is its local date, as Instant.atZone gives it, in every zone this JDK knows: over
   * seconds at each clock change and either side of it, in time order, and some out of order.
   */
  @Test
  void aSecondsDayIsItsLocalDateInEveryZone() {
    for (String id : ALL_ZONES) {
      ZoneId zone = ZoneId.of(id);
      ZoneRules rules = zone.getRules();
      Random random = new Random(id.hashCode());
      Stats.Days days = new Stats.Days(zone);
      long t = FROM_2000;
      while (t < TO_2040) {
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(t));
        long change = next == null ? TO_2040 : next.toEpochSecond();
        long[] seconds = {
          t, t + random.nextInt(86_400), change - 86_401, change - 1, change, change + 1, change + 7
        };
        for (long s : seconds) {
          if (s < FROM_2000) continue;
          assertThat(days.day(s))
              .as("%s at %s", id, Instant.ofEpochSecond(s))
              .isEqualTo(Instant.ofEpochSecond(s).atZone(zone).toLocalDate().toEpochDay());
        }
        // and one out of order, before the span now cached
        long back = FROM_2000 + (long) (random.nextDouble() * (t - FROM_2000));
        assertThat(days.day(back))
            .as("%s at %s", id, Instant.ofEpochSecond(back))
            .isEqualTo(Instant.ofEpochSecond(back).atZone(zone).toLocalDate().toEpochDay());
        t = Math.max(change, t + 1 + random.nextInt(40 * 86_400));
      }
    }
  }

  /**
   * The streak over epoch days is the one the calendar dates in a TreeSet gave (the way before
   * issue 12's round of figures, kept below as the reference): over random runs of sessions about a
   * day apart, near the zone's clock changes, some days missed, some doubled, some skipped runs, in
   * time order or not, in random zones, counted back from a random now near the last session.
   */
  @Test
  void theStreakOverEpochDaysIsTheOneOverLocalDates() {
    qt().withFixedSeed(20261230L)
        .withExamples(2000)
        .forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              ZoneId zone = zone(random);
              long t = nearAChange(random, zone) - random.nextInt(40) * 86_400L;
              List<SessionRecord> sessions = new ArrayList<>();
              int n = random.nextInt(60);
              for (int i = 0; i < n; i++) {
                int step = random.nextInt(10);
                // mostly a day on, give or take some hours; sometimes two or three days, or minutes
                long gap =
                    step < 6
                        ? 86_400 + random.nextInt(6 * 3600) - 3 * 3600
                        : step < 8 ? 86_400 * (2 + random.nextInt(2)) : random.nextInt(7200);
                t += gap;
                OffsetDateTime start =
                    Instant.ofEpochSecond(t).atOffset(ZoneOffset.ofHours(random.nextInt(27) - 12));
                String ending = random.nextInt(12) == 0 ? "skipped" : "done";
                sessions.add(session(start.toString(), 4, 3, ending, 60));
              }
              int order = random.nextInt(10);
              if (order == 0) Collections.shuffle(sessions, random);
              else if (order == 1 && n > 1) {
                for (int i = 0; i < n / 4; i++) Collections.swap(sessions, i, random.nextInt(n));
              }
              long nowSecond = t + random.nextInt(4 * 86_400) - 2 * 86_400L;
              LocalDate today = Instant.ofEpochSecond(nowSecond).atZone(zone).toLocalDate();

              TreeSet<LocalDate> dates = new TreeSet<>();
              for (SessionRecord s : sessions)
                if (!s.skipped()) dates.add(s.start().atZoneSameInstant(zone).toLocalDate());
              Stats.Days days = new Stats.Days(zone);
              for (SessionRecord s : sessions) days.add(s.start().toEpochSecond(), s.skipped());

              String what = zone + ", today " + today + ", sessions " + sessions;
              assertThat(days.epochDays())
                  .as(what)
                  .containsExactly(dates.stream().mapToLong(LocalDate::toEpochDay).toArray());
              Stats.Streak expected = streakOverDates(dates, today);
              assertThat(Stats.streak(days, today)).as(what).isEqualTo(expected);
              assertThat(Stats.streak(sessions, today, zone)).as(what).isEqualTo(expected);
            });
  }

  /** The streak as it was counted over a TreeSet of dates before issue 12's round of figures. */
  private static Stats.Streak streakOverDates(TreeSet<LocalDate> days, LocalDate today) {
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
          || ChronoUnit.DAYS.between(day, lastForgiven) >= Stats.FORGIVE_EVERY) {
        lastForgiven = day;
        if (last != null) pendingForgiven++;
      } else {
        break;
      }
      day = day.minusDays(1);
    }
    if (last == null) return Stats.Streak.NONE;
    return new Stats.Streak(
        (int) ChronoUnit.DAYS.between(first, last) + 1, forgivenInside, first, last);
  }
}
