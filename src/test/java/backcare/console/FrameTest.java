package backcare.console;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Plan;
import backcare.routine.Side;
import backcare.session.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameTest {
  private static final long S = 1_000_000_000L;
  private static final FrameStyle PLAIN = new FrameStyle(false, true, FrameStyle.Big.AUTO);
  // lead-in 5 s, hold left 20 s, switch 5 s, hold right 20 s: each rep twice
  private final Plan plan =
      TestPlans.plan(
          TestPlans.hold("Knee to chest", 20, 2, Side.BOTH, 5, 5),
          TestPlans.hold("Cat cow", 30, 1, Side.NONE, 0, 0));

  /** The left hold of rep 1, 12.5 s left. */
  private FrameState leftHold() {
    return FrameState.of(plan, 1, plan.segments().get(1), 12_500_000_000L, 80 * S);
  }

  /**
   * Whether the text holds {@code clock} in big digits, at either scale: five rows on five lines in
   * a row.
   */
  private static boolean showsBig(String text, String clock) {
    List<String> lines = List.of(text.split("\n", -1));
    for (int scale = 1; scale <= 2; scale++) {
      List<String> rows = BigDigits.render(clock, scale, '█');
      for (int i = 0; i + rows.size() <= lines.size(); i++) {
        int k = 0;
        while (k < rows.size()
            && lines.get(i + k).stripTrailing().endsWith(rows.get(k).stripLeading())
            && lines.get(i + k).contains(rows.get(k))) k++;
        if (k == rows.size()) return true;
      }
    }
    return false;
  }

  private static List<String> plain(List<String> lines) {
    return lines.stream().map(Frame::plain).toList();
  }

  @Test
  void bigLayoutShowsEverythingAtAGlance() {
    List<String> lines = Frame.render(leftHold(), PLAIN, 80, 30);
    String text = String.join("\n", lines);

    assertThat(lines).hasSize(30);
    assertThat(lines.get(0)).startsWith(" Test routine · step 1 of 2").endsWith("1:20 left");
    assertThat(text).contains(" Knee to chest\n left side · rep 1 of 2\n");
    assertThat(text).contains("HOLD");
    List<String> digits = BigDigits.render("13", 2, '█');
    for (String row : digits) assertThat(text).contains(row);
    assertThat(text)
        .contains("[" + "█".repeat(17) + "░".repeat(29) + "]"); // 7.5 of 20 s done, 46 inside
    assertThat(text).contains(" ! Stop if it hurts.", " 1. Lie down.", " - Breathe slowly.");
    assertThat(lines.get(28)).isEqualTo(" Next: switch sides");
    assertThat(lines.get(29)).isEqualTo(" " + Frame.KEY_LINES.get(0));
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80,30", "40,30", "40,20", "40,14", "30,10", "20,5", "40,3", "40,2", "40,1", "12,30"})
  void everyLineFitsAndTheCountdownIsAlwaysThere(int width, int height) {
    for (FrameStyle.Big big : FrameStyle.Big.values()) {
      List<String> lines =
          plain(Frame.render(leftHold(), new FrameStyle(false, true, big), width, height));
      assertThat(lines).hasSize(height);
      assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(Math.max(11, width)));
      String text = String.join("\n", lines);
      assertThat(showsBig(text, "13") || text.contains("0:13"))
          .as("countdown at %dx%d %s", width, height, big)
          .isTrue();
    }
  }

  @Test
  void bigDigitsWhenTallEnoughOneLineOtherwiseOrWithNoBig() {
    String tall = String.join("\n", Frame.render(leftHold(), PLAIN, 80, 24));
    String small = String.join("\n", Frame.render(leftHold(), PLAIN, 80, 18));
    String forced =
        String.join(
            "\n", Frame.render(leftHold(), new FrameStyle(false, true, FrameStyle.Big.ON), 80, 16));
    String off =
        String.join(
            "\n",
            Frame.render(leftHold(), new FrameStyle(false, true, FrameStyle.Big.OFF), 80, 40));

    assertThat(showsBig(tall, "13")).isTrue();
    assertThat(tall).doesNotContain("HOLD  0:13");
    assertThat(showsBig(small, "13")).isFalse();
    assertThat(small).contains(" HOLD  0:13  [");
    assertThat(showsBig(forced, "13")).isTrue();
    assertThat(showsBig(off, "13")).isFalse();
    assertThat(off).contains(" HOLD  0:13  [");
  }

  @Test
  void pausedHelpAndMessagesReplaceWhatTheyMust() {
    String paused = String.join("\n", Frame.render(leftHold().withPaused(true), PLAIN, 80, 30));
    assertThat(paused).contains("PAUSED · space to resume").doesNotContain("HOLD");

    String help = String.join("\n", Frame.render(leftHold().withHelp(true), PLAIN, 80, 30));
    assertThat(help)
        .contains(
            " Keys (no Enter needed):",
            "   space     pause / resume",
            "   x         stop, this hurts: end now, with advice")
        .doesNotContain("1. Lie down.");
    assertThat(help).contains("HOLD"); // the countdown stays

    String message =
        String.join(
            "\n", Frame.render(leftHold().withMessage("Press ? for the keys."), PLAIN, 80, 30));
    assertThat(message).contains(" Press ? for the keys.");
  }

  @Test
  void colourOnlyWhenAskedAndPlainAsciiForNonUtf8Terminals() {
    List<String> coloured =
        Frame.render(leftHold(), new FrameStyle(true, true, FrameStyle.Big.AUTO), 80, 30);
    assertThat(String.join("", coloured)).contains("\u001b[1;32m");
    assertThat(plain(coloured)).isEqualTo(Frame.render(leftHold(), PLAIN, 80, 30));

    List<String> ascii =
        Frame.render(leftHold(), new FrameStyle(false, false, FrameStyle.Big.AUTO), 40, 30);
    assertThat(String.join("", ascii)).matches("\\p{ASCII}*");
    assertThat(String.join("\n", ascii)).contains("######");
  }

  @Test
  void theLastThreeSecondsOfAHoldTurnRed() {
    FrameState last = FrameState.of(plan, 1, plan.segments().get(1), 2_400_000_000L, 60 * S);
    assertThat(
            String.join(
                "", Frame.render(last, new FrameStyle(true, true, FrameStyle.Big.AUTO), 80, 30)))
        .contains("\u001b[1;31m");
  }

  @Test
  void leadInsSayWhereToBeAndWhatComes() {
    FrameState lead = FrameState.of(plan, 0, plan.segments().get(0), 5 * S, 115 * S);
    String text = String.join("\n", Frame.render(lead, PLAIN, 80, 30));
    assertThat(text)
        .contains(
            "GET INTO POSITION",
            " Lying on your back · hold 20s x 2 reps, each side",
            " Next: hold, left side");
    FrameState sw = FrameState.of(plan, 2, plan.segments().get(2), 5 * S, 95 * S);
    assertThat(String.join("\n", Frame.render(sw, PLAIN, 80, 30))).contains("SWITCH SIDES → RIGHT");
  }

  @Test
  void clocksReadAsPeopleSayThem() {
    assertThat(Frame.bigClock(9)).isEqualTo("9");
    assertThat(Frame.bigClock(59)).isEqualTo("59");
    assertThat(Frame.bigClock(75)).isEqualTo("1:15");
    assertThat(Frame.clock(3725)).isEqualTo("1:02:05");
    assertThat(FrameState.of(plan, 1, plan.segments().get(1), 12_000_000_001L, 0).secondsLeft())
        .isEqualTo(13);
    assertThat(FrameState.of(plan, 1, plan.segments().get(1), 12_000_000_000L, 0).secondsLeft())
        .isEqualTo(12);
  }

  @Test
  void bigDigitsAreFiveRowsOfAThreeByFiveFont() {
    assertThat(BigDigits.render("1:0", 1, '#'))
        .containsExactly(" #    ###", "##  # # #", " #    # #", " #  # # #", "###   ###");
    assertThat(BigDigits.width("12:34", 2)).isEqualTo(34);
    assertThat(BigDigits.render("8", 2, '#').get(1)).isEqualTo("##  ##");
  }
}
