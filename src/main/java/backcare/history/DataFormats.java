package backcare.history;

import backcare.json.JsonOut;
import backcare.text.Visible;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * `history --csv` and `history --jsonl`: each record written as it is read, nothing kept.
 * (`--json`, one document with the figures, is cli.HistoryJson.)
 */
public final class DataFormats {
  private static final String NL = System.lineSeparator();

  private DataFormats() {}

  /** How much output is gathered before it is handed to the writer. */
  static final int BATCH = 1 << 15;

  /** A session's fields but its type and version, in the order of its line. */
  static final List<String> CSV_COLUMNS =
      RecordJson.SESSION_FIELDS.subList(2, RecordJson.SESSION_FIELDS.size());

  /** --csv: the header, then a row per session as it is read; triages are left out. */
  public static HistoryListing.RecordSink csv(Writer w) {
    return new HistoryListing.RecordSink() {
      /** Rows not yet written: the writer below sees a few large pieces, not a row at a time. */
      private final StringBuilder row = new StringBuilder(BATCH + 1024);

      private boolean begun;

      private void begin() {
        if (!begun) row.append(String.join(",", CSV_COLUMNS)).append(NL);
        begun = true;
      }

      @Override
      public void add(HistoryRecord r, long offset) {
        if (!(r instanceof SessionRecord s)) return;
        begin();
        cell(IsoTime.format(s.start())).append(',');
        cell(IsoTime.format(s.end())).append(',');
        cell(s.routine()).append(',');
        cell(s.file() == null ? "" : s.file()).append(',');
        cell(String.join(";", s.conditions())).append(',');
        row.append(s.totalSteps()).append(',');
        numbers(s.stepsDone()).append(',');
        numbers(s.stepsSkipped()).append(',');
        row.append(s.activeSeconds()).append(',');
        row.append(s.pausedSeconds()).append(',');
        cell(s.ending()).append(',');
        if (s.painBefore() != null) row.append(s.painBefore().intValue());
        row.append(',');
        if (s.painAfter() != null) row.append(s.painAfter().intValue());
        row.append(NL);
        if (row.length() > BATCH) send();
      }

      private StringBuilder numbers(List<Integer> list) {
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) row.append(';');
          row.append(list.get(i).intValue());
        }
        return row;
      }

      /**
       * A cell quoted, then with its control characters made visible (stdout may be a terminal).
       */
      private StringBuilder cell(String text) {
        return row.append(Visible.of(csvCell(text)));
      }

      private char[] chars = new char[0];

      private void send() {
        int n = row.length();
        if (chars.length < n) chars = new char[n];
        row.getChars(0, n, chars, 0);
        try {
          w.write(chars, 0, n);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        row.setLength(0);
      }

      @Override
      public void finish(Figures figures) {
        begin();
        send();
        flush(w);
      }
    };
  }

  /** A failure to write the output is unchecked: the read's IOExceptions are the history's. */
  static void flush(Writer w) {
    try {
      w.flush();
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
  public static HistoryListing.RecordSink jsonLines(Writer w) {
    JsonOut lines = JsonOut.compactTo(w);
    return new HistoryListing.RecordSink() {
      @Override
      public void add(HistoryRecord r, long offset) {
        line(lines, r);
      }

      @Override
      public void finish(Figures figures) {
        lines.close();
        flush(w);
      }
    };
  }

  /**
   * One record as a line of JSON Lines, the bytes {@link RecordJson#encode} gives and a newline:
   * the one place --jsonl's record shape is made.
   */
  static void line(JsonOut lines, HistoryRecord r) {
    lines.line(RecordJson.fields(r));
  }
}
