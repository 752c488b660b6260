package backcare.cli;

import backcare.BadInputException;
import backcare.console.Notice;
import backcare.history.ConditionChoice;
import backcare.history.HistoryStore;
import backcare.history.Pain;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.PlanJson;
import backcare.routine.Planner;
import backcare.routine.Prepared;
import backcare.routine.Routine;
import backcare.session.JsonLinesOutput;
import backcare.session.LineOutput;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "routine",
    mixinStandardHelpOptions = true,
    description = {
      "Run a stretching routine step by step, with a countdown for every hold.",
      "It opens with the safety reminders. When stdout is not a terminal it prints one line per event,"
          + " each stamped [mm:ss] and printed when that time arrives."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the routine ended: done, skipped, quit or stopped (the summary says which)",
      "1:an internal error (run again with --debug and report it)",
      "2:bad usage or bad input",
      "3:not started: your screen in the last 14 days said to see a clinician soon"
          + " (--cleared if one has cleared you since)",
      "4:not started: your screen in the last 14 days said to see a doctor today",
      "5:not started: your screen in the last 14 days said to go to an emergency department",
      "130:interrupted by Ctrl-C, SIGTERM or SIGHUP (the summary is shown and the session recorded)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare routine morning",
      "  backcare routine desk --dry-run",
      "  backcare routine gentle --condition stenosis --scale 1.5",
      "  backcare routine --file my-routine.yaml",
      "  backcare routine desk --dry-run --json | jq .totalSeconds"
    })
public final class RoutineCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  /** The routine to run: an id or a file, not both (null: neither was given). */
  @ArgGroup(exclusive = true)
  Source source;

  static final class Source {
    @Parameters(
        paramLabel = "ID",
        description = "A routine id (see `backcare routines`).",
        completionCandidates = CompletionCommand.RoutineIds.class)
    String id;

    @Option(
        names = "--file",
        paramLabel = "FILE",
        description = "Run the routine in this YAML file.")
    Path file;
  }

  @Option(
      names = "--dry-run",
      description = "Print every step, side, rep, hold and rest, and the total, without waiting.")
  boolean dryRun;

  @Option(
      names = "--json",
      description = "With --dry-run: the expanded plan. Otherwise: one JSON object per event.")
  boolean json;

  @Option(
      names = "--scale",
      paramLabel = "F",
      description = "Multiply every hold by F (0.5 to 3.0).")
  String scale;

  @Option(
      names = "--condition",
      paramLabel = "NAME",
      split = ",",
      description =
          "Make the routine safe for a condition (repeatable, or comma-separated):"
              + " ${COMPLETION-CANDIDATES}. Without it, the conditions of your latest triage apply;"
              + " none: run without any.")
  List<ConditionOption> conditions = new ArrayList<>();

  @Mixin DisplayOptions display;

  @Option(
      names = "--cleared",
      description =
          "A clinician has examined you since your last screen, which asked you to see one, and said"
              + " gentle exercise is fine: record that and run (without it, a script ends with that screen's"
              + " exit code, 3 to 5; a terminal asks).")
  boolean cleared;

  @Option(
      names = "--pain",
      paramLabel = "N",
      description =
          "Your pain now, 0 (none) to 10 (worst), for your history. Without it a terminal asks.")
  String painBeforeOption;

  @Option(
      names = "--pain-after",
      paramLabel = "N",
      description = "Your pain after the routine, 0 to 10. Without it a terminal asks.")
  String painAfterOption;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context ctx = root.context();
    Integer painBefore = Pain.option("--pain", painBeforeOption);
    Integer painAfter = Pain.option("--pain-after", painAfterOption);
    double f = DecimalOption.parse("--scale", scale, Planner.MIN_SCALE, Planner.MAX_SCALE, 1.0);
    HistoryStore store = HistoryFiles.store(ctx);
    HistoryStore.Contents read = readHistory(store, err);
    boolean historyRead = read != null;
    HistoryStore.Contents history =
        historyRead ? read : new HistoryStore.Contents(List.of(), List.of());
    ConditionChoice choice = chooseConditions(history);
    choice.warnings().forEach(w -> err.println("backcare: " + w));
    List<String> notes = choice.notes();
    Set<Condition> conds = choice.conditions();
    Library library = Libraries.load(ctx, err);
    Routine routine = chooseRoutine(library);
    Prepared p = Prepared.of(routine, conds, f, library);
    TerminalQuestions ask = new TerminalQuestions(ctx, json, out, err);
    // --json keeps stdout for JSON: what the history has to say goes to stderr there
    PrintWriter notices = json ? err : out;
    List<TriageRecord> triages = history.triages();
    List<Notice> first = new ArrayList<>();
    if (!dryRun) { // a dry run only shows the plan: never gated
      Gate.Decision gate =
          Gate.routine(
              ctx,
              store,
              historyRead,
              triages,
              cleared,
              ask.canAsk() ? ask::readAnswer : null,
              out,
              notices,
              err);
      if (gate.exitCode() != null) return gate.exitCode();
      triages = gate.triages();
      first.addAll(gate.notices());
    }
    if (json) notes.forEach(err::println);
    else p = p.after(notes);
    List<SafetyNet.Alert> alerts =
        SafetyNet.check(history.sessions(), triages, ctx.offsetNow().toZonedDateTime());
    HistoryFiles.printAlerts(notices, alerts);
    if (!alerts.isEmpty()) {
      first.add(
          new Notice(
              Notice.Tone.CAUTION,
              "See a clinician:",
              alerts.stream().map(SafetyNet.Alert::message).toList()));
    }
    if (dryRun) {
      if (json) Json.print(out, PlanJson.plan(p.plan()));
      else DryRun.print(out, p);
      return ExitCode.OK;
    }
    store
        .unwritableReason()
        .ifPresent(
            why ->
                err.println(
                    "backcare: warning: this session cannot be recorded in"
                        + " your history ("
                        + why
                        + "); the routine runs anyway."));
    err.flush();
    if (painBefore == null) {
      painBefore =
          ask.askPain(
              "How much does your back hurt right now, from 0 (no pain) to 10 (worst imaginable)?");
    }
    Sessions.Result result;
    try {
      result = run(p, library, first, out);
    } catch (RunFailure failure) {
      // a bug ended the run: what was done still goes into the history
      OffsetDateTime failed = ctx.offsetNow();
      Summary done = failure.summary();
      OffsetDateTime began =
          failed.minusNanos(Math.round((done.activeSeconds() + done.pausedSeconds()) * 1e9));
      ask.record(
          store,
          SessionRecord.of(
              began,
              failed,
              routine.id(),
              routineFile(routine, library),
              conds,
              done,
              painBefore,
              painAfter));
      throw failure;
    }
    // left on the ready page (q, x or Ctrl-C before the clock started): no session took place
    if (!result.started()) return result.exitCode();
    Summary s = result.summary();
    OffsetDateTime start = result.startedAt();
    OffsetDateTime end = ctx.offsetNow();
    SessionRecord session =
        ask.recordAskingPainAfter(
            store,
            SessionRecord.of(
                start,
                end,
                routine.id(),
                routineFile(routine, library),
                conds,
                s,
                painBefore,
                painAfter));
    if (!json && session.painBefore() != null && session.painAfter() != null) {
      out.println("Pain " + session.painBefore() + " before, " + session.painAfter() + " after.");
      out.flush();
    }
    return result.exitCode();
  }

  /** As `routines --json` has it: the file of a user routine or --file, null for a built-in one. */
  private String routineFile(Routine routine, Library library) {
    Path file = source == null ? null : source.file;
    if (file != null) return file.toAbsolutePath().normalize().toString();
    Library.Entry entry = library.routines().get(routine.id());
    return entry != null && entry.user() ? entry.file() : null;
  }

  /**
   * The history, or null with a warning when the file cannot be read (the gate then says it cannot
   * check).
   */
  private static HistoryStore.Contents readHistory(HistoryStore store, PrintWriter err) {
    try {
      return HistoryFiles.tail(store, err);
    } catch (IOException e) {
      err.println(
          "backcare: warning: could not read your history, "
              + store.file()
              + ": "
              + HistoryStore.reason(e)
              + "; the safety net and your triage's conditions are not checked");
      err.flush();
      return null;
    }
  }

  /** --condition as given, or the latest triage's (see {@link ConditionChoice}). */
  private ConditionChoice chooseConditions(HistoryStore.Contents history) {
    Set<Condition> named = new LinkedHashSet<>();
    for (ConditionOption c : conditions) c.condition().ifPresent(named::add);
    return ConditionChoice.of(
        named, conditions.contains(ConditionOption.NONE), history.latestTriage());
  }

  private Routine chooseRoutine(Library library) {
    String id = source == null ? null : source.id;
    Path file = source == null ? null : source.file;
    if (file != null && file.toString().isEmpty()) {
      throw new BadInputException(
          "--file needs the path of a routine file, e.g. --file my-routine.yaml");
    }
    if (file != null) {
      LibraryLoader.Validation v = LibraryLoader.validate(List.of(file), library.exercises());
      if (!v.ok()) throw new BadInputException(v.problems());
      if (v.routines().size() != 1) {
        throw new BadInputException(
            file + ": holds no routine (a routine has id, title, description and steps)");
      }
      return v.routines().get(0);
    }
    if (id == null) {
      throw new BadInputException(
          "name a routine to run ("
              + String.join(", ", library.routines().keySet())
              + "), or give --file FILE; `backcare routines` describes them");
    }
    return Libraries.routine(library, id).routine();
  }

  /**
   * Runs a prepared routine on the context's clock: the terminal screen, opening with the ready
   * page ({@code first} at its top), or lines (JSON Lines with --json).
   */
  Sessions.Result run(Prepared p, Library library, List<Notice> first, PrintWriter out) {
    RunListener lines =
        json ? new JsonLinesOutput(out) : new LineOutput(out, library.safety(), p.opening());
    return Sessions.run(
        root,
        display,
        p.plan(),
        json,
        lines,
        library.safety(),
        p.opening(),
        first,
        out,
        spec.commandLine().getErr());
  }
}
