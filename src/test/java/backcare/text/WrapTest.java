package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WrapTest {

  @Test
  void aLineThatFitsIsLeftExactlyAsItIs() {
    assertThat(Wrap.lines("ID    TITLE     time", 20)).containsExactly("ID    TITLE     time");
    assertThat(Wrap.lines("", 20)).containsExactly("");
    assertThat(Wrap.lines("a\n\nb", 20)).containsExactly("a", "", "b");
  }

  @Test
  void listItemsAndNumberedLinesHangUnderTheirText() {
    assertThat(Wrap.lines("  - Stop at once on sudden or sharp pain, numb legs", 24))
        .containsExactly("  - Stop at once on", "    sudden or sharp", "    pain, numb legs");
    assertThat(Wrap.lines("  12. Draw one knee toward your chest", 20))
        .containsExactly("  12. Draw one knee", "      toward your", "      chest");
    assertThat(Wrap.lines("[00:05]   1. Sit tall on a chair, both feet flat", 30))
        .containsExactly(
            "[00:05]   1. Sit tall on a", "             chair, both feet", "             flat");
    assertThat(Wrap.lines("  Why we ask: the nerves of the bladder", 20))
        .containsExactly("  Why we ask: the", "  nerves of the", "  bladder");
  }

  @Test
  void aWordWiderThanTheLineIsCutAndOnlyThen() {
    assertThat(Wrap.lines("see /a/very/long/path/to/history.jsonl now", 12))
        .containsExactly("see", "/a/very/long", "/path/to/his", "tory.jsonl", "now");
    // a word that fits the width but not the hanging indent starts at the left edge, whole
    assertThat(Wrap.lines("  - ab abcdefghij", 10)).containsExactly("  - ab", "abcdefghij");
  }

  @Test
  void anIndentDeeperThanHalfTheWidthIsNotHungUnder() {
    assertThat(Wrap.lines("            - one two three", 16)).containsExactly("- one two three");
  }

  @Test
  void controlCharactersAreWrittenOutAndTabsBecomeSpaces() {
    assertThat(Visible.of("a\u001b[2Jb\u0007c\u202ed\te\u007f\u009b\n"))
        .isEqualTo("a\\u001b[2Jb\\u0007c\\u202ed e\\u007f\\u009b\n");
    String plain = "plain é 日本 😀";
    assertThat(Visible.of(plain)).isSameAs(plain);
    assertThat(Visible.firstControl("ok\tand\nok")).isEqualTo(-1);
    assertThat(Visible.firstControl("no\u200fpe")).isEqualTo(2);
  }

  @Test
  void ourStylesSurroundTheTextAndDataCannotEndOrStartOne() {
    StringWriter sink = new StringWriter();
    HumanWriter out = HumanWriter.over(sink, () -> 30, true);
    out.printlnStyled(Style.RED_BOLD, "EMERGENCY:\u001b[0m go to an emergency department now");
    assertThat(sink.toString())
        .isEqualTo(
            "\u001b[1;31mEMERGENCY:\\u001b[0m go to an\u001b[0m\n"
                + "\u001b[1;31memergency department now\u001b[0m\n");
    sink.getBuffer().setLength(0);
    HumanWriter.println(out, Style.BOLD, "no colour", false);
    assertThat(sink.toString()).isEqualTo("no colour\n");
  }

  @Test
  void aPromptIsShownAtOnceWrappedWithItsLastPieceLeftOpen() {
    StringWriter sink = new StringWriter();
    HumanWriter out = HumanWriter.over(sink, () -> 12, true);
    out.print("Pain now, 0 to 10? ");
    out.flush();
    assertThat(sink.toString()).isEqualTo("Pain now, 0\nto 10? ");
    out.println("7"); // what the program prints on the prompt's line stays on it
    out.println("then a line that wraps");
    assertThat(sink.toString()).isEqualTo("Pain now, 0\nto 10? 7\nthen a line\nthat wraps\n");
  }

  @Test
  void theUnwrappedViewKeepsLongLinesWholeButStillVisible() {
    StringWriter sink = new StringWriter();
    HumanWriter out = HumanWriter.over(sink, () -> 10, true);
    HumanWriter.unwrapped(out).println("{\n  \"description\" : \"a long line of JSON \u202e\"\n}");
    assertThat(sink.toString())
        .isEqualTo("{\n  \"description\" : \"a long line of JSON \\u202e\"\n}\n");
  }

  @Test
  void theWidthIsColumnsWhenSensibleElseEighty() {
    assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "132"), false).getAsInt())
        .isEqualTo(132);
    assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "0"), false).getAsInt()).isEqualTo(80);
    assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "wide"), false).getAsInt())
        .isEqualTo(80);
    assertThat(TerminalWidth.of(java.util.Map.of(), false).getAsInt()).isEqualTo(80);
  }

  @Test
  void aPromptIsWrappedToo_AndTheLineAfterItsAnswerStartsAfresh() {
    StringWriter sink = new StringWriter();
    HumanWriter out = HumanWriter.over(sink, () -> 40, true);
    out.print(
        "Has a clinician examined you since 2026-11-30 and said gentle exercise is fine? (y/n): ");
    out.flush();
    // the person types n and Enter: the terminal's echo ends the prompt's line
    HumanWriter.answered(out);
    out.println("Then the routine waits: please do what the screen said first.");
    out.flush();
    // (no echo here: on a terminal the typed "n" and Enter stand between the prompt and the next
    // line)
    assertThat(sink.toString())
        .isEqualTo(
            """
                Has a clinician examined you since
                2026-11-30 and said gentle exercise is
                fine? (y/n): Then the routine waits: please do what
                the screen said first.
                """);
  }
}
