package backcare.history;

import backcare.json.JsonOut;
import backcare.text.Visible;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * `history --csv` and `history --jsonl`: each record written as it is read, nothing kept. A line in
 * the form backcare writes ({@link ReadRecord#canonical}) is written from its bytes, without
 * building its record; any other from its record. (`--json`, one document with the figures, is
 * {@link HistoryJson}.)
 */
public final class DataFormats {
  private static final byte[] NL = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);

  private DataFormats() {}

  /** A session's fields but its type and version, in the order of its line. */
  static final List<String> CSV_COLUMNS =
      RecordJson.SESSION_FIELDS.subList(2, RecordJson.SESSION_FIELDS.size());

  private static final int[] CSV_FIELDS = csvFields();

  /** A loop, not a stream, whose lambdas every --csv start would link (docs/performance.md). */
  private static int[] csvFields() {
    int[] fields = new int[CSV_COLUMNS.size()];
    for (int i = 0; i < fields.length; i++) fields[i] = PlainLine.field(CSV_COLUMNS.get(i));
    return fields;
  }

  /** --csv: the header, then a row per session as it is read; triages are left out. */
  public static HistoryListing.RecordSink csv(OutputStream out) {
    CsvRow row = new CsvRow(out);
    return new HistoryListing.RecordSink() {
      private boolean begun;

      private void begin() {
        if (!begun) {
          row.text(String.join(",", CSV_COLUMNS));
          row.end(NL);
        }
        begun = true;
      }

      @Override
      public void add(ReadRecord r, long offset) {
        if (!r.isSession()) return;
        begin();
        PlainLine line = r.canonical();
        if (line != null) {
          line.csvRow(CSV_FIELDS, row);
        } else {
          csvRow((SessionRecord) r.record(), row);
        }
        row.end(NL);
      }

      @Override
      public void finish(Figures figures) {
        begin();
        row.send();
        flush(out);
      }
    };
  }

  /** A session's row from its record, as {@link PlainLine#csvRow} writes it from its line. */
  static void csvRow(SessionRecord s, CsvRow row) {
    cell(row, IsoTime.format(s.start()));
    cell(row, IsoTime.format(s.end()));
    cell(row, s.routine());
    cell(row, s.file() == null ? "" : s.file());
    cell(row, String.join(";", s.conditions()));
    row.number(s.totalSteps());
    row.put((byte) ',');
    numbers(row, s.stepsDone());
    numbers(row, s.stepsSkipped());
    row.number(s.activeSeconds());
    row.put((byte) ',');
    row.number(s.pausedSeconds());
    row.put((byte) ',');
    cell(row, s.ending());
    if (s.painBefore() != null) row.number(s.painBefore());
    row.put((byte) ',');
    if (s.painAfter() != null) row.number(s.painAfter());
  }

  private static void numbers(CsvRow row, List<Integer> list) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) row.put((byte) ';');
      row.number(list.get(i));
    }
    row.put((byte) ',');
  }

  /**
   * A cell quoted, then with its control characters made visible (stdout may be a terminal), and
   * the comma after it.
   */
  private static void cell(CsvRow row, String text) {
    row.text(Visible.of(csvCell(text)));
    row.put((byte) ',');
  }

  /** A failure to write the output is unchecked: the read's IOExceptions are the history's. */
  static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: quote a cell holding a comma, a quote or a line break; double any quote. */
  static String csvCell(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) return text;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /**
   * --jsonl: every record in range, sessions and triages, in file order, one a line, exactly as the
   * history file holds a record ({@link RecordJson#encode}: the fields this backcare knows).
   */
  public static HistoryListing.RecordSink jsonLines(OutputStream out) {
    JsonTarget target = out::write; // made once, not a record at a time
    return new HistoryListing.RecordSink() {
      @Override
      public void add(ReadRecord r, long offset) {
        try {
          json(r, target);
          out.write(NL, 0, NL.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish(Figures figures) {
        flush(out);
      }
    };
  }

  /** Where a record's JSON goes: {@code bytes[from..from+length)}, valid only during the call. */
  interface JsonTarget {
    void write(byte[] bytes, int from, int length) throws IOException;
  }

  /**
   * A record's JSON on one line, as the history file holds it ({@link RecordJson#encode}), for
   * --jsonl and --json alike: the line's own bytes where it is in that form ({@link
   * ReadRecord#canonical}), else its record's.
   */
  static void json(ReadRecord r, JsonTarget target) throws IOException {
    PlainLine line = r.canonical();
    if (line != null) {
      target.write(line.bytes(), line.lineFrom(), line.lineTo() - line.lineFrom());
    } else {
      byte[] b = JsonOut.compactBytes(RecordJson.fields(r.record()));
      target.write(b, 0, b.length);
    }
  }
}
