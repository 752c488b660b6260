package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void parsesEveryWrittenForm() {
    assertThat(Durations.parse("30s")).contains(30);
    assertThat(Durations.parse("1m")).contains(60);
    assertThat(Durations.parse("1m30s")).contains(90);
    assertThat(Durations.parse("45")).contains(45);
    assertThat(Durations.parse(" 2m ")).contains(120);
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertThat(Durations.parse("-5s")).isEmpty();
    assertThat(Durations.parse("-5")).isEmpty();
    assertThat(Durations.parse("")).isEmpty();
    assertThat(Durations.parse("1h")).isEmpty();
    assertThat(Durations.parse("30 s")).isEmpty();
    assertThat(Durations.parse("s")).isEmpty();
    assertThat(Durations.parse("1.5m")).isEmpty();
  }

  @Test
  void aDurationOfAnyLengthNeverWrapsAround() {
    assertThat(Durations.parse("99999999999999999999s")).contains(Integer.MAX_VALUE);
    assertThat(Durations.parse("4611686018427387905m"))
        .contains(Integer.MAX_VALUE); // * 60 wraps a long to 195 s
    assertThat(Durations.parse("1m99999999999999999999s")).contains(Integer.MAX_VALUE);
    assertThat(Durations.parse("2147483648")).contains(Integer.MAX_VALUE);
    assertThat(Durations.parse("9".repeat(100_000) + "m")).contains(Integer.MAX_VALUE);
    assertThat(Durations.parse("0000000000000000000030s")).contains(30);
    assertThat(Durations.parse("000m")).contains(0);
  }

  @Test
  void formatsForPeople() {
    assertThat(Durations.format(45)).isEqualTo("45s");
    assertThat(Durations.format(60)).isEqualTo("1m");
    assertThat(Durations.format(90)).isEqualTo("1m30s");
  }

  @Test
  void clockIsMinutesAndSecondsWithTwoDigitsEach() {
    assertThat(Durations.clock(0)).isEqualTo("00:00");
    assertThat(Durations.clock(9)).isEqualTo("00:09");
    assertThat(Durations.clock(65)).isEqualTo("01:05");
    assertThat(Durations.clock(600)).isEqualTo("10:00");
    assertThat(Durations.clock(99 * 60 + 59)).isEqualTo("99:59");
    assertThat(Durations.clock(100 * 60 + 1)).isEqualTo("100:01");
    for (long s = 0; s < 7200; s += 7) {
      assertThat(Durations.clock(s)).isEqualTo(String.format("%02d:%02d", s / 60, s % 60));
    }
  }

  @Test
  void parseReadsSecondsAndMinutes() {
    assertThat(Durations.parse("45")).contains(45);
    assertThat(Durations.parse("1m30s")).contains(90);
    assertThat(Durations.parse(" 2m ")).contains(120);
    assertThat(Durations.parse("-5s")).isEmpty();
    assertThat(Durations.parse("12345678")).contains(12345678);
  }

  /** The hand reader takes exactly what the patterns it replaced took, with the same value. */
  @Test
  void theHandReaderAgreesWithThePatterns() {
    java.util.regex.Pattern form = java.util.regex.Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?");
    java.util.regex.Pattern seconds = java.util.regex.Pattern.compile("\\d+");
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(20261202L)
        .withExamples(20_000)
        .forAll(
            org.quicktheories.generators.SourceDSL.strings()
                .betweenCodePoints(' ', 'z')
                .ofLengthBetween(0, 8)
                .map(x -> x.replaceAll("[^0-9ms \\-]", "")))
        .checkAssert(
            text -> {
              String t = text.trim();
              java.util.Optional<Integer> expected;
              if (seconds.matcher(t).matches()) {
                expected =
                    java.util.Optional.of(
                        (int) Math.min(Durations.wholeNumber(t), Integer.MAX_VALUE));
              } else {
                java.util.regex.Matcher m = form.matcher(t);
                expected =
                    t.isEmpty() || !m.matches()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(
                            (int)
                                Math.min(
                                    (m.group(1) == null ? 0 : Durations.wholeNumber(m.group(1)))
                                            * 60
                                        + (m.group(2) == null
                                            ? 0
                                            : Durations.wholeNumber(m.group(2))),
                                    Integer.MAX_VALUE));
              }
              org.assertj.core.api.Assertions.assertThat(Durations.parse(text))
                  .as(text)
                  .isEqualTo(expected);
            });
  }
}
