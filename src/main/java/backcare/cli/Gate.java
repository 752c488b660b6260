package backcare.cli;

import backcare.console.Notice;
import backcare.history.HistoryStore;
import backcare.history.Screening;
import backcare.history.TriageRecord;
import backcare.triage.Level;
import backcare.triage.TriageRules;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The routine's gate (triage.md, "The routine's gate"), as `routine`, `heat` and `cold` meet it.
 * The rule itself is {@link Screening}; this says it, asks, records the clearance and decides.
 *
 * <ul>
 *   <li>Gated, `routine`: at a terminal it says why and asks whether a clinician has cleared them
 *       since; yes (or --cleared, in a script too) records a clearance and the run goes on; no, the
 *       end of input, or a script without --cleared ends with the screen's exit code (3, 4 or 5).
 *   <li>Gated, `heat` and `cold`: first aid, never blocked; the screen's advice is shown first.
 *   <li>Never screened, a screen older than 30 days, or a red-flag screen past the gate's 14 days:
 *       a box of the emergency signs and `backcare triage`; never a block.
 * </ul>
 */
final class Gate {
  private Gate() {}

  /**
   * What the gate decided: an exit code when the run must not start (null when it may), the notices
   * to show first, and the triage records the history holds now (a clearance added).
   */
  record Decision(Integer exitCode, List<Notice> notices, List<TriageRecord> triages) {}

  /**
   * The gate for a timed `routine`. {@code ask} is the terminal's next line (null at the end of
   * input), or null when nothing can be asked (no terminal, or --json). What is said goes to {@code
   * out} at a terminal; from a script the refusal goes to {@code err} and the box or a clearance
   * note to {@code notices} (stderr with --json).
   */
  static Decision routine(
      Context ctx,
      HistoryStore store,
      boolean historyRead,
      List<TriageRecord> triages,
      boolean cleared,
      Supplier<String> ask,
      PrintWriter out,
      PrintWriter notices,
      PrintWriter err) {
    OffsetDateTime now = ctx.offsetNow();
    if (!historyRead) { // never taken as "never screened": say plainly what cannot be checked
      ScreenNotices.print(notices, ScreenNotices.UNREADABLE);
      return new Decision(null, List.of(ScreenNotices.UNREADABLE), triages);
    }
    Screening screening = Screening.of(triages, now.toInstant());
    if (screening.wantsReminder()) {
      Notice box = ScreenNotices.reminder(screening, now.getOffset());
      ScreenNotices.print(notices, box);
      return new Decision(null, List.of(box), triages);
    }
    if (!screening.gated()) {
      if (cleared) {
        err.println(
            "backcare: note: --cleared has nothing to clear (no screen in the last 14 days asked for"
                + " a clinician); nothing recorded");
        err.flush();
      }
      return new Decision(null, List.of(), triages);
    }
    TriageRecord screen = screening.latest();
    String date = ScreenNotices.date(screen, now.getOffset());
    String headline = ScreenNotices.headline(screen);
    int code = Level.byId(screen.outcome()).map(Level::exitCode).orElse(ExitCode.SEE_CLINICIAN);
    if (Level.EMERGENCY.id().equals(screen.outcome())
        && screen.time().toInstant().isAfter(now.toInstant().minus(EMERGENCY_SEEN_AFTER))) {
      // an examination since an emergency screen takes longer than this: a habitual --cleared must
      // not lift it
      PrintWriter w = ask == null ? err : out;
      String lead = ask == null ? "backcare: " : "";
      w.println(
          lead
              + "your back-pain screen at "
              + screen.time().withOffsetSameInstant(now.getOffset()).toLocalTime().withNano(0)
              + " said: "
              + headline);
      w.println(
          lead
              + "an emergency screen can be cleared here only once there has been time to be examined"
              + " (an hour after it); please do what it said first");
      w.flush();
      return new Decision(code, List.of(), triages);
    }
    if (!cleared && ask == null) {
      err.println("backcare: your back-pain screen on " + date + " said: " + headline);
      err.println(
          "backcare: no routine until a clinician has checked you; if one has since, and said gentle"
              + " exercise is fine, run it again with --cleared");
      err.flush();
      return new Decision(code, List.of(), triages);
    }
    PrintWriter say = ask == null ? notices : out;
    if (!cleared && !askedYes(out, ask, date, headline)) {
      out.println("Then the routine waits: please do what the screen said first.");
      out.flush();
      return new Decision(code, List.of(), triages);
    }
    TriageRecord clearance = TriageRecord.clearance(ctx.offsetNow(), screen); // when it was said
    try {
      store.append(clearance);
      say.println(
          "Recorded in your history: a clinician has cleared you since your screen on "
              + date
              + ".");
    } catch (java.io.IOException e) {
      err.println(
          "backcare: warning: could not record the clearance in "
              + store.file()
              + ": "
              + HistoryStore.reason(e)
              + "; the routine runs, and the next one asks again");
      err.flush();
    }
    say.flush();
    List<TriageRecord> after = new ArrayList<>(triages);
    after.add(clearance);
    Notice info =
        new Notice(
            Notice.Tone.INFO,
            "Cleared by a clinician",
            List.of(
                "Recorded just now: a clinician"
                    + " has examined you since your screen on "
                    + date
                    + " and said gentle exercise is fine. Go gently, and"
                    + " stop and see them again if anything gets worse.",
                ScreenNotices.SIGNS));
    return new Decision(null, List.of(info), List.copyOf(after));
  }

  /** Asks until y or n; the end of input is no. */
  private static boolean askedYes(
      PrintWriter out, Supplier<String> ask, String date, String headline) {
    out.println("Your back-pain screen on " + date + " said:");
    out.println("  " + headline);
    out.println("Routines wait until a clinician has checked your back.");
    while (true) {
      out.print(
          "Has a clinician examined you since "
              + date
              + " and said gentle exercise is fine? (y/n): ");
      out.flush();
      String line = ask.get();
      if (line == null) {
        out.println();
        return false;
      }
      String a = line.trim().toLowerCase(Locale.ROOT);
      if (a.equals("y") || a.equals("yes")) return true;
      if (a.equals("n") || a.equals("no")) return false;
      out.println("Please type y (yes) or n (no).");
    }
  }

  /**
   * For `heat` and `cold`, which are first aid and always run: the advice of a screen that asked
   * for a clinician, or the box of emergency signs, printed and returned for the ready page. A
   * history that cannot be read is a warning; the timer runs all the same.
   */
  static List<Notice> firstAid(Context ctx, PrintWriter out, PrintWriter err) {
    List<TriageRecord> triages;
    HistoryStore store = null;
    try {
      store = HistoryFiles.store(ctx);
      triages = HistoryFiles.tail(store, err).triages();
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof java.io.IOException io && store != null) {
        HistoryFiles.warnUnreadable(err, store, io, "your last screen is not checked");
      } else { // a HOME or XDG folder backcare cannot use: its message says which
        err.println(
            "backcare: warning: could not read your history, so your last screen is not checked: "
                + e.getMessage());
        err.flush();
      }
      ScreenNotices.print(out, ScreenNotices.UNREADABLE);
      return List.of(ScreenNotices.UNREADABLE);
    }
    OffsetDateTime now = ctx.offsetNow();
    Screening screening = Screening.of(triages, now.toInstant());
    Notice notice;
    if (screening.gated()) {
      TriageRecord t = screening.latest();
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(ScreenNotices.headline(t));
      if (!t.advice().isEmpty()) paragraphs.addAll(t.advice()); // the screen's own words
      else
        Level.byId(t.outcome())
            .map(l -> TriageRules.load().advice(l))
            .ifPresent(a -> paragraphs.addAll(a.advice()));
      paragraphs.add("Heat and cold are first aid only: they do not replace what the screen said.");
      notice =
          new Notice(
              Notice.Tone.URGENT,
              "Your back-pain screen on " + ScreenNotices.date(t, now.getOffset()),
              paragraphs);
    } else if (screening.wantsReminder()) {
      notice = ScreenNotices.reminder(screening, now.getOffset());
    } else {
      return List.of();
    }
    ScreenNotices.print(out, notice);
    return List.of(notice);
  }

  /** How soon after an emergency screen a clinician's clearance can be taken at the gate. */
  static final java.time.Duration EMERGENCY_SEEN_AFTER = java.time.Duration.ofHours(1);
}
