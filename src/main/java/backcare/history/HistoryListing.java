package backcare.history;

import backcare.session.Ending;
import backcare.text.HumanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What `backcare history` shows, in one streaming pass over the file: the figures folded in as the
 * records are read ({@link Figures}), and, for the data formats, each record in range written as it
 * is read ({@link RecordSink}). The text form is written after the pass, from the figures.
 */
public final class HistoryListing {
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  /**
   * {@code from}: the start of --since, or null; {@code last}: the table's rows; {@code columns}:
   * the terminal's width (the chart's); {@code unicode}: whether the chart may use block
   * characters.
   */
  public record Request(
      ZonedDateTime now, ZonedDateTime from, int last, int columns, boolean unicode) {
    int chartWidth() {
      return Math.max(10, columns - 10);
    }
  }

  /** Where the notes and warnings of the read go, as they come; {@code finish} after the read. */
  public interface Problems {
    void note(String note);

    void warning(String warning);

    void finish();
  }

  /**
   * Where a data format writes each record in range as it is read, in file order; {@code offset} is
   * where its line starts (for {@link HistoryStore#reread}). The record is valid only during the
   * call. A failure to write the output is an UncheckedIOException: the IOExceptions are the
   * history's.
   */
  public interface RecordSink {
    void add(ReadRecord r, long offset);

    default void warning(String warning) {}

    /** After the read and its warnings: the rest of the output, from the figures. */
    void finish(Figures figures) throws IOException;
  }

  private HistoryListing() {}

  /**
   * Reads the history once: {@code sink} null prints the text form on {@code out}; otherwise the
   * sink writes the records. Returns the figures (for the safety net's alerts).
   */
  public static Figures show(
      HistoryStore store, Request request, RecordSink sink, PrintWriter out, Problems problems)
      throws IOException {
    Instant from = request.from() == null ? null : request.from().toInstant();
    Figures figures =
        new Figures(
            request.now(), from, sink != null ? 0 : Math.max(request.last(), request.chartWidth()));
    store.forEach(
        new HistoryStore.Visitor() {
          @Override
          public void note(String note) {
            problems.note(note);
          }

          @Override
          public void record(ReadRecord r, long offset) {
            figures.add(r, offset);
            if (sink != null && figures.inRange(r)) sink.add(r, offset);
          }

          @Override
          public void warning(String warning) {
            problems.warning(warning);
            if (sink != null) sink.warning(warning);
          }
        });
    problems.finish();
    if (sink != null) sink.finish(figures);
    else printText(out, store, request, figures);
    return figures;
  }

  /**
   * The last {@code n} (at most the number the figures kept) of the sessions in range by start
   * time, oldest first: their lines read again.
   */
  static List<SessionRecord> latest(HistoryStore store, Figures figures, int n) throws IOException {
    long[] offsets = figures.latestOffsets(n);
    List<SessionRecord> sessions = new ArrayList<>(offsets.length);
    store.reread(
        offsets,
        offsets.length,
        new HistoryStore.Visitor() {
          @Override
          public void record(ReadRecord r, long offset) {
            // the file is only appended to; a file replaced meanwhile shows what it now holds
            if (r.record() instanceof SessionRecord s) sessions.add(s);
          }

          @Override
          public void warning(String warning) {}
        });
    return sessions;
  }

  private static void printText(
      PrintWriter out, HistoryStore store, Request request, Figures figures) throws IOException {
    ZonedDateTime from = request.from();
    boolean unicode = request.unicode();
    String sinceText = from == null ? "" : " since " + DAY_TIME.format(from);
    int count = figures.sessions();
    Stats.Totals totals = figures.totals();
    if (count == 0) {
      out.println(
          from == null
              ? "No sessions recorded yet. Each `backcare routine` run is recorded in "
                  + store.file()
                  + "."
              : "No sessions" + sinceText + ".");
    } else {
      List<SessionRecord> kept =
          latest(store, figures, Math.max(request.last(), request.chartWidth()));
      List<SessionRecord> rows = last(kept, request.last());
      List<SessionRecord> charted = last(kept, request.chartWidth());
      out.println(
          (rows.size() == count
              ? "Sessions" + sinceText + ":"
              : "The last " + rows.size() + " of " + count + " sessions" + sinceText + ":"));
      printTable(out, rows, request.now(), unicode);
      out.println();
      out.println(
          "Pain per session, oldest to newest (0 none, 10 worst"
              + (unicode ? "" : "; X is 10")
              + "; blank: not answered)"
              + (charted.size() < count ? ", the last " + charted.size() : "")
              + ":");
      out.println(
          "  before  "
              + Sparkline.render(
                  charted.stream().map(SessionRecord::painBefore).toList(), unicode));
      out.println(
          "  after   "
              + Sparkline.render(charted.stream().map(SessionRecord::painAfter).toList(), unicode));
      out.println();
    }
    out.println("Streak:       " + streakText(figures.streak()));
    if (count > 0) {
      out.println(
          "Sessions:     "
              + totals.sessions()
              + ", "
              + minutes(totals.minutes())
              + " minutes of stretching"
              + (totals.skippedSessions() == 0
                  ? ""
                  : " (and "
                      + totals.skippedSessions()
                      + " with every step skipped, not counted)"));
      out.println("Pain change:  " + painChangeText(totals));
    }
    figures
        .latestTriage()
        .ifPresent(
            t ->
                out.println(
                    "Last triage:  "
                        + t.time().atZoneSameInstant(request.now().getZone()).toLocalDate()
                        + ", "
                        + t.outcome()
                        + (t.conditions().isEmpty()
                            ? ""
                            : "; conditions: " + String.join(", ", t.conditions()))));
  }

  private static <T> List<T> last(List<T> list, int n) {
    return list.subList(Math.max(0, list.size() - n), list.size());
  }

  private static String painChangeText(Stats.Totals totals) {
    Double change = totals.averagePainChange();
    if (change == null)
      return "not known yet (answer the pain questions before and after a routine)";
    return String.format(
        Locale.ROOT,
        "%+.1f on average per session (%s, over %d session%s with both answers)",
        change,
        change < 0 ? "better" : change > 0 ? "worse" : "no change",
        totals.sessionsWithBothPain(),
        totals.sessionsWithBothPain() == 1 ? "" : "s");
  }

  private static void printTable(
      PrintWriter human, List<SessionRecord> rows, ZonedDateTime now, boolean unicode) {
    PrintWriter out = HumanWriter.unwrapped(human); // a row a line
    int rw =
        Math.max(
            "ROUTINE".length(), rows.stream().mapToInt(s -> s.routine().length()).max().orElse(0));
    String format = "%-16s  %-" + rw + "s  %7s  %-7s  %s%n";
    out.printf(format, "DATE", "ROUTINE", "MINUTES", "PAIN", "ENDED");
    for (SessionRecord s : rows) {
      out.printf(
          format,
          DAY_TIME.format(s.start().atZoneSameInstant(now.getZone())),
          s.routine(),
          minutes(s.activeSeconds() / 60.0),
          pain(s.painBefore()) + (unicode ? " → " : " -> ") + pain(s.painAfter()),
          endingText(s.ending()));
    }
  }

  private static String streakText(Stats.Streak s) {
    if (s.days() == 0) return "none yet (a session today starts one)";
    String text = s.days() + (s.days() == 1 ? " day" : " days in a row");
    if (s.forgiven() > 0)
      text += " (" + s.forgiven() + " missed day" + (s.forgiven() > 1 ? "s" : "") + " forgiven)";
    return text;
  }

  static String endingText(String ending) {
    return ending.equals(Ending.STOPPED_FOR_PAIN.id()) ? "stopped for pain" : ending;
  }

  private static String pain(Integer p) {
    return p == null ? "-" : String.valueOf(p);
  }

  private static String minutes(double m) {
    return String.format(Locale.ROOT, "%.1f", m);
  }
}
