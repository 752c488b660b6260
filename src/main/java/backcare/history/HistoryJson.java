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
 * sessions as they are read; the triages (a few in a hundred records), kept as they are read, up to
 * {@link #TRIAGE_BYTES} of them, and any past that from a second look at just their lines, found on
 * the way; then the figures, the safety net and the warnings. The records are laid out a record a
 * line, each as the history file and --jsonl hold it ({@link DataFormats#json}): a line in that
 * form is copied, not built. (Laid out field by field, 100,000 records made 40 MB of JSON and took
 * twice as long to write as to read; docs/history.md.)
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
  private boolean begun;

  /** Where each record's JSON goes as an element of the document's lists. */
  private final DataFormats.JsonTarget toDocument;

  /**
   * At most so many bytes of the triages' JSON are kept as they are read: a history of 100,000
   * records holds some 5,000 triages (~700 KB), spread over all of its 28 MB, which the document
   * then need not read again. Bounded, so that memory does not grow with the file.
   */
  static final int TRIAGE_BYTES = 1 << 20;

  private final int triageBytes;
  private final DataFormats.JsonTarget keepTriage = this::keepTriage;

  /** The kept triages' JSON, one after the other in file order, and where each ends. */
  private byte[] triageJson = new byte[0];

  private int triageJsonLength;
  private int[] triageEnds = new int[16];
  private int triagesKept;

  /**
   * Set by the first triage that does not fit: it and every triage after it (so that the file's
   * order stays) are read again at the end, from these offsets.
   */
  private boolean triagesOverflowed;

  private long[] triagesAgain = new long[16];
  private int triagesAgainCount;

  public HistoryJson(OutputStream w, HistoryStore store, ZonedDateTime from) {
    this(w, store, from, TRIAGE_BYTES);
  }

  /** {@code triageBytes}: in place of {@link #TRIAGE_BYTES} (tests). */
  HistoryJson(OutputStream w, HistoryStore store, ZonedDateTime from, int triageBytes) {
    this.w = w;
    this.doc = JsonOut.prettyTo(w);
    this.store = store;
    this.from = from;
    this.triageBytes = triageBytes;
    this.toDocument = doc::rawValue;
  }

  /**
   * One record as an element of the document's lists: the one place this document's record shape is
   * written (a kept triage's bytes are what it would write, kept for later).
   */
  private void element(ReadRecord r) {
    json(r, toDocument);
  }

  private static void json(ReadRecord r, DataFormats.JsonTarget target) {
    try {
      DataFormats.json(r, target);
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
      return;
    }
    if (!triagesOverflowed) json(r, keepTriage);
    if (triagesOverflowed) {
      if (triagesAgainCount == triagesAgain.length)
        triagesAgain = Arrays.copyOf(triagesAgain, triagesAgainCount * 2);
      triagesAgain[triagesAgainCount++] = offset;
    }
  }

  /** A triage's JSON, kept if it fits within the bound; else nothing is kept from now on. */
  private void keepTriage(byte[] bytes, int from, int length) {
    if (length > triageBytes - triageJsonLength) {
      triagesOverflowed = true;
      return;
    }
    int end = triageJsonLength + length;
    if (end > triageJson.length) {
      // doubled as needed, up to the bound: a short history never takes the whole of it
      int size =
          (int) Math.min(triageBytes, Math.max(end, Math.max(4096L, 2L * triageJson.length)));
      triageJson = Arrays.copyOf(triageJson, size);
    }
    System.arraycopy(bytes, from, triageJson, triageJsonLength, length);
    triageJsonLength = end;
    if (triagesKept == triageEnds.length) triageEnds = Arrays.copyOf(triageEnds, triagesKept * 2);
    triageEnds[triagesKept++] = end;
  }

  /** How many triages' JSON is kept (tests). */
  int triagesKept() {
    return triagesKept;
  }

  /** The bytes taken to keep them (tests: never more than the bound). */
  int triageBytesHeld() {
    return triageJson.length;
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
    for (int i = 0, start = 0; i < triagesKept; start = triageEnds[i++]) {
      doc.rawValue(triageJson, start, triageEnds[i] - start);
    }
    store.reread(
        triagesAgain,
        triagesAgainCount,
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
