package backcare.cli;

import backcare.history.HistoryRecord;
import backcare.history.HistoryStore;
import backcare.history.SafetyNet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Reading the history for a command: damaged lines are warnings on stderr, a few at most. */
final class HistoryFiles {
    static final int MAX_WARNINGS = 5;

    private HistoryFiles() {}

    /** The history of this context's environment, judged by its clock (a bad HOME shows on use). */
    static HistoryStore store(Context ctx) {
        return HistoryStore.forEnv(ctx.env(), () -> ctx.offsetNow().toInstant());
    }

    /**
     * The trusted history, with its warnings and notes printed; IOException when the file exists but
     * cannot be read or is refused (a link, not a regular file), BadInputException for a bad HOME.
     */
    static HistoryStore.Contents read(HistoryStore store, PrintWriter err) throws IOException {
        HistoryStore.Contents contents = store.read();
        note(err, contents.notes());
        warn(err, contents.warnings(), store);
        return contents;
    }

    /**
     * Appends one record ({@code what}: "this session", "this screen"); a history that cannot be
     * written is a warning, never a failed command.
     */
    static void append(HistoryStore store, HistoryRecord record, String what, PrintWriter err) {
        try {
            note(err, store.append(record));
        } catch (IOException e) {
            err.println("backcare: warning: could not record " + what + " in " + store.file() + ": "
                    + HistoryStore.reason(e) + "; it is not in your history");
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

    private static void note(PrintWriter err, List<String> notes) {
        for (String n : notes) err.println("backcare: note: " + n);
        err.flush();
    }

    private static void warn(PrintWriter err, List<String> warnings, HistoryStore store) {
        if (warnings.isEmpty()) return;
        for (String w : warnings.subList(0, Math.min(MAX_WARNINGS, warnings.size()))) {
            err.println("backcare: warning: " + w);
        }
        if (warnings.size() > MAX_WARNINGS) {
            err.println("backcare: warning: and " + (warnings.size() - MAX_WARNINGS) + " more such lines in " + store.file());
        }
        err.println("backcare: warning: every good record was read; backcare never changes or trims the file");
        err.flush();
    }
}
