package backcare.cli;

import backcare.console.Notice;
import backcare.history.ConditionChoice;
import backcare.history.HistoryStore;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.routine.Library;
import backcare.routine.PlanJson;
import backcare.routine.Prepared;
import backcare.routine.Routine;
import backcare.session.JsonLinesOutput;
import backcare.session.LineOutput;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `backcare routine` after its options are parsed, without picocli: the history's tail and the
 * conditions, the routine, then the gate, the safety net, and either the dry run or the pain
 * before, the timed run and its record in the history. I/O goes to the writers given and the
 * context's stdin; the command only parses and calls {@link #run}.
 */
final class RoutineSession {
  /**
   * What the command line asked for, checked: a routine id or file (at most one), the conditions
   * named with --condition (and whether `none` was among them), the scale and the rest.
   */
  record Request(
      String id,
      Path file,
      Set<Condition> named,
      boolean noConditions,
      double scale,
      boolean dryRun,
      boolean json,
      boolean cleared,
      Integer painBefore,
      Integer painAfter,
      DisplayOptions display) {
    /** A run of the routine {@code id} with every other option at its default. */
    static Request of(String id) {
      return new Request(
          id, null, Set.of(), false, 1.0, false, false, false, null, null, new DisplayOptions());
    }
  }

  private final BackcareCommand root;
  private final Context ctx;
  private final PrintWriter out;
  private final PrintWriter err;

  RoutineSession(BackcareCommand root, PrintWriter out, PrintWriter err) {
    this.root = root;
    this.ctx = root.context();
    this.out = out;
    this.err = err;
  }

  /** Runs the request; the exit code (0, 130, or the gate's 3 to 5). */
  int run(Request r) {
    HistoryStore store = HistoryFiles.store(ctx);
    HistoryStore.Tail<SafetyNet.Session> read =
        HistoryFiles.tailOrWarn(
            store, err, "the safety net and your triage's conditions are not checked");
    HistoryStore.Tail<SafetyNet.Session> history = read != null ? read : HistoryStore.Tail.empty();
    ConditionChoice choice =
        ConditionChoice.of(r.named(), r.noConditions(), history.latestTriage());
    for (String w : choice.warnings()) err.println("backcare: " + w);
    Set<Condition> conds = choice.conditions();
    Library library = Libraries.load(ctx, err);
    Routine routine = Libraries.chosen(library, r.id(), r.file());
    Prepared p = Prepared.of(routine, conds, r.scale(), library);
    TerminalQuestions ask = new TerminalQuestions(ctx, r.json(), out, err);
    // --json keeps stdout for JSON: what the history has to say goes to stderr there
    PrintWriter notices = r.json() ? err : out;
    List<TriageRecord> triages = history.triages();
    List<Notice> first = new ArrayList<>();
    if (!r.dryRun()) { // a dry run only shows the plan: never gated
      Gate.Decision gate =
          Gate.routine(
              ctx,
              store,
              read != null,
              triages,
              r.cleared(),
              ask.canAsk() ? ask::readAnswer : null,
              out,
              notices,
              err);
      if (gate.exitCode() != null) return gate.exitCode();
      triages = gate.triages();
      first.addAll(gate.notices());
    }
    if (r.json()) {
      for (String note : choice.notes()) err.println(note);
    } else {
      p = p.after(choice.notes());
    }
    List<SafetyNet.Alert> alerts =
        SafetyNet.check(history.sessions(), triages, ctx.offsetNow().toZonedDateTime());
    HistoryFiles.printAlerts(notices, alerts);
    if (!alerts.isEmpty()) {
      first.add(new Notice(Notice.Tone.CAUTION, "See a clinician:", messages(alerts)));
    }
    if (r.dryRun()) {
      if (r.json()) Json.print(out, PlanJson.plan(p.plan()));
      else DryRun.print(out, p);
      return ExitCode.OK;
    }
    String file = Libraries.recordedFile(library, routine, r.file());
    return timed(r, store, ask, p, library, first, routine.id(), file, conds);
  }

  /** The alerts' messages (a loop: a start links no call site, docs/performance.md). */
  private static List<String> messages(List<SafetyNet.Alert> alerts) {
    List<String> messages = new ArrayList<>(alerts.size());
    for (SafetyNet.Alert a : alerts) messages.add(a.message());
    return List.copyOf(messages);
  }

  /** The pain before, the timed run, then the session's record (also when a bug ended the run). */
  private int timed(
      Request r,
      HistoryStore store,
      TerminalQuestions ask,
      Prepared p,
      Library library,
      List<Notice> first,
      String id,
      String file,
      Set<Condition> conds) {
    store
        .unwritableReason()
        .ifPresent(
            why ->
                err.println(
                    "backcare: warning: this session cannot be recorded in your history ("
                        + why
                        + "); the routine runs anyway."));
    err.flush();
    Integer painBefore = r.painBefore();
    if (painBefore == null) {
      painBefore =
          ask.askPain(
              "How much does your back hurt right now, from 0 (no pain) to 10 (worst imaginable)?");
    }
    Sessions.Result result;
    try {
      RunListener lines =
          r.json() ? new JsonLinesOutput(out) : new LineOutput(out, library.safety(), p.opening());
      result =
          Sessions.run(
              root,
              r.display(),
              p.plan(),
              r.json(),
              lines,
              library.safety(),
              p.opening(),
              first,
              out,
              err);
    } catch (RunFailure failure) {
      // a bug ended the run: what was done still goes into the history
      OffsetDateTime failed = ctx.offsetNow();
      Summary done = failure.summary();
      OffsetDateTime began =
          failed.minusNanos(Math.round((done.activeSeconds() + done.pausedSeconds()) * 1e9));
      ask.record(
          store, SessionRecord.of(began, failed, id, file, conds, done, painBefore, r.painAfter()));
      throw failure;
    }
    // left on the ready page (q, x or Ctrl-C before the clock started): no session took place
    if (!result.started()) return result.exitCode();
    SessionRecord session =
        ask.recordAskingPainAfter(
            store,
            SessionRecord.of(
                result.startedAt(),
                ctx.offsetNow(),
                id,
                file,
                conds,
                result.summary(),
                painBefore,
                r.painAfter()));
    if (!r.json() && session.painBefore() != null && session.painAfter() != null) {
      out.println("Pain " + session.painBefore() + " before, " + session.painAfter() + " after.");
      out.flush();
    }
    return result.exitCode();
  }
}
