package backcare.cli;

import backcare.history.HistoryListing;
import backcare.history.HistoryRecord;
import backcare.history.HistoryStore;
import backcare.history.SafetyNet;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Reading the history for a command: damaged lines are warnings on stderr, a few at most. */
final class HistoryFiles {
  static final int MAX_WARNINGS = 5;

  private HistoryFiles() {}

  /** The history of this context's environment, judged by its clock (a bad HOME shows on use). */
  static HistoryStore store(Context ctx) {
    return HistoryStore.forEnv(ctx.env(), new ContextClock(ctx));
  }

  /** The context's clock; a named class, not a lambda: a start links no call site. */
  private static final class ContextClock implements Supplier<Instant> {
    private final Context ctx;

    ContextClock(Context ctx) {
      this.ctx = ctx;
    }

    @Override
    public Instant get() {
      return ctx.offsetNow().toInstant();
    }
  }

  /**
   * What a routine's start needs (the latest triage, and the sessions of the safety net's window as
   * it reads them, read from the end of the file), with its warnings and notes printed; IOException
   * when the file exists but cannot be read or is refused (a link, not a regular file),
   * BadInputException for a bad HOME.
   */
  static HistoryStore.Tail<SafetyNet.Session> tail(HistoryStore store, PrintWriter err)
      throws IOException {
    HistoryStore.Tail<SafetyNet.Session> contents =
        store.tail(SafetyNet.WINDOW, SafetyNet.Session.READ);
    Warnings w = new Warnings(store, err, "every good record of the last weeks was read");
    for (String note : contents.notes()) w.note(note);
    for (String warning : contents.warnings()) w.warning(warning);
    w.finish();
    return contents;
  }

  /**
   * As {@link #tail}, but a history that exists and cannot be read is the warning of {@link
   * #warnUnreadable} ({@code consequence}: what goes unchecked) and null: never "no history".
   */
  static HistoryStore.Tail<SafetyNet.Session> tailOrWarn(
      HistoryStore store, PrintWriter err, String consequence) {
    try {
      return tail(store, err);
    } catch (IOException e) {
      warnUnreadable(err, store, e, consequence);
      return null;
    }
  }

  /**
   * The whole trusted history in memory (for `report`, which lays out a period), with its warnings
   * and notes printed; IOException as for {@link #tail}.
   */
  static HistoryStore.Contents read(HistoryStore store, PrintWriter err) throws IOException {
    HistoryStore.Contents contents = store.read();
    Warnings w = new Warnings(store, err);
    for (String note : contents.notes()) w.note(note);
    for (String warning : contents.warnings()) w.warning(warning);
    w.finish();
    return contents;
  }

  /**
   * The notes and warnings of a read, printed on stderr as they come: every note, the first {@link
   * #MAX_WARNINGS} warnings, then at the end how many more there were and that every good record
   * was read.
   */
  static final class Warnings implements HistoryListing.Problems {
    private final HistoryStore store;
    private final PrintWriter err;
    private final String read;
    private int count;

    /** For a read of the whole file. */
    Warnings(HistoryStore store, PrintWriter err) {
      this(store, err, "every good record was read");
    }

    /** {@code read}: what was read, said after the warnings. */
    Warnings(HistoryStore store, PrintWriter err, String read) {
      this.store = store;
      this.err = err;
      this.read = read;
    }

    @Override
    public void note(String note) {
      err.println("backcare: note: " + note);
      err.flush();
    }

    @Override
    public void warning(String warning) {
      if (++count <= MAX_WARNINGS) {
        err.println("backcare: warning: " + warning);
        err.flush();
      }
    }

    int count() {
      return count;
    }

    @Override
    public void finish() {
      if (count == 0) return;
      if (count > MAX_WARNINGS) {
        err.println(
            "backcare: warning: and "
                + (count - MAX_WARNINGS)
                + " more such lines in "
                + store.file());
      }
      err.println("backcare: warning: " + read + "; backcare never changes or trims the file");
      err.flush();
    }
  }

  /**
   * The one warning for a history that exists but cannot be read: where, why, and {@code
   * consequence}, what the command does without it ("reminding anyway").
   */
  static void warnUnreadable(
      PrintWriter err, HistoryStore store, IOException e, String consequence) {
    err.println(
        "backcare: warning: could not read your history, "
            + store.file()
            + ": "
            + HistoryStore.reason(e)
            + "; "
            + consequence);
    err.flush();
  }

  /**
   * Appends one record ({@code what}: "this session", "this screen"); a history that cannot be
   * written is a warning, never a failed command.
   */
  static void append(HistoryStore store, HistoryRecord record, String what, PrintWriter err) {
    try {
      Warnings w = new Warnings(store, err);
      for (String note : store.append(record)) w.note(note);
    } catch (IOException e) {
      err.println(
          "backcare: warning: could not record "
              + what
              + " in "
              + store.file()
              + ": "
              + HistoryStore.reason(e)
              + "; it is not in your history");
      err.flush();
    }
  }

  /** The safety net's messages, under a plain heading; nothing when there are none. */
  static void printAlerts(PrintWriter w, List<SafetyNet.Alert> alerts) {
    if (alerts.isEmpty()) return;
    w.println();
    w.println("See a clinician:");
    for (SafetyNet.Alert a : alerts) w.println("  ! " + a.message());
    w.println();
    w.flush();
  }
}
