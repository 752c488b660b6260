package backcare.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ready page as a pure function of its content and the terminal's size: wrapped, paged, never
 * cut.
 */
class ReadyPageTest {
  static final FrameStyle PLAIN = new FrameStyle(false, true, FrameStyle.Big.AUTO);
  static final FrameStyle ASCII = new FrameStyle(false, false, FrameStyle.Big.AUTO);

  static final ReadyPage PAGE =
      new ReadyPage(
          "Morning: 8 steps, 9m30s",
          List.of(
              new Notice(
                  Notice.Tone.URGENT,
                  "Emergency signs",
                  List.of(
                      "Go to an emergency department at once if"
                          + " you get new trouble peeing or controlling your bowels.",
                      "Run `backcare triage` first.")),
              new Notice(
                  Notice.Tone.CAUTION,
                  "See a clinician:",
                  List.of(
                      "You stopped 2 sessions in the last"
                          + " 7 days because they hurt. Please have a doctor look at your back."))),
          "Before you start:",
          List.of(
              "Take every move slowly; no sudden or jerky twisting.",
              "Stop at once on sudden or sharp pain, numb or tingling legs."),
          List.of(
              "Made safe for: stenosis.",
              "  Cat-cow was swapped for cat stretch: arching narrows the canal."));

  /** Every page at this size, as plain text. */
  static List<List<String>> pages(ReadyPage page, FrameStyle st, int w, int h) {
    List<List<String>> all = new ArrayList<>();
    for (int p = 0; p < page.pageCount(w, h, st.unicode()); p++) all.add(page.render(st, w, h, p));
    return all;
  }

  static String words(List<List<String>> pages) {
    StringBuilder b = new StringBuilder();
    for (List<String> p : pages) {
      for (String l : p.subList(2, p.size() - 1))
        b.append(' ').append(l.replaceAll("\\+-*|-*\\+|[│┌┐└┘─|]", " "));
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  @Test
  void atEverySizeEachPageFitsAndTogetherTheyShowEveryWord() {
    for (int width = 20; width <= 120; width += 7) {
      for (int h = 4; h <= 40; h += 3) {
        int w = width;
        for (FrameStyle st : List.of(PLAIN, ASCII)) {
          List<List<String>> pages = pages(PAGE, st, w, h);
          for (List<String> p : pages) {
            assertThat(p)
                .as(w + "x" + h)
                .hasSize(h)
                .allSatisfy(l -> assertThat(l.length()).isLessThan(w));
          }
          String shown = words(pages);
          assertThat(shown)
              .as(w + "x" + h)
              .contains(
                  "Emergency signs Go to an emergency department at once"
                      + " if you get new trouble peeing or controlling your bowels.",
                  "! You stopped 2 sessions in the last 7 days because they hurt. Please have a doctor look at"
                      + " your back.",
                  "- Take every move slowly; no sudden or jerky twisting.",
                  "Cat-cow was swapped for cat stretch: arching narrows the canal.");
          assertThat(shown.indexOf("Emergency")).isLessThan(shown.indexOf("See a clinician"));
          assertThat(pages.get(pages.size() - 1).get(h - 1)).contains("start");
        }
      }
    }
  }

  @Test
  void aBlockThatFitsOnAPageIsNotSplitAndTheKeyLineSaysWhatComesNext() {
    List<List<String>> pages = pages(PAGE, PLAIN, 40, 12);
    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages.get(0).get(0))
        .startsWith(" Morning: 8 steps, 9m30s")
        .endsWith("1/" + pages.size());
    assertThat(pages.get(0).get(11))
        .isEqualTo(" space/Enter: more (1/" + pages.size() + "), q: stop");
    assertThat(pages.get(pages.size() - 1).get(11))
        .isEqualTo(" space or Enter to start, q to stop");
    // the box, 7 lines at this width, is whole on the first page
    assertThat(pages.get(0).get(2)).startsWith(" ┌─ Emergency signs ─");
    assertThat(pages.get(0).stream().filter(l -> l.startsWith(" └"))).hasSize(1);
    // one page when everything fits, without a page count
    List<String> big = PAGE.render(PLAIN, 100, 40, 0);
    assertThat(PAGE.pageCount(100, 40, true)).isEqualTo(1);
    assertThat(big.get(0)).isEqualTo(" Morning: 8 steps, 9m30s");
    assertThat(big.get(39)).isEqualTo(" space or Enter to start, q to stop");
    assertThat(big)
        .contains(
            " See a clinician:",
            " Before you start:",
            "   - Take every move slowly; no sudden or" + " jerky twisting.",
            "   Cat-cow was swapped for cat stretch: arching narrows the canal.");
  }

  @Test
  void asciiTerminalsGetAnAsciiBoxAndColourOnlyWhenAskedFor() {
    List<String> ascii = PAGE.render(ASCII, 80, 30, 0);
    assertThat(ascii).allSatisfy(l -> assertThat(l.chars().allMatch(c -> c < 128)).as(l).isTrue());
    assertThat(ascii.get(2)).startsWith(" +- Emergency signs -").endsWith("+");
    assertThat(String.join("", PAGE.render(PLAIN, 80, 30, 0))).doesNotContain("\u001b");
    List<String> coloured = PAGE.render(new FrameStyle(true, true, FrameStyle.Big.AUTO), 80, 30, 0);
    assertThat(coloured.get(3)).startsWith("\u001b[1;31m");
    assertThat(coloured.stream().map(Frame::plain).toList())
        .isEqualTo(PAGE.render(PLAIN, 80, 30, 0));
  }

  @Test
  void aNoticeBoxWrapsItsWordsAndKeepsALongHeadingInside() {
    Notice n =
        new Notice(
            Notice.Tone.URGENT,
            "A heading far too long for the border of this narrow box",
            List.of("Short words only."));
    List<String> lines = n.lines(24, false);
    assertThat(lines).allSatisfy(l -> assertThat(l).hasSize(24));
    assertThat(lines.get(0)).isEqualTo("+----------------------+");
    assertThat(String.join(" ", lines).replaceAll("[|+-]", " ").replaceAll("\\s+", " ").trim())
        .isEqualTo("A heading far too long for the border of this narrow box Short words only.");
  }
}
