package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For any text: what {@link Visible} and {@link HumanWriter} let through holds no character a
 * terminal acts on, and {@link Wrap} keeps every line within the width without splitting a word
 * that fits. QuickTheories with a fixed seed, so a run is repeatable; a few thousand tries take a
 * few seconds.
 */
class VisibleAndWrapPropertyTest {

  /**
   * Characters a terminal could act on: C0 but newline, DEL, C1, and the bidi and separator marks.
   */
  static boolean dangerous(char c) {
    return (c < 0x20 && c != '\n')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c
        || c == 0x2028
        || c == 0x2029;
  }

  static void assertSafe(String shown) {
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      assertThat(dangerous(c)).as("U+%04X at %d of %s", (int) c, i, shown).isFalse();
    }
  }

  static final long SEED = 20261201L;

  /**
   * Text with plenty of what hostile files hold: escapes, bells, DEL, C1, bidi overrides, tabs,
   * newlines.
   */
  static Gen<String> hostile() {
    Gen<Character> anyBmp = Generate.characters(0, 0xffff);
    Gen<Character> controls =
        Generate.pick(
            List.of(
                '\u001b', '\u0007', '\u0000', '\r', '\b', '\t', '\n', '\u007f', '\u0085', '\u009b',
                '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u2028',
                '\u2029'));
    Gen<Character> plain = Generate.characters(' ', '~');
    return lists()
        .of(Generate.frequency(Pair.of(5, plain), Pair.of(3, controls), Pair.of(1, anyBmp)))
        .ofSizeBetween(0, 300)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }

  @Test
  void visibleTextHoldsNoControlCharacter() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(hostile())
        .checkAssert(
            text -> {
              String shown = Visible.of(text);
              assertSafe(shown);
              assertThat(shown).doesNotContain("\t");
              assertThat(shown.chars().filter(c -> c == '\n').count())
                  .isEqualTo(text.chars().filter(c -> c == '\n').count());
            });
  }

  @Test
  void nothingPrintedThroughTheWriterReachesTheTerminalRaw() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(hostile(), hostile(), Generate.range(1, 120))
        .checkAssert(
            (text, more, width) -> {
              StringWriter sink = new StringWriter();
              HumanWriter out = HumanWriter.over(sink, () -> width, true);
              out.print(text);
              out.flush(); // a prompt, shown before its line ends
              out.println(more);
              out.printf("%s|%s%n", more, text);
              HumanWriter.unwrapped(out).println(text);
              out.printlnStyled(Style.RED_BOLD, more);
              out.flush();
              String shown =
                  sink.toString().replace(Style.RED_BOLD.on(), "").replace(Style.RESET, "");
              assertSafe(shown);
            });
  }

  /**
   * Words of letters, spaces (sometimes several), newlines, list marks, stamps and now and then a
   * very long word.
   */
  static Gen<String> prose() {
    Gen<String> letters = Generate.characters('a', 'z').map((Character c) -> String.valueOf(c));
    Gen<String> shortWord = lists().of(letters).ofSizeBetween(1, 12).map(l -> String.join("", l));
    Gen<String> longWord = lists().of(letters).ofSizeBetween(20, 150).map(l -> String.join("", l));
    Gen<String> word =
        Generate.oneOf(
            shortWord,
            longWord,
            Generate.pick(List.of("-", "!", "1.", "12)", "[00:05]", "é", "日本", "😀")));
    Gen<String> gap =
        Generate.pick(
            List.of(" ", " ", " ", "  ", "   ", "\n", "\n  - ", "\n  1. ", "\n[01:30]   "));
    Gen<String> lead = Generate.pick(List.of("", "", "  ", "  - ", "[00:00] ", "[00:00]   2. "));
    return lead.zip(
        lists().of(word.zip(gap, (w, g) -> w + g)).ofSizeBetween(0, 60),
        (l, parts) -> l + String.join("", parts));
  }

  @Test
  void wrappingKeepsToTheWidthAndSplitsOnlyWordsWiderThanIt() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(prose(), Generate.range(1, 100))
        .checkAssert(VisibleAndWrapPropertyTest::wrapsWithinWidth);
  }

  private static void wrapsWithinWidth(String text, int width) {
    String[] inputLines = text.split("\n", -1);
    List<String> wrapped = Wrap.lines(text, width);
    for (String line : wrapped) {
      assertThat(Wrap.columns(line)).as("%s at width %d", line, width).isLessThanOrEqualTo(width);
    }
    // re-wrap line by line, so each input line's words can be matched to the output's, in order
    List<String> out = new ArrayList<>();
    for (String line : inputLines) out.addAll(Wrap.lines(line, width));
    assertThat(out).isEqualTo(wrapped);
    List<String> outWords = words(out);
    int k = 0;
    for (String word : words(List.of(inputLines))) {
      if (Wrap.columns(word) <= width) {
        assertThat(outWords.get(k)).as("word %d at width %d", k, width).isEqualTo(word);
        k++;
      } else { // cut into pieces of the width, the last one shorter
        StringBuilder joined = new StringBuilder();
        while (joined.length() < word.length()) joined.append(outWords.get(k++));
        assertThat(joined.toString()).isEqualTo(word);
      }
    }
    assertThat(k).isEqualTo(outWords.size());
  }

  private static List<String> words(List<String> lines) {
    List<String> words = new ArrayList<>();
    for (String line : lines) {
      for (String w : line.split(" ")) if (!w.isEmpty()) words.add(w);
    }
    return words;
  }
}
