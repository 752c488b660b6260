package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.console.Notice;
import backcare.history.HistoryStore;
import backcare.history.Pain;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.routine.ConditionFilter;
import backcare.routine.Durations;
import backcare.routine.FilterChange;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Plan;
import backcare.routine.PlanJson;
import backcare.routine.Planner;
import backcare.routine.Routine;
import backcare.routine.Segment;
import backcare.session.Describe;
import backcare.session.Ending;
import backcare.session.JsonLinesOutput;
import backcare.session.LineOutput;
import backcare.session.RunFailure;
import backcare.session.RunListener;
import backcare.session.Summary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
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

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "A routine id (see `backcare routines`).")
  String id;

  @Option(names = "--file", paramLabel = "FILE", description = "Run the routine in this YAML file.")
  Path file;

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
      description =
          "Make the routine safe for a condition (repeatable): ${COMPLETION-CANDIDATES}."
              + " Without it, the conditions of your latest triage apply; none: run without any.",
      completionCandidates = ConditionNames.class)
  List<String> conditions = new ArrayList<>();

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

  /** Lines typed in answer to the pain questions (made on first use: only a terminal is asked). */
  private BufferedReader answers;

  static final String NO_CONDITIONS = "none";

  static final class ConditionNames extends ArrayList<String> {
    ConditionNames() {
      super(Condition.ids());
    }
  }

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
    List<String> notes = new ArrayList<>();
    Set<Condition> conds = chooseConditions(history, notes, err);
    Library library = Libraries.load(ctx, err);
    Routine routine = chooseRoutine(library);
    Prepared p = prepare(routine, conds, f, library);
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
              canAsk(ctx) ? this::readAnswer : null,
              out,
              notices,
              err);
      if (gate.exitCode() != null) return gate.exitCode();
      triages = gate.triages();
      first.addAll(gate.notices());
    }
    if (json) notes.forEach(err::println);
    else p = new Prepared(p.plan(), concat(notes, p.opening()));
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
      else printDryRun(out, p);
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
          askPain(
              ctx,
              out,
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
      record(
          store,
          SessionRecord.of(
              began,
              failed,
              routine.id(),
              routineFile(routine, library),
              conds,
              done,
              painBefore,
              painAfter),
          err);
      throw failure;
    }
    // left on the ready page (q, x or Ctrl-C before the clock started): no session took place
    if (!result.started()) return result.exitCode();
    Summary s = result.summary();
    OffsetDateTime start = result.startedAt();
    OffsetDateTime end = ctx.offsetNow();
    SessionRecord session =
        recordAskingPainAfter(
            ctx,
            out,
            err,
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
    if (file != null) return file.toAbsolutePath().normalize().toString();
    Library.Entry entry = library.routines().get(routine.id());
    return entry != null && entry.user() ? entry.file() : null;
  }

  /**
   * Asks for the pain after (on a terminal, unless given or the run was interrupted) and records
   * the session. Ctrl-C at the question must not lose it: meanwhile a shutdown hook records it
   * unanswered.
   */
  private SessionRecord recordAskingPainAfter(
      Context ctx, PrintWriter out, PrintWriter err, HistoryStore store, SessionRecord session) {
    if (session.painAfter() != null
        || Ending.INTERRUPTED.id().equals(session.ending())
        || !canAsk(ctx)) {
      record(store, session, err);
      return session;
    }
    AtomicBoolean recorded = new AtomicBoolean();
    Thread hook =
        new Thread(
            () -> {
              if (recorded.compareAndSet(false, true)) record(store, session, err);
            },
            "backcare-record-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
    SessionRecord answered =
        session.withPainAfter(askPain(ctx, out, "And now, after the routine, from 0 to 10?"));
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is recording it
    }
    if (recorded.compareAndSet(false, true)) record(store, answered, err);
    return answered;
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

  /**
   * --condition as given ("none": no conditions); without it, the conditions of the latest triage,
   * with a note saying so (dated as the triage recorded it).
   */
  private Set<Condition> chooseConditions(
      HistoryStore.Contents history, List<String> notes, PrintWriter err) {
    if (conditions.stream().anyMatch(c -> c.trim().equalsIgnoreCase(NO_CONDITIONS))) {
      if (conditions.size() > 1)
        throw new BadInputException("--condition none cannot be combined with other conditions");
      return Set.of();
    }
    if (!conditions.isEmpty()) return parseConditions(conditions);
    Optional<TriageRecord> triage = history.latestTriage();
    if (triage.isEmpty() || triage.get().conditions().isEmpty()) return Set.of();
    TriageRecord t = triage.get();
    Set<Condition> conds = t.knownConditions();
    for (String c : t.conditions()) {
      if (Condition.byId(c).isEmpty()) {
        err.println(
            "backcare: warning: your triage on "
                + t.time().toLocalDate()
                + " set condition \""
                + c
                + "\", which this version does not know; it is left out");
      }
    }
    if (!conds.isEmpty()) {
      String from =
          t.fromGate()
              ? "your last screen (a clinician's clearance recorded on "
                  + t.time().toLocalDate()
                  + ")"
              : "your triage on " + t.time().toLocalDate();
      notes.add(
          "Using the conditions from "
              + from
              + ": "
              + String.join(", ", conds.stream().map(Condition::id).toList())
              + ".");
      notes.add("  (--condition NAME chooses others; --condition none runs without.)");
    }
    return conds;
  }

  /** Questions are asked only on a terminal, and never over --json output. */
  private boolean canAsk(Context ctx) {
    return ctx.interactive() && !json;
  }

  /**
   * The next line typed at the terminal; null at the end of input (or when it cannot be read). The
   * Enter that ends it ends the prompt's line on the screen too, and the writer is told so.
   */
  private String readAnswer() {
    if (answers == null)
      answers = new BufferedReader(new InputStreamReader(root.context().stdin()));
    String line;
    try {
      line = answers.readLine();
    } catch (IOException e) {
      line = null;
    }
    backcare.text.HumanWriter.answered(spec.commandLine().getOut());
    return line;
  }

  /**
   * Asks for a pain score on a terminal: Enter (or end of input) skips, anything but 0-10 is asked
   * again.
   */
  private Integer askPain(Context ctx, PrintWriter out, String question) {
    if (!canAsk(ctx)) return null;
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

  private static void record(HistoryStore store, SessionRecord session, PrintWriter err) {
    HistoryFiles.append(store, session, "this session", err);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * A routine made safe for the conditions and expanded into its plan, with the lines that explain
   * it.
   */
  public record Prepared(Plan plan, List<String> opening) {}

  public static Prepared prepare(
      Routine routine, Set<Condition> conds, double scale, Library library) {
    ConditionFilter.Result filtered = ConditionFilter.apply(routine, conds, library.exercises());
    if (filtered.routine().steps().isEmpty()) {
      throw new BadInputException(
          "every step of \""
              + routine.id()
              + "\" conflicts with "
              + String.join(", ", conds.stream().map(Condition::id).toList())
              + " and none has a safe alternative; try `backcare routine gentle`");
    }
    Plan plan = Planner.plan(filtered, scale);
    List<String> opening = new ArrayList<>();
    if (!conds.isEmpty()) {
      opening.add(
          "Made safe for: " + String.join(", ", conds.stream().map(Condition::id).toList()) + ".");
      for (String a : plan.advice()) opening.add("  " + a);
      if (plan.changes().isEmpty()) opening.add("  No step needed changing.");
      for (FilterChange c : plan.changes()) opening.add("  " + c.describe());
    }
    if (scale != 1.0) opening.add("Holds scaled by " + scale + ".");
    for (String c : plan.capped()) opening.add("  " + c + ".");
    return new Prepared(plan, opening);
  }

  private Routine chooseRoutine(Library library) {
    if (id != null && file != null) {
      throw new BadInputException("give a routine id or --file, not both");
    }
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

  static Set<Condition> parseConditions(List<String> names) {
    Set<Condition> conds = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String raw : names) {
      for (String name : raw.split(",")) {
        String n = name.trim().toLowerCase();
        Condition.byId(n)
            .ifPresentOrElse(
                conds::add,
                () ->
                    problems.add(
                        "--condition "
                            + name
                            + ": unknown condition"
                            + Suggest.didYouMean(n, Condition.ids())
                            + "; known: "
                            + String.join(", ", Condition.ids())));
      }
    }
    if (!problems.isEmpty()) throw new BadInputException(problems);
    return conds;
  }

  private static void printDryRun(PrintWriter out, Prepared p) {
    Plan plan = p.plan();
    out.println(
        plan.routine().title()
            + " ("
            + plan.routine().id()
            + "): "
            + plan.stepCount()
            + " steps, "
            + Durations.format(plan.totalSeconds()));
    for (String line : p.opening()) out.println(line);
    int step = -1;
    for (Segment s : plan.segments()) {
      if (s.stepIndex() != step) {
        step = s.stepIndex();
        // the header and any safety warnings; instructions are for the real run
        for (String line : Describe.stepIntro(plan, step)) {
          if (line.startsWith("Step ") || line.startsWith("  Warning:")) {
            out.println("[" + Durations.clock(s.startSecond()) + "] " + line);
          }
        }
      }
      out.println("[" + Durations.clock(s.startSecond()) + "]   " + Describe.segment(s));
    }
    out.println(
        "["
            + Durations.clock(plan.totalSeconds())
            + "] End. Total "
            + Durations.format(plan.totalSeconds())
            + ".");
    out.flush();
  }
}
