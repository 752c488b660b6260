package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What replaced patterns with character classes on the start paths (docs/performance.md) takes
 * exactly what they took.
 */
class StartScanTest {

  @Test
  void theDecimalScanAgreesWithThePattern() {
    Pattern decimal = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    backcare.Property.spelledTexts(
        "0129..- e٣",
        8,
        50_000,
        s -> {
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
