package backcare.console;

import backcare.text.Visible;
import java.util.ArrayList;
import java.util.List;

/**
 * The page a timed run opens with in a terminal, before its clock starts: the notices (a gate or a
 * screen's advice, the emergency signs, the safety net), the safety reminders and what the
 * conditions changed and why, then "space or Enter to start, q to stop".
 *
 * <p>Rendering is a pure function of the content, the style, the terminal's size and the page
 * shown: exactly {@code height} lines, none wider than {@code width - 1}. Words are wrapped and
 * nothing is cut: what does not fit goes on the next page, and space or Enter turn the pages before
 * they start the run, so every line has been on the screen before the clock starts.
 */
public record ReadyPage(
    String title,
    List<Notice> notices,
    String remindersHeading,
    List<String> reminders,
    List<String> opening) {
  /** What the person chose on the ready page. */
  public enum Answer {
    START,
    QUIT,
    HURT,
    INTERRUPT
  }

  private static final String BOLD = "1";
  private static final String URGENT = "1;31";
  private static final String CAUTION = "33";
  private static final String DIM = "2";

  static final List<String> START_KEYS =
      List.of("space or Enter to start, q to stop", "space/Enter: start, q: stop", "Enter: start");

  /**
   * Text from files (a routine's title, say) is made visible here, before any colour of ours is
   * added.
   */
  public ReadyPage {
    title = Visible.of(title);
    notices = List.copyOf(notices);
    reminders = reminders.stream().map(Visible::of).toList();
    opening = opening.stream().map(Visible::of).toList();
  }

  /** One line of the page and its colour (an SGR code, or null). */
  record Line(String text, String sgr) {}

  /**
   * Lines that stay on one page when they can (a box, a heading with its first paragraph), and
   * whether a blank line goes before them.
   */
  record Block(List<Line> lines, boolean gapBefore) {}

  /** The pages at this size: each at most {@link #bodyRows} lines. */
  List<List<Line>> pages(int width, int height, boolean unicode) {
    int w = Math.max(10, width - 1);
    int rows = bodyRows(height);
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    for (Block b : blocks(w, unicode)) {
      boolean gap = b.gapBefore() && !page.isEmpty();
      int need = b.lines().size() + (gap ? 1 : 0);
      if (page.size() + need > rows && !page.isEmpty() && b.lines().size() <= rows) {
        pages.add(page);
        page = new ArrayList<>();
        gap = false;
      }
      if (gap && page.size() < rows) page.add(new Line("", null)); // a full page needs no gap
      for (Line l : b.lines()) {
        if (page.size() >= rows) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(l);
      }
    }
    if (!page.isEmpty() || pages.isEmpty()) pages.add(page);
    return pages;
  }

  /** Rows for the page's text: all but the title, the rule under it and the key line. */
  static int bodyRows(int height) {
    return Math.max(1, height - 3);
  }

  public int pageCount(int width, int height, boolean unicode) {
    return pages(width, height, unicode).size();
  }

  /** Page {@code page} (0-based, clamped) as the screen shows it. */
  public List<String> render(FrameStyle st, int width, int height, int page) {
    int w = Math.max(10, width - 1);
    int h = Math.max(1, height);
    List<List<Line>> pages = pages(width, height, st.unicode());
    int p = Math.max(0, Math.min(page, pages.size() - 1));
    boolean last = p == pages.size() - 1;
    String count = pages.size() > 1 ? (p + 1) + "/" + pages.size() : "";
    List<String> lines = new ArrayList<>();
    lines.add(
        paint(
            st,
            BOLD,
            count.isEmpty()
                ? Text.fit(" " + title, w, st.unicode())
                : Text.spread(" " + title, count, w, st.unicode())));
    lines.add((st.unicode() ? "─" : "-").repeat(w));
    for (Line l : pages.get(p)) lines.add(paint(st, l.sgr(), " " + l.text()));
    while (lines.size() < h - 1) lines.add("");
    String keys =
        last
            ? pick(START_KEYS, w - 1, st.unicode())
            : pick(
                List.of(
                    "space or Enter: more (page "
                        + (p + 1)
                        + " of "
                        + pages.size()
                        + "), p: back, q: stop",
                    "space/Enter: more (" + (p + 1) + "/" + pages.size() + "), q: stop",
                    "Enter: more (" + (p + 1) + "/" + pages.size() + ")"),
                w - 1,
                st.unicode());
    lines.add(paint(st, last ? BOLD : DIM, " " + keys));
    List<String> frame =
        new ArrayList<>(h >= lines.size() ? lines : lines.subList(lines.size() - h, lines.size()));
    if (!st.unicode()) frame.replaceAll(Frame::ascii);
    return frame;
  }

  private List<Block> blocks(int w, boolean unicode) {
    int room = w - 1; // one column of margin
    List<Block> blocks = new ArrayList<>();
    for (Notice n : notices) {
      List<String> text = n.lines(room, unicode);
      String sgr =
          switch (n.tone()) {
            case URGENT -> URGENT;
            case CAUTION -> CAUTION;
            case INFO -> null;
          };
      if (n.tone() == Notice.Tone.URGENT) {
        blocks.add(new Block(lines(text, sgr), true));
        continue;
      }
      // keep the heading with the first paragraph; each paragraph on one page when it can be
      boolean first = true;
      List<String> headed = new ArrayList<>();
      if (n.heading() != null && !n.heading().isBlank())
        headed.addAll(Text.wrap("", n.heading(), room));
      for (String p : n.paragraphs()) {
        List<String> para = new ArrayList<>(first ? headed : List.of());
        para.addAll(Text.wrap(n.tone() == Notice.Tone.CAUTION ? "  ! " : "", p, room));
        blocks.add(new Block(lines(para, sgr), first));
        first = false;
      }
      if (first && !headed.isEmpty()) blocks.add(new Block(lines(headed, sgr), true));
    }
    boolean first = true;
    for (String r : reminders) {
      List<String> para =
          new ArrayList<>(first ? Text.wrap("", remindersHeading, room) : List.of());
      para.addAll(Text.wrap("  - ", r, room));
      blocks.add(new Block(lines(para, null), first));
      first = false;
    }
    first = true;
    for (String o : opening) {
      String indent = o.substring(0, o.length() - o.stripLeading().length());
      blocks.add(new Block(lines(Text.wrap(indent, o.strip(), room), null), first));
      first = false;
    }
    return blocks;
  }

  private static List<Line> lines(List<String> text, String sgr) {
    return text.stream().map(t -> new Line(t, sgr)).toList();
  }

  private static String pick(List<String> options, int w, boolean unicode) {
    for (String o : options) {
      if (o.length() <= w) return o;
    }
    return Text.fit(options.get(options.size() - 1), w, unicode);
  }

  private static String paint(FrameStyle st, String sgr, String text) {
    if (sgr == null || !st.colour() || text.isBlank()) return text;
    return "\u001b[" + sgr + "m" + text + "\u001b[0m";
  }
}
