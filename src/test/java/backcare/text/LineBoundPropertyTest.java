package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * No line a person reads is longer than {@link HumanWriter#MAX_LINE}, whatever is echoed into it,
 * and it says how much was left out; what goes through the unwrapped view (JSON, CSV, SVG) stays
 * whole. QuickTheories with a fixed seed.
 */
class LineBoundPropertyTest {
  static final long SEED = 20261201L;

  /**
   * Lines from empty to several times the bound, of one repeated character (with the odd control).
   */
  static Gen<String> longLines() {
    return Generate.range(0, 5 * HumanWriter.MAX_LINE)
        .zip(
            Generate.pick(java.util.List.of("x", "é", "\u001b", "a b", "\uD83D\uDE00")),
            (n, unit) -> unit.repeat(n / unit.length()));
  }

  @Test
  void noHumanLineIsLongerThanTheBound() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(longLines(), Generate.booleans(), Generate.range(1, 1000))
        .checkAssert(
            (text, wrap, width) -> {
              StringWriter sink = new StringWriter();
              HumanWriter out = HumanWriter.over(sink, () -> width, wrap);
              out.println("backcare: unknown routine '" + text + "'");
              out.printlnStyled(Style.RED_BOLD, text);
              out.print(text);
              out.flush(); // a prompt, shown before its line ends
              out.println();
              String shown =
                  sink.toString().replace(Style.RED_BOLD.on(), "").replace(Style.RESET, "");
              shown
                  .lines()
                  .forEach(
                      line -> assertThat(line.length()).isLessThanOrEqualTo(HumanWriter.MAX_LINE));
              int visible = Visible.of(text).length();
              // (narrower than a word, the note itself is wrapped apart)
              if (visible > HumanWriter.MAX_LINE && (!wrap || width >= 20))
                assertThat(shown).contains("characters)");
              if (visible + 40 < HumanWriter.MAX_LINE)
                assertThat(shown).doesNotContain("characters)");
            });
  }

  @Test
  void theUnwrappedViewKeepsEveryLineWhole() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(longLines())
        .checkAssert(
            text -> {
              StringWriter sink = new StringWriter();
              HumanWriter out = HumanWriter.over(sink, () -> 80, true);
              HumanWriter.unwrapped(out).println("{\"id\": \"" + text + "\"}");
              out.flush();
              assertThat(sink.toString()).isEqualTo("{\"id\": \"" + Visible.of(text) + "\"}\n");
            });
  }

  @Test
  void aCutLineSaysHowMuchWasLeftOut() {
    String line = "y".repeat(HumanWriter.MAX_LINE + 500);
    String cut = HumanWriter.cut(line, HumanWriter.MAX_LINE);
    assertThat(cut).hasSizeLessThanOrEqualTo(HumanWriter.MAX_LINE).endsWith(" more characters)");
    int kept = cut.indexOf(" ...");
    assertThat(cut)
        .isEqualTo("y".repeat(kept) + " ... (" + (line.length() - kept) + " more characters)");
    assertThat(HumanWriter.cut("short", HumanWriter.MAX_LINE)).isEqualTo("short");
    // a surrogate pair is never split
    String faces = "\uD83D\uDE00".repeat(HumanWriter.MAX_LINE);
    String cutFaces = HumanWriter.cut(faces, HumanWriter.MAX_LINE);
    assertThat(Character.isHighSurrogate(cutFaces.charAt(cutFaces.indexOf(" ...") - 1))).isFalse();
  }
}
