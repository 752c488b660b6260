package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sparkline, the --since grammar and the pain scale. */
class SmallFunctionsTest {
  static final ZonedDateTime NOW = ZonedDateTime.parse("2024-05-20T09:00:00+02:00[Europe/Paris]");

  @Test
  void theSparklineUsesAFixedZeroToTenScale() {
    List<Integer> pain = Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, 5);
    assertThat(Sparkline.render(pain, true)).isEqualTo("▁▂▂▃▄▅▅▆▇▇█ ▅");
    assertThat(Sparkline.render(pain, false)).isEqualTo("0123456789X 5");
  }

  @Test
  void unicodeOnlyWhenTheLocaleSaysUtf8() {
    assertThat(Sparkline.unicodeLocale(Map.of("LANG", "en_GB.UTF-8"))).isTrue();
    assertThat(Sparkline.unicodeLocale(Map.of("LANG", "C.utf8"))).isTrue();
    assertThat(Sparkline.unicodeLocale(Map.of())).isFalse();
    assertThat(Sparkline.unicodeLocale(Map.of("LANG", "C"))).isFalse();
    // LC_ALL wins over LANG
    assertThat(Sparkline.unicodeLocale(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"))).isFalse();
    assertThat(Sparkline.unicodeLocale(Map.of("LC_CTYPE", "de_DE.UTF-8", "LANG", "C"))).isTrue();
  }

  @Test
  void sinceTakesHoursDaysWeeksOrADate() {
    assertThat(Since.parse("12h", NOW)).isEqualTo(NOW.minusHours(12));
    assertThat(Since.parse("30d", NOW))
        .isEqualTo(ZonedDateTime.parse("2024-04-20T09:00:00+02:00[Europe/Paris]"));
    assertThat(Since.parse("2W", NOW))
        .isEqualTo(ZonedDateTime.parse("2024-05-06T09:00:00+02:00[Europe/Paris]"));
    assertThat(Since.parse("2024-03-01", NOW))
        .isEqualTo(ZonedDateTime.parse("2024-03-01T00:00:00+01:00[Europe/Paris]"));
  }

  @Test
  void badSinceValuesSayWhatWouldBeRight() {
    for (String bad :
        List.of("", "30", "d", "-3d", "3x", "0d", "1.5d", "999999d", "2024-02-30", "yesterday")) {
      assertThatThrownBy(() -> Since.parse(bad, NOW))
          .as(bad)
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith("--since ")
          .hasMessageContaining("like 12h, 30d or 2w");
    }
    assertThatThrownBy(() -> Since.parse("3m", NOW))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "--since 3m: \"m\" could mean minutes or months; use days or weeks instead, like 90d or 12w");
  }

  @Test
  void painIsAWholeNumberFromZeroToTen() {
    assertThat(Pain.parse(" 7 ")).isEqualTo(7);
    assertThat(Pain.parse("0")).isZero();
    assertThat(Pain.parse("10")).isEqualTo(10);
    for (String bad : List.of("11", "-1", "5.5", "five", "", "100"))
      assertThat(Pain.parse(bad)).as(bad).isNull();
    assertThat(Pain.option("--pain", null)).isNull();
    assertThatThrownBy(() -> Pain.option("--pain", "11"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "--pain 11: give your pain as a whole number from 0 (no pain) to 10 (worst imaginable)");
  }

  @Test
  void theEarliestTrustedTimeIsTheStartOf2000() {
    org.assertj.core.api.Assertions.assertThat(HistoryStore.EARLIEST)
        .isEqualTo(java.time.Instant.parse("2000-01-01T00:00:00Z"));
  }
}
