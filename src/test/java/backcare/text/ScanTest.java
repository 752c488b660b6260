package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The hand scans that replaced patterns on the start paths take exactly what the patterns took. */
class ScanTest {
  private static final Pattern LEAD =
      Pattern.compile("(\\[\\d{2,}:\\d{2}\\] )?( *)((?:[-!*] |\\d{1,3}[.)] )?)");

  @Test
  void theLeadScanAgreesWithThePattern() {
    QuickTheory.qt()
        .withFixedSeed(20261202L)
        .withExamples(50_000)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 16))
        .checkAssert(
            raw -> {
              String s = backcare.Property.spelled(raw, "[]:  0129.)-!*a٣");
              Matcher m = LEAD.matcher(s);
              assertThat(m.lookingAt()).isTrue();
              assertThat(Wrap.leadLength(s)).as(s).isEqualTo(m.end());
            });
    for (String s :
        new String[] {
          "",
          "[00:30] - a",
          "[123:45] 1. a",
          "[1:23] a",
          "[12:345] a",
          "  12) a",
          "1234. a",
          "- ",
          "-",
          "[12:34]",
          "[12:34] ",
          "   ! x",
          "٣. a"
        }) {
      Matcher m = LEAD.matcher(s);
      assertThat(m.lookingAt()).isTrue();
      assertThat(Wrap.leadLength(s)).as(s).isEqualTo(m.end());
    }
  }

  @Test
  void theDigitsScanAgreesWithThePattern() {
    QuickTheory.qt()
        .withFixedSeed(20261202L)
        .withExamples(20_000)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .checkAssert(
            raw -> {
              String s = backcare.Property.spelled(raw, "0123456789 -a٣");
              for (int max = 1; max <= 4; max++)
                assertThat(Digits.upTo(s, max))
                    .as("%s, %d", s, max)
                    .isEqualTo(s.matches("[0-9]{1," + max + "}"))
                    .isEqualTo(s.matches("\\d{1," + max + "}"));
            });
  }
}
