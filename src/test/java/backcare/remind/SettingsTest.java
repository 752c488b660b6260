package backcare.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options of `remind on`, parsed and written back, and the times they give. */
class SettingsTest {
  @Test
  void theDefaultsAreEvery50MinutesFrom9To1730OnWorkdaysWithTheDeskRoutine() {
    Settings s = Settings.defaults();
    assertThat(s)
        .isEqualTo(
            new Settings(
                50,
                LocalTime.of(9, 0),
                LocalTime.of(17, 30),
                java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                "desk"));
    assertThat(s.options())
        .containsExactly(
            "--every", "50m", "--between", "09:00-17:30", "--days", "mon-fri", "--routine", "desk");
  }

  @Test
  void intervalsFromTenMinutesToFourHoursInEveryForm() {
    for (String[] c :
        new String[][] {
          {"10m", "10"},
          {"10", "10"},
          {"1h", "60"},
          {"1h30m", "90"},
          {"90min", "90"},
          {"4h", "240"},
          {"240m", "240"},
          {" 45M ", "45"}
        }) {
      assertThat(Settings.parse(c[0], null, null, null).everyMinutes())
          .as(c[0])
          .isEqualTo(Integer.parseInt(c[1]));
    }
    for (String bad : List.of("9m", "0", "4h1m", "241", "5h", "-10m", "1.5h", "", "h", "m")) {
      assertThatThrownBy(() -> Settings.parse(bad, null, null, null))
          .as(bad)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("10m to 4h");
    }
  }

  @Test
  void daysAsRangesListsFullNamesAndAll() {
    assertThat(Settings.parse(null, null, "fri-mon", null).systemdDays()).isEqualTo("Mon,Fri..Sun");
    assertThat(Settings.parse(null, null, "fri-mon", null).cronDays()).isEqualTo("1,5-6,0");
    assertThat(Settings.parse(null, null, "monday,Wednesday,fri", null).systemdDays())
        .isEqualTo("Mon,Wed,Fri");
    assertThat(Settings.parse(null, null, "sun", null).cronDays()).isEqualTo("0");
    assertThat(Settings.parse(null, null, "sat-sun", null).cronDays()).isEqualTo("6,0");
    assertThat(Settings.parse(null, null, "all", null).systemdDays()).isEqualTo("Mon..Sun");
    assertThat(Settings.parse(null, null, "all", null).cronDays()).isEqualTo("*");
    assertThat(Settings.parse(null, null, "tue-thu", null).options()).contains("tue-thu");
    assertThatThrownBy(() -> Settings.parse(null, null, "mo", null))
        .hasMessageContaining("is not a day");
    assertThatThrownBy(() -> Settings.parse(null, null, "mon-tue-wed", null))
        .hasMessageContaining("is not a day");
    for (String gap : List.of("mon,", "mon,,wed", ",fri")) { // an empty day is never dropped
      assertThatThrownBy(() -> Settings.parse(null, null, gap, null))
          .hasMessageContaining("--days " + gap + ": \"\" is not a day");
    }
  }

  @Test
  void settingsSurviveTheRoundTripThroughTheTimerFile() {
    for (Settings s :
        List.of(
            Settings.defaults(),
            Settings.parse("1h30m", "06:05-21:55", "fri-mon", "quick"),
            Settings.parse("4h", "00:00-23:59", "all", "gentle"))) {
      assertThat(Units.settingsOf(Units.timer(s))).contains(s);
    }
  }

  @Test
  void theFirstReminderComesOneIntervalInAndTheLastAtTheEndAtTheLatest() {
    Schedule s = new Schedule(Settings.parse("50m", "09:00-17:30", null, null));
    assertThat(s.timesOfDay())
        .extracting(LocalTime::toString)
        .containsExactly(
            "09:50", "10:40", "11:30", "12:20", "13:10", "14:00", "14:50", "15:40", "16:30",
            "17:20");
    assertThat(new Schedule(Settings.parse("1h", "09:00-17:00", null, null)).timesOfDay())
        .last()
        .isEqualTo(LocalTime.of(17, 0));
    assertThat(new Schedule(Settings.parse("1h", "09:00-17:00", null, null)).onCalendar())
        .containsExactly("Mon..Fri *-*-* 10..17:00:00");
  }

  @Test
  void theNextTimesSkipTheDaysOffAndFollowTheTimeZone() {
    Schedule s = new Schedule(Settings.defaults());
    // Friday 17:15 in Berlin: the last one that day, then Monday's
    ZonedDateTime fri = ZonedDateTime.parse("2026-12-04T17:15:00+01:00[Europe/Berlin]");
    assertThat(s.next(fri, 3))
        .extracting(ZonedDateTime::toString)
        .containsExactly(
            "2026-12-04T17:20+01:00[Europe/Berlin]",
            "2026-12-07T09:50+01:00[Europe/Berlin]",
            "2026-12-07T10:40+01:00[Europe/Berlin]");
    // at a reminder's own time, the next one
    assertThat(s.next(ZonedDateTime.parse("2026-12-07T09:50:00Z"), 1).get(0).toLocalTime())
        .isEqualTo(LocalTime.of(10, 40));
  }
}
