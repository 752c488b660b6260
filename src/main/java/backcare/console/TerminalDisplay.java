package backcare.console;

import backcare.routine.Durations;
import backcare.routine.Plan;
import backcare.routine.SafetyText;
import backcare.routine.Segment;
import backcare.session.Describe;
import backcare.session.Ending;
import backcare.session.RunListener;
import backcare.session.Summary;
import backcare.text.HumanWriter;
import backcare.text.Style;
import java.io.PrintWriter;
import java.util.List;

/**
 * The full-screen routine display. Prints the routine's opening (title, changes, safety reminders)
 * as ordinary lines, switches to the full screen and shows the {@link ReadyPage} until a key starts
 * the run (or q, x or Ctrl-C leave it unstarted); then redraws a {@link Frame} at every tick,
 * pause, key help and resize; at the end gives the terminal back and prints the advice for pain
 * (after x) and the summary as ordinary lines, so they stay on the screen.
 */
public final class TerminalDisplay implements RunListener, KeyControls.Ui {
  private final Screen screen;
  private final FrameStyle style;
  private final PrintWriter out;
  private final SafetyText safety;
  private final List<String> opening;
  private final List<Notice> notices;
  private final SidePanel panel;
  private boolean entered;
  private Segment segment;
  private FrameState state;
  private boolean help;
  private boolean summaryShown;

  /**
   * {@code notices}: what the ready page shows first (a screen's advice, the emergency signs, the
   * safety net); {@code panel} (or null): drawn on the right of the frame when the terminal has
   * room.
   */
  public TerminalDisplay(
      Screen screen,
      FrameStyle style,
      PrintWriter out,
      SafetyText safety,
      List<String> opening,
      List<Notice> notices,
      SidePanel panel) {
    this.screen = screen;
    this.style = style;
    this.out = out;
    this.safety = safety;
    this.opening = opening;
    this.notices = List.copyOf(notices);
    this.panel = panel;
  }

  /** "Quick release: 4 steps, 2m55s". */
  private static String titleLine(Plan plan) {
    return plan.routine().title()
        + ": "
        + plan.stepCount()
        + (plan.stepCount() == 1 ? " step, " : " steps, ")
        + Durations.format(plan.totalSeconds());
  }

  /**
   * Prints the opening as lines (they stay on the screen after the run) and switches to the full
   * screen.
   */
  private void enter(Plan plan) {
    if (entered) return;
    entered = true;
    out.println(titleLine(plan));
    for (String line : opening) out.println(line);
    if (!safety.reminders().isEmpty()) {
      out.println(REMINDERS);
      for (String r : safety.reminders()) out.println("  - " + r);
    }
    out.flush();
    screen.enter();
  }

  static final String REMINDERS = "Before you start:";

  /**
   * Shows the ready page and waits, without a clock, for the key that starts the run: space or
   * Enter turn the pages and start on the last one, n/→ and p/← turn them, q and x leave without
   * starting, Ctrl-C or a closed terminal interrupt. A resize draws the page again for the new
   * size.
   */
  public ReadyPage.Answer awaitStart(Plan plan) {
    enter(plan);
    ReadyPage page =
        new ReadyPage(titleLine(plan), notices, REMINDERS, safety.reminders(), opening);
    int shown = 0;
    drawReady(page, shown);
    try {
      while (true) {
        if (screen.interrupted()) return ReadyPage.Answer.INTERRUPT;
        if (screen.takeResized()) {
          screen.clear();
          shown =
              Math.min(shown, page.pageCount(screen.width(), screen.height(), style.unicode()) - 1);
          drawReady(page, shown);
        }
        int c = screen.read(KeyControls.POLL_NANOS / 1_000_000L);
        if (c == Screen.TIMEOUT) continue;
        if (c == Screen.EOF) return ReadyPage.Answer.INTERRUPT;
        int pages = page.pageCount(screen.width(), screen.height(), style.unicode());
        boolean enter = c == '\r' || c == '\n';
        Key key = enter ? Key.PAUSE : Key.decode(c, screen);
        switch (key) {
          case PAUSE -> { // space or Enter
            if (shown >= pages - 1) return ReadyPage.Answer.START;
            shown++;
          }
          case NEXT -> shown = Math.min(pages - 1, shown + 1);
          case PREVIOUS -> shown = Math.max(0, shown - 1);
          case QUIT -> {
            return ReadyPage.Answer.QUIT;
          }
          case HURT -> {
            return ReadyPage.Answer.HURT;
          }
          case INTERRUPT -> {
            return ReadyPage.Answer.INTERRUPT;
          }
          case HELP, OTHER -> {}
        }
        drawReady(page, shown);
      }
    } catch (java.io.IOException e) {
      return ReadyPage.Answer.INTERRUPT; // the terminal is gone
    }
  }

  private void drawReady(ReadyPage page, int shown) {
    screen.draw(page.render(style, screen.width(), screen.height(), shown));
  }

  /**
   * The run never started (q, x or Ctrl-C on the ready page): the terminal back, and say so;
   * nothing is recorded.
   */
  public void notStarted(ReadyPage.Answer answer) {
    screen.close();
    if (answer == ReadyPage.Answer.HURT) {
      for (String line : safety.stopAdvice())
        HumanWriter.println(out, Style.BOLD, line, style.colour());
    }
    out.println(
        answer == ReadyPage.Answer.INTERRUPT
            ? "Interrupted before the start; no session recorded."
            : "Not started; no session recorded.");
    out.flush();
    summaryShown = true;
  }

  @Override
  public void started(Plan plan) {
    enter(plan);
  }

  @Override
  public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
    this.segment = segment;
    state =
        FrameState.of(
                plan,
                index,
                segment,
                segment.seconds() * FrameState.SECOND,
                state == null ? plan.totalSeconds() * FrameState.SECOND : state.totalLeftNanos())
            .withHelp(help);
  }

  @Override
  public void tick(
      Plan plan, int index, Segment segment, long segmentLeftNanos, long totalLeftNanos) {
    state = state.withTimes(segmentLeftNanos, totalLeftNanos).withPaused(false);
    draw();
  }

  @Override
  public void paused(Plan plan, int index, Segment segment, long segmentLeftNanos) {
    state = state.withTimes(segmentLeftNanos, state.totalLeftNanos()).withPaused(true);
    draw();
  }

  @Override
  public void resumed(Plan plan, int index, Segment segment) {
    state = state.withPaused(false);
  }

  @Override
  public void finished(Plan plan, Summary summary) {
    screen.close();
    if (summary.ending() == Ending.STOPPED_FOR_PAIN) {
      for (String line : safety.stopAdvice())
        HumanWriter.println(out, Style.BOLD, line, style.colour());
    }
    out.println(Describe.summary(summary));
    out.flush();
    summaryShown = true;
  }

  /** Whether the summary reached the screen (it may not when the run broke off with an error). */
  public boolean summaryShown() {
    return summaryShown;
  }

  @Override
  public void toggleHelp() {
    help = !help;
    if (state != null) state = state.withHelp(help);
    draw();
  }

  @Override
  public void redraw() {
    screen.clear();
    draw();
  }

  @Override
  public void unknownKey() {
    if (state != null)
      state = state.withMessage("That key does nothing here: press ? for the keys.");
    draw();
  }

  private void draw() {
    if (state == null) return;
    int width = screen.width();
    int height = screen.height();
    int side = panel == null ? 0 : panel.width(segment.exerciseRef(), width, height);
    if (side <= 0) {
      screen.draw(Frame.render(state, style, width, height));
      return;
    }
    long elapsed = state.segmentSeconds() * FrameState.SECOND - state.segmentLeftNanos();
    List<String> right =
        panel.lines(segment.exerciseRef(), segment.kind(), elapsed, side, height, style);
    screen.draw(
        Text.beside(Frame.render(state, style, width - side, height), width - side - 1, right));
  }
}
