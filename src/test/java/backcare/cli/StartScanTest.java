package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * What replaced patterns with character classes on the start paths (docs/performance.md) takes
 * exactly what they took.
 */
class StartScanTest {

  @Test
  void theDecimalScanAgreesWithThePattern() {
    Pattern decimal = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    QuickTheory.qt()
        .withFixedSeed(20261202L)
        .withExamples(50_000)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 8))
        .checkAssert(
            raw -> {
              String s = backcare.Property.spelled(raw, "0129..- e٣");
              assertThat(DecimalOption.isDecimal(s)).as(s).isEqualTo(decimal.matcher(s).matches());
            });
  }

  @Test
  void theConvertersLeftOutAreJavaSqlAndJavaTime() {
    Pattern before = Pattern.compile("java\\.(sql|time)\\..*");
    for (String name :
        new String[] {
          "java.time.Duration",
          "java.time.ZoneId",
          "java.sql.Timestamp",
          "java.sql.Connection",
          "java.nio.file.Path",
          "java.timeX.Y",
          "java.sql",
          "java.time.",
          "javax.time.A",
          "java.util.UUID",
          "java.time.a$b"
        })
      assertThat(name.matches(BackcareCommand.CONVERTERS_EXCLUDED))
          .as(name)
          .isEqualTo(before.matcher(name).matches());
  }
}
