package backcare.cli;

import backcare.history.Figures;
import backcare.history.HistoryListing;
import backcare.history.HistoryRecord;
import backcare.history.HistoryStore;
import backcare.history.RecordJson;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `history --json`: one document, written a piece at a time with the bytes Json.print would give
 * the whole: the sessions as they are read; the triages (a few in a hundred records) from a second
 * look at just their lines, found on the way; then the figures, the safety net and the warnings.
 */
final class HistoryJson implements HistoryListing.RecordSink {
  /** The warnings listed in the document; past these, one line says how many more. */
  static final int MAX_LISTED_WARNINGS = 1000;

  private static final String NL = System.lineSeparator();
  private final PrintWriter w;
  private final HistoryStore store;
  private final ZonedDateTime from;
  private final List<String> warnings = new ArrayList<>();
  private int unlisted;
  private long[] triages = new long[16];
  private int triageCount;
  private boolean begun;
  private boolean any;

  HistoryJson(PrintWriter w, HistoryStore store, ZonedDateTime from) {
    this.w = w;
    this.store = store;
    this.from = from;
  }

  /**
   * One record as an element of the document's lists: the one place this document's record shape is
   * written.
   */
  private void element(HistoryRecord r) {
    if (any) batch.append(", ");
    batch.append(Json.write(RecordJson.fields(r), 1));
    any = true;
    if (batch.length() > BATCH) flushBatch();
  }

  /** The elements not yet written: the writer below sees a few large pieces. */
  private final StringBuilder batch = new StringBuilder(BATCH + 4096);

  private static final int BATCH = 1 << 15;

  private void flushBatch() {
    w.append(batch);
    batch.setLength(0);
  }

  private void begin() {
    if (begun) return;
    begun = true;
    w.write("{");
    field("file", store.file().toString(), true);
    field("since", from == null ? null : RecordJson.formatTime(from.toOffsetDateTime()), false);
    w.write("," + NL + "  " + Json.write("sessions", 1) + " : [ ");
  }

  private void field(String name, Object value, boolean first) {
    w.write((first ? "" : ",") + NL + "  " + Json.write(name, 1) + " : " + Json.write(value, 1));
  }

  private String endArray() {
    String end = any ? " ]" : "]";
    any = false;
    return end;
  }

  @Override
  public void add(HistoryRecord r, long offset) {
    begin();
    if (r instanceof SessionRecord) {
      element(r);
    } else {
      if (triageCount == triages.length) triages = Arrays.copyOf(triages, triageCount * 2);
      triages[triageCount++] = offset;
    }
  }

  @Override
  public void warning(String warning) {
    if (warnings.size() < MAX_LISTED_WARNINGS) warnings.add(warning);
    else unlisted++;
  }

  @Override
  public void finish(Figures figures) throws IOException {
    begin();
    flushBatch();
    w.write(endArray() + "," + NL + "  " + Json.write("triages", 1) + " : [ ");
    store.reread(
        triages,
        triageCount,
        new HistoryStore.Visitor() {
          @Override
          public void record(HistoryRecord r, long offset) {
            element(r);
          }

          @Override
          public void warning(String warning) {}
        });
    flushBatch();
    w.write(endArray());
    field("stats", stats(figures), false);
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (SafetyNet.Alert a : figures.alerts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", a.rule());
      m.put("message", a.message());
      alerts.add(m);
    }
    field("safetyNet", alerts, false);
    List<String> listed = new ArrayList<>(warnings);
    if (unlisted > 0) listed.add("and " + unlisted + " more such lines in " + store.file());
    field("warnings", listed, false);
    w.write(NL + "}" + NL);
    w.flush();
  }

  private static Map<String, Object> stats(Figures figures) {
    Stats.Totals totals = figures.totals();
    Stats.Streak streak = figures.streak();
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("sessions", totals.sessions());
    stats.put("skippedSessions", totals.skippedSessions());
    stats.put("activeSeconds", totals.activeSeconds());
    stats.put("minutes", Math.round(totals.minutes() * 10) / 10.0);
    stats.put("sessionsWithBothPain", totals.sessionsWithBothPain());
    stats.put(
        "averagePainChange",
        totals.averagePainChange() == null
            ? null
            : Math.round(totals.averagePainChange() * 100) / 100.0);
    stats.put("streakDays", streak.days());
    stats.put("streakForgivenDays", streak.forgiven());
    return stats;
  }
}
