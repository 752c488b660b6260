package backcare.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A figure's angle is a whole number of one to three digits, perhaps negative: as the pattern was.
 */
class AngleTextTest {
  @Test
  void theHandCheckAgreesWithThePattern() {
    Pattern number = Pattern.compile("-?\\d{1,3}");
    qt().withFixedSeed(20261202L)
        .withExamples(20_000)
        .forAll(strings().betweenCodePoints('+', '9').ofLengthBetween(0, 6))
        .checkAssert(
            t ->
                assertThat(FigureReader.isSmallWhole(t))
                    .as(t)
                    .isEqualTo(number.matcher(t).matches()));
    assertThat(FigureReader.isSmallWhole("٣")).isFalse(); // a digit, but not an ASCII one
  }
}
