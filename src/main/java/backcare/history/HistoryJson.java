package backcare.history;

import backcare.json.JsonOut;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `history --json`: one pretty document, written a piece at a time by one {@link JsonOut}: the
 * sessions as they are read; the triages (a few in a hundred records) from a second look at just
 * their lines, found on the way; then the figures, the safety net and the warnings. The records are
 * laid out a record a line, each as the history file and --jsonl hold it ({@link
 * DataFormats#json}): a line in that form is copied, not built. (Laid out field by field, 100,000
 * records made 40 MB of JSON and took twice as long to write as to read; docs/history.md.)
 */
public final class HistoryJson implements HistoryListing.RecordSink {
  /** The warnings listed in the document; past these, one line says how many more. */
  static final int MAX_LISTED_WARNINGS = 1000;

  private final OutputStream w;
  private final JsonOut doc;
  private final HistoryStore store;
  private final ZonedDateTime from;
  private final List<String> warnings = new ArrayList<>();
  private int unlisted;
  private long[] triages = new long[16];
  private int triageCount;
  private boolean begun;

  public HistoryJson(OutputStream w, HistoryStore store, ZonedDateTime from) {
    this.w = w;
    this.doc = JsonOut.prettyTo(w);
    this.store = store;
    this.from = from;
  }

  /**
   * One record as an element of the document's lists: the one place this document's record shape is
   * written.
   */
  private void element(ReadRecord r) {
    try {
      DataFormats.json(r, doc::rawValue);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // JsonOut's own failures are unchecked already
    }
  }

  private void begin() {
    if (begun) return;
    begun = true;
    doc.startObject()
        .field("file", store.file().toString())
        .field("since", from == null ? null : RecordJson.formatTime(from.toOffsetDateTime()))
        .name("sessions")
        .startLinedArray();
  }

  @Override
  public void add(ReadRecord r, long offset) {
    begin();
    if (r.isSession()) {
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
    doc.endLinedArray().name("triages").startLinedArray();
    store.reread(
        triages,
        triageCount,
        new HistoryStore.Visitor() {
          @Override
          public void record(ReadRecord r, long offset) {
            element(r);
          }

          @Override
          public void warning(String warning) {}
        });
    doc.endLinedArray().field("stats", stats(figures));
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (SafetyNet.Alert a : figures.alerts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", a.rule());
      m.put("message", a.message());
      alerts.add(m);
    }
    doc.field("safetyNet", alerts);
    List<String> listed = new ArrayList<>(warnings);
    if (unlisted > 0) listed.add("and " + unlisted + " more such lines in " + store.file());
    doc.field("warnings", listed).endObject().close();
    try {
      w.write(System.lineSeparator().getBytes(StandardCharsets.US_ASCII));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
