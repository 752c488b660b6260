package backcare.cli;

import backcare.Utf8;
import backcare.history.HistoryStore;
import backcare.history.Pain;
import backcare.history.SessionRecord;
import backcare.session.Ending;
import backcare.text.HumanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a routine asks at the terminal (the pain before and after, and the gate's question), and the
 * recording of the session, which must survive a Ctrl-C at the last question. Questions are asked
 * only on a terminal, and never over --json output.
 */
final class TerminalQuestions {
  private final Context ctx;
  private final boolean canAsk;
  private final PrintWriter out;
  private final PrintWriter err;

  /** The longest answer read; the rest of a longer line is skipped. */
  static final int MAX_ANSWER = 200;

  TerminalQuestions(Context ctx, boolean json, PrintWriter out, PrintWriter err) {
    this.ctx = ctx;
    this.canAsk = ctx.interactive() && !json;
    this.out = out;
    this.err = err;
  }

  boolean canAsk() {
    return canAsk;
  }

  /**
   * The next line typed at the terminal, decoded as UTF-8 by {@link Utf8} (a line that is not
   * UTF-8, or too long, is said and asked again); null at the end of input (or when it cannot be
   * read). The Enter that ends it ends the prompt's line on the screen too, and the writer is told
   * so. Read a byte at a time: nothing after the line is taken from stdin, which the run reads
   * next.
   */
  String readAnswer() {
    while (true) {
      Utf8.Line line;
      try {
        line = Utf8.readLine(ctx.stdin(), MAX_ANSWER);
      } catch (IOException e) {
        line = null;
      }
      HumanWriter.answered(out);
      if (line == null) return null;
      if (line.text() != null) return line.text();
      out.print(
          line.notUtf8() != null
              ? "That was not UTF-8 text (" + line.notUtf8().getMessage() + "); type it again: "
              : "That was longer than " + MAX_ANSWER + " characters; type it again: ");
      out.flush();
    }
  }

  /**
   * Asks for a pain score on a terminal: Enter (or end of input) skips, anything but 0-10 is asked
   * again.
   */
  Integer askPain(String question) {
    if (!canAsk) return null;
    while (true) {
      out.print(question + " Enter skips: ");
      out.flush();
      String line = readAnswer();
      if (line == null) out.println();
      if (line == null || line.isBlank()) return null;
      Integer pain = Pain.parse(line);
      if (pain != null) return pain;
      out.println(
          "Please type a whole number from 0 (no pain) to 10 (worst imaginable), or just press Enter to skip.");
    }
  }

  void record(HistoryStore store, SessionRecord session) {
    HistoryFiles.append(store, session, "this session", err);
  }

  /**
   * Asks for the pain after (on a terminal, unless given or the run was interrupted) and records
   * the session. Ctrl-C at the question must not lose it: meanwhile a shutdown hook records it
   * unanswered.
   */
  SessionRecord recordAskingPainAfter(HistoryStore store, SessionRecord session) {
    if (session.painAfter() != null
        || Ending.INTERRUPTED.id().equals(session.ending())
        || !canAsk) {
      record(store, session);
      return session;
    }
    AtomicBoolean recorded = new AtomicBoolean();
    Thread hook =
        new Thread(
            () -> {
              if (recorded.compareAndSet(false, true)) record(store, session);
            },
            "backcare-record-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
    SessionRecord answered =
        session.withPainAfter(askPain("And now, after the routine, from 0 to 10?"));
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is recording it
    }
    if (recorded.compareAndSet(false, true)) record(store, answered);
    return answered;
  }
}
