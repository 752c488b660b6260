package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The content parser's id and whole-number scans take exactly what the patterns they replaced took.
 */
class ContentParserScanTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
  private static final Pattern SIGN_AND_LEADING_ZEROS = Pattern.compile("^-?0*(?=\\d)");

  @Test
  void theIdScanAgreesWithThePattern() {
    backcare.Property.spelledTexts(
        "abz09-abz09-abz09-A _é",
        70,
        50_000,
        s -> {
          // mostly id characters, so that long ids (the 64 limit) come up
          assertThat(ContentParser.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
        });
    String long64 = "a".repeat(64);
    for (String s :
        new String[] {"", "-", "a", "a-", "-a", "a--b", "cat-cow", long64, long64 + "a"})
      assertThat(ContentParser.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
  }

  @Test
  void theWholeNumberScanAgreesWithThePatterns() {
    backcare.Property.spelledTexts(
        "0001239-- a.+٣",
        12,
        50_000,
        s -> {
          String expected =
              WHOLE_NUMBER.matcher(s).matches()
                  ? SIGN_AND_LEADING_ZEROS.matcher(s).replaceFirst("")
                  : null;
          assertThat(ContentParser.wholeNumberDigits(s)).as(s).isEqualTo(expected);
        });
    for (String s : new String[] {"", "-", "0", "-0", "000", "-007", "12", "1-2", " 1", "٣"}) {
      String expected =
          WHOLE_NUMBER.matcher(s).matches()
              ? SIGN_AND_LEADING_ZEROS.matcher(s).replaceFirst("")
              : null;
      assertThat(ContentParser.wholeNumberDigits(s)).as(s).isEqualTo(expected);
    }
  }
}
