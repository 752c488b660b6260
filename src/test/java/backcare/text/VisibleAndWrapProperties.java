package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any text: what {@link Visible} and {@link HumanWriter} let through holds no character a
 * terminal acts on, and {@link Wrap} keeps every line within the width without splitting a word
 * that fits. Fixed seeds, so a run is repeatable; a few thousand tries take a few seconds.
 */
class VisibleAndWrapProperties {

    /** Characters a terminal could act on: C0 but newline, DEL, C1, and the bidi and separator marks. */
    static boolean dangerous(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c
                || c == 0x2028 || c == 0x2029;
    }

    static void assertSafe(String shown) {
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            assertThat(dangerous(c)).as("U+%04X at %d of %s", (int) c, i, shown).isFalse();
        }
    }

    /** Text with plenty of what hostile files hold: escapes, bells, DEL, C1, bidi overrides, tabs, newlines. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> anyBmp = Arbitraries.chars();
        Arbitrary<Character> controls = Arbitraries.of('\u001b', '\u0007', '\u0000', '\r', '\b', '\t', '\n', '\u007f',
                '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u2028', '\u2029');
        Arbitrary<Character> plain = Arbitraries.chars().range(' ', '~');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(3, controls), net.jqwik.api.Tuple.of(1, anyBmp))
                .list().ofMaxSize(300)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 2000, seed = "20261201")
    void visibleTextHoldsNoControlCharacter(@ForAll("hostile") String text) {
        String shown = Visible.of(text);
        assertSafe(shown);
        assertThat(shown).doesNotContain("\t");
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(text.chars().filter(c -> c == '\n').count());
    }

    @Property(tries = 500, seed = "20261201")
    void nothingPrintedThroughTheWriterReachesTheTerminalRaw(@ForAll("hostile") String text, @ForAll("hostile") String more,
                                                             @ForAll @IntRange(min = 1, max = 120) int width) {
        StringWriter sink = new StringWriter();
        HumanWriter out = HumanWriter.over(sink, () -> width, true);
        out.print(text);
        out.flush(); // a prompt, shown before its line ends
        out.println(more);
        out.printf("%s|%s%n", more, text);
        HumanWriter.unwrapped(out).println(text);
        out.printlnStyled(Style.RED_BOLD, more);
        out.flush();
        String shown = sink.toString().replace(Style.RED_BOLD.on(), "").replace(Style.RESET, "");
        assertSafe(shown);
    }

    /** Words of letters, spaces (sometimes several), newlines, list marks, stamps and now and then a very long word. */
    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(20).ofMaxLength(150),
                Arbitraries.of("-", "!", "1.", "12)", "[00:05]", "é", "日本", "😀"));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "   ", "\n", "\n  - ", "\n  1. ", "\n[01:30]   ");
        return Arbitraries.oneOf(Arbitraries.of("", "  ", "  - ", "[00:00] ", "[00:00]   2. "), Arbitraries.just(""))
                .flatMap(lead -> net.jqwik.api.Combinators.combine(word, gap).as((w, g) -> w + g)
                        .list().ofMaxSize(60).map(parts -> lead + String.join("", parts)));
    }

    @Property(tries = 1000, seed = "20261201")
    void wrappingKeepsToTheWidthAndSplitsOnlyWordsWiderThanIt(@ForAll("prose") String text,
                                                              @ForAll @IntRange(min = 1, max = 100) int width) {
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
