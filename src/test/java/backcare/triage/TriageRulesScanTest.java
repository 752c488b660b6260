package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The questions file's id and number-test scans take exactly what the patterns they replaced took.
 */
class TriageRulesScanTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NUMBER_TEST = Pattern.compile("([a-z0-9-]+)(>=|<)([0-9]{1,3})");

  /** Strings made of the characters that matter to both patterns, and a few that do not. */
  private static final String ALPHABET = "az09-<>=Z _.7é";

  @Test
  void theIdScanAgreesWithThePattern() {
    backcare.Property.spelledTexts(
        ALPHABET,
        9,
        50_000,
        s -> {
          assertThat(TriageRules.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
        });
    for (String s : new String[] {"", "-", "a", "a-b", "a--b", "-a", "a-", "age", "leg-pain-both"})
      assertThat(TriageRules.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
  }

  @Test
  void theNumberTestScanAgreesWithThePattern() {
    backcare.Property.spelledTexts(
        ALPHABET,
        10,
        50_000,
        s -> {
          Matcher m = NUMBER_TEST.matcher(s);
          Combination.NumberTest t = TriageRules.numberTest(s);
          if (!m.matches()) {
            assertThat(t).as(s).isNull();
          } else {
            assertThat(t)
                .as(s)
                .isEqualTo(
                    new Combination.NumberTest(
                        m.group(1), m.group(2).equals(">="), Integer.parseInt(m.group(3))));
          }
        });
    for (String s :
        new String[] {
          "age>=50", "age<18", "age<", "age>=1000", ">=5", "a-b<007", "age>50", "age=>5"
        }) {
      Matcher m = NUMBER_TEST.matcher(s);
      assertThat(TriageRules.numberTest(s) != null).as(s).isEqualTo(m.matches());
    }
  }
}
