package backcare.cli;

import backcare.history.HistoryStore;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.triage.Level;
import backcare.triage.Outcome;
import backcare.triage.Trigger;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a triage screen leaves in the history, finished or not. */
final class ScreenHistory {
  private final Context ctx;
  private final PrintWriter err;

  ScreenHistory(Context ctx, PrintWriter err) {
    this.ctx = ctx;
    this.err = err;
  }

  /** A finished screen's record. */
  void record(Outcome outcome) {
    record(outcome, false);
  }

  /**
   * One triage record in the history, so `routine` and `history` know the latest outcome and what
   * it told the user to do (the gate says it again).
   */
  private void record(Outcome outcome, boolean unfinished) {
    TriageRecord r =
        TriageRecord.of(
                ctx.offsetNow(),
                outcome.level().id(),
                triggerIds(outcome.triggered()),
                Condition.ids(outcome.conditions()),
                outcome.cleared())
            .saying(outcome.headline(), outcome.whatToDo());
    HistoryFiles.append(
        HistoryStore.forEnv(ctx.env()), unfinished ? r.unfinished() : r, "this screen", err);
  }

  /** The triggers' ids, in order (a loop: a start links no call site, docs/performance.md). */
  private static List<String> triggerIds(List<Trigger> triggered) {
    List<String> ids = new ArrayList<>(triggered.size());
    for (Trigger t : triggered) ids.add(t.id());
    return Collections.unmodifiableList(ids);
  }

  /**
   * A screen that stopped before its end (answers missing or wrong, Ctrl-D): when the answers so
   * far already call for a clinician, it is recorded at that level, so that the routine's gate sees
   * it, and the line returned says so. A screen that so far looks fine records nothing: it must
   * never lift an earlier screen's gate.
   */
  Optional<String> unfinished(Outcome soFar) {
    if (soFar.level() == Level.SELF_CARE) return Optional.empty();
    record(soFar, true);
    return Optional.of(
        "your answers so far already mean: "
            + soFar.headline()
            + " (recorded in your history, so routines wait until a clinician has checked you)");
  }
}
