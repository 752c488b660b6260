package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scans that replaced patterns on the start paths take exactly what the patterns took. */
class ScanTest {
  private static final Pattern LEAD =
      Pattern.compile("(\\[\\d{2,}:\\d{2}\\] )?( *)((?:[-!*] |\\d{1,3}[.)] )?)");

  @Test
  void theLeadScanAgreesWithThePattern() {
    backcare.Property.spelledTexts(
        "[]:  0129.)-!*a٣",
        16,
        50_000,
        s -> {
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
    backcare.Property.spelledTexts(
        "0123456789 -a٣",
        6,
        20_000,
        s -> {
          for (int max = 1; max <= 4; max++)
            assertThat(Digits.upTo(s, max))
                .as("%s, %d", s, max)
                .isEqualTo(s.matches("[0-9]{1," + max + "}"))
                .isEqualTo(s.matches("\\d{1," + max + "}"));
        });
  }
}
