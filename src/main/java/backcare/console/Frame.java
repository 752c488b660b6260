package backcare.console;

import backcare.routine.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the routine screen: a pure function from {@link FrameState} and the terminal's size to
 * exactly {@code height} lines, none wider than {@code width - 1} columns (the last column is left
 * free so no terminal wraps). Lines carry ANSI colour codes only when the style asks for colour.
 *
 * <p>Two layouts. Big: the countdown five rows high, with a progress bar, the instructions and the
 * keys; used when the terminal has {@value #BIG_AUTO_ROWS} rows or more (or {@value #BIG_MIN_ROWS}
 * with --big). Compact: the countdown and bar on one line, for small terminals and --no-big.
 */
public final class Frame {
  static final int BIG_AUTO_ROWS = 20;
  static final int BIG_MIN_ROWS = 15;
  static final long SECOND = 1_000_000_000L;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "1";
  private static final String WORK = "1;32";
  private static final String BETWEEN = "1;36";
  private static final String PAUSED = "1;33";
  private static final String FINAL = "1;31";
  private static final String WARN = "33";
  private static final String DIM = "2";

  static final List<String> KEY_LINES =
      List.of(
          "space pause · n/→ next · p/← back · q quit · x it hurts · ? help",
          "space pause  n next  p back  q quit  x hurts  ? help",
          "spc pause n next p back q quit x hurt",
          "x: it hurts  ?: keys");
  static final List<String> KEY_LINES_ASCII =
      List.of(
          "space pause | n/-> next | p/<- back | q quit | x it hurts | ? help",
          "space pause  n next  p back  q quit  x hurts  ? help",
          "spc pause n next p back q quit x hurt",
          "x: it hurts  ?: keys");

  /** The key help, shown in place of the instructions by "?". */
  static final List<String> HELP =
      List.of(
          "Keys (no Enter needed):",
          "  space     pause / resume",
          "  n or →    skip to the next step",
          "  p or ←    back: restart this step, or the one before",
          "  q         quit and show what was done",
          "  x         stop, this hurts: end now, with advice",
          "  ?         show / hide this help",
          "The clock keeps running while this is shown.");

  private Frame() {}

  public static List<String> render(FrameState s, FrameStyle style, int width, int height) {
    int w = Math.max(10, width - 1);
    int h = Math.max(1, height);
    boolean big =
        switch (style.big()) {
          case AUTO -> h >= BIG_AUTO_ROWS;
          case ON -> h >= BIG_MIN_ROWS;
          case OFF -> false;
        };
    String clock = bigClock(s.secondsLeft());
    int scale = BigDigits.width(clock, 2) <= w ? 2 : 1;
    if (BigDigits.width(clock, scale) > w) big = false;
    List<String> lines =
        big ? bigLayout(s, style, w, h, clock, scale) : compactLayout(s, style, w, h);
    while (lines.size() < h) lines.add("");
    List<String> frame = new ArrayList<>(lines.subList(0, h));
    if (!style.unicode()) frame.replaceAll(Frame::ascii);
    return frame;
  }

  /**
   * The line with each non-ASCII character replaced by one ASCII character, so widths stay the
   * same.
   */
  static String ascii(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 128) b.append(c);
      else
        b.append(
            switch (c) {
              case '·', '–', '—', '─' -> '-';
              case '┌', '┐', '└', '┘' -> '+';
              case '│' -> '|';
              case '‘', '’' -> '\'';
              case '“', '”' -> '"';
              case '→' -> '>';
              case '←' -> '<';
              default -> '?';
            });
    }
    return b.toString();
  }

  private static List<String> bigLayout(
      FrameState s, FrameStyle st, int w, int h, String clock, int scale) {
    List<String> top = new ArrayList<>();
    top.add(header(s, st, w));
    top.add((st.unicode() ? "─" : "-").repeat(w));
    top.add("");
    top.add(paint(st, BOLD, " " + Text.fit(s.exercise(), w - 1, st.unicode())));
    top.add(" " + Text.fit(s.detail(), w - 1, st.unicode()));
    top.add("");
    String tone = tone(s);
    top.add(paint(st, tone, Text.center(Text.fit(label(s, st), w, st.unicode()), w)));
    int digitsWidth = BigDigits.width(clock, scale);
    for (String row : BigDigits.render(clock, scale, st.unicode() ? '█' : '#')) {
      top.add(paint(st, tone, " ".repeat(Math.max(0, (w - digitsWidth) / 2)) + row));
    }
    top.add("");
    int barWidth = Math.min(w - 2, 48);
    top.add(paint(st, tone, Text.center(bar(s, barWidth, st), w)));
    top.add("");

    List<String> bottom = new ArrayList<>();
    bottom.add(
        s.message() == null
            ? ""
            : paint(st, PAUSED, " " + Text.fit(s.message(), w - 1, st.unicode())));
    bottom.add(" " + Text.fit("Next: " + s.next(), w - 1, st.unicode()));
    bottom.add(paint(st, DIM, " " + keyLine(st, w - 1)));

    int room = h - top.size() - bottom.size();
    List<String> lines = new ArrayList<>(top);
    lines.addAll(body(s, st, w, room));
    while (lines.size() < h - bottom.size()) lines.add("");
    lines.addAll(bottom);
    return lines;
  }

  private static List<String> compactLayout(FrameState s, FrameStyle st, int w, int h) {
    int m = w - 1; // one column of margin, as in the big layout
    String name =
        " "
            + Text.fit(
                s.exercise() + (s.detail().isEmpty() ? "" : " · " + s.detail()), m, st.unicode());
    String count = " " + countdownLine(s, st, m);
    String keys = paint(st, DIM, " " + keyLine(st, m));
    String next = " " + Text.fit("Next: " + s.next(), m, st.unicode());
    List<String> lines = new ArrayList<>();
    if (h <= 1) {
      lines.add(count);
    } else if (h == 2) {
      lines.add(paint(st, BOLD, name));
      lines.add(count);
    } else if (h < 6) {
      lines.add(paint(st, BOLD, name));
      lines.add(count);
      if (h >= 4) lines.add(next);
      while (lines.size() < h - 1) lines.add("");
      lines.add(keys);
    } else {
      lines.add(header(s, st, w));
      lines.add(paint(st, BOLD, name));
      lines.add(count);
      lines.add(next);
      lines.add(
          s.message() == null
              ? ""
              : paint(st, PAUSED, " " + Text.fit(s.message(), m, st.unicode())));
      lines.addAll(body(s, st, w, h - lines.size() - 1));
      while (lines.size() < h - 1) lines.add("");
      lines.add(keys);
    }
    return lines;
  }

  /** "HOLD 0:12 [██████░░░░]" or "PAUSED 0:12 ...": the one-line countdown. */
  static String countdownLine(FrameState s, FrameStyle st, int w) {
    String head = label(s, st) + "  " + clock(s.secondsLeft()) + "  ";
    int barWidth = Math.min(30, w - head.length());
    String line = barWidth >= 6 ? head + bar(s, barWidth, st) : head.stripTrailing();
    return paint(st, tone(s), Text.fit(line, w, st.unicode()));
  }

  private static String header(FrameState s, FrameStyle st, int w) {
    String left =
        s.steps() > 1 ? s.title() + " · step " + s.step() + " of " + s.steps() : s.title();
    String right = clock((s.totalLeftNanos() + SECOND - 1) / SECOND) + " left";
    return Text.spread(" " + left, right, w, st.unicode());
  }

  /** Up to {@code room} lines of the step's text, or of the key help; a cut is marked with "…". */
  private static List<String> body(FrameState s, FrameStyle st, int w, int room) {
    List<String> out = new ArrayList<>();
    if (room <= 0) return out;
    List<String> paragraphs = s.help() ? HELP : s.body();
    List<String> wrapped = new ArrayList<>();
    List<Boolean> warn = new ArrayList<>();
    for (String p : paragraphs) {
      if (s.help()) { // a table: keep its spacing
        wrapped.add(Text.fit(" " + p, w, st.unicode()));
        warn.add(false);
        continue;
      }
      String prefix = prefixOf(p);
      for (String line : Text.wrap(" " + prefix, p.substring(prefix.length()), w)) {
        wrapped.add(Text.fit(line, w, st.unicode()));
        warn.add(p.startsWith("! "));
      }
    }
    boolean cut = wrapped.size() > room;
    int n = cut ? room - 1 : wrapped.size();
    for (int i = 0; i < n; i++) {
      String line = wrapped.get(i);
      if (s.help() && i == 0) line = paint(st, BOLD, line);
      else if (warn.get(i)) line = paint(st, WARN, line);
      out.add(line);
    }
    if (cut) out.add(" " + (st.unicode() ? "…" : "..."));
    return out;
  }

  private static String prefixOf(String paragraph) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^(\\d+\\. |! |- )").matcher(paragraph);
    return m.find() ? m.group(1) : "";
  }

  static String label(FrameState s, FrameStyle st) {
    if (s.paused()) return "PAUSED · space to resume";
    return switch (s.kind()) {
      case LEAD_IN -> s.getReady() ? "GET READY" : "GET INTO POSITION";
      case HOLD -> "HOLD";
      case FLOW -> "MOVE SLOWLY";
      case REST -> "REST";
      case SWITCH ->
          "SWITCH SIDES " + (st.unicode() ? "→ " : "-> ") + s.side().id().toUpperCase(Locale.ROOT);
    };
  }

  private static String tone(FrameState s) {
    if (s.paused()) return PAUSED;
    if (s.finalCount()) return FINAL;
    return s.kind() == Segment.Kind.HOLD || s.kind() == Segment.Kind.FLOW ? WORK : BETWEEN;
  }

  /** A bar of {@code width} columns, filled as far as the segment has gone. */
  static String bar(FrameState s, int width, FrameStyle st) {
    int inner = width - 2;
    double total = Math.max(1, s.segmentSeconds()) * (double) SECOND;
    double done = Math.max(0, Math.min(1, 1 - s.segmentLeftNanos() / total));
    int filled = (int) Math.floor(done * inner + 1e-9);
    String on = st.unicode() ? "█" : "#";
    String off = st.unicode() ? "░" : "-";
    return "[" + on.repeat(filled) + off.repeat(inner - filled) + "]";
  }

  /** The big countdown's text: seconds alone under a minute ("45"), else "m:ss". */
  static String bigClock(long seconds) {
    return seconds < 60 ? String.valueOf(seconds) : clock(seconds);
  }

  /** "m:ss", or "h:mm:ss" past an hour. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long sec = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
  }

  private static String keyLine(FrameStyle st, int w) {
    for (String k : st.unicode() ? KEY_LINES : KEY_LINES_ASCII) {
      if (k.length() <= w) return k;
    }
    return Text.fit("?: keys", w, st.unicode());
  }

  private static String paint(FrameStyle st, String sgr, String text) {
    if (!st.colour() || text.isBlank()) return text;
    return "\u001b[" + sgr + "m" + text + RESET;
  }

  /** {@code line} without ANSI colour codes: what a person reads. */
  public static String plain(String line) {
    return line.replaceAll("\u001b\\[[0-9;]*m", "");
  }
}
