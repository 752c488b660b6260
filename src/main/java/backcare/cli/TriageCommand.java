package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import backcare.history.HistoryStore;
import backcare.history.TriageRecord;
import backcare.triage.Answer;
import backcare.triage.Interview;
import backcare.triage.Level;
import backcare.triage.Outcome;
import backcare.triage.Question;
import backcare.triage.QuestionType;
import backcare.triage.RoutineChoice;
import backcare.triage.RoutineHandover;
import backcare.triage.Step;
import backcare.triage.Triage;
import backcare.triage.TriageRules;
import backcare.triage.Trigger;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backcare triage}: the red-flag screen. Asks the questions one at a time on a terminal, or
 * takes every answer from flags, a file or standard input; prints how urgently to get help, and on
 * self-care hands over to a routine made safe for the conditions the answers set.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    versionProvider = BackcareCommand.Version.class,
    description = {
      "Screen for warning signs before you stretch.",
      "It tells you how urgently to get help when something is wrong, and otherwise hands over to a"
          + " routine made safe for you. On a terminal the questions are asked one at a time. Without"
          + " one, every answer must be given: with --answer, --answers FILE, or one a line on standard"
          + " input in the order --list shows. Nothing is taken as \"no\" unless you say so; a"
          + " follow-up question left out takes the meaning --list gives it.",
      "This screen is for adults, and it is not a diagnosis."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:self-care: safe to go ahead with gentle stretching",
      "2:bad usage or bad input, or the screen was stopped before the end",
      "3:see a clinician: book a doctor or physiotherapist soon",
      "4:urgent: see a doctor today",
      "5:emergency: go to an emergency department now",
      "130:stopped with Ctrl-C"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare triage",
      "  backcare triage --list --json",
      "  backcare triage --answers answers.yaml --json --no-routine",
      "  backcare triage --answer age=42 --answer bladder=no ..."
    })
public final class TriageCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--answer",
      paramLabel = "ID=VALUE",
      description = "Answer one question: yes/no (y/n), or a number for age. Repeatable.")
  List<String> answerArgs = new ArrayList<>();

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "A file of answers, question id to value, in YAML (or JSON if its name ends in .json).")
  Path answersFile;

  @Option(
      names = "--list",
      description = "Show every question with its id, type and why we ask it.")
  boolean list;

  @Option(
      names = "--json",
      description = "Print the result (or the --list) as JSON. Implies --no-routine.")
  boolean json;

  @Option(
      names = "--no-routine",
      description = "Stop after the screen; do not hand over to a routine.")
  boolean noRoutine;

  @Option(
      names = "--routine",
      paramLabel = "ID",
      description = "The routine to hand over to on self-care (default: by time of day).")
  String routine;

  @Option(
      names = "--no-color",
      description = "No colour in the output (also when NO_COLOR is set).")
  boolean noColor;

  /**
   * Everything the command takes from the outside world; tests replace parts of it. What is left
   * null comes from the command line's {@link Context}.
   */
  static final class Io {
    InputStream stdin;
    BooleanSupplier terminal;

    /** Only called on the interactive path: JLine is never loaded otherwise. */
    Supplier<Prompter> prompter = () -> JLinePrompter.system();

    Supplier<LocalTime> clock;
    Function<String, String> env;
    RoutineHandover handover;
  }

  @CommandLine.ParentCommand BackcareCommand root;

  Io io = new Io();

  @Override
  public Integer call() {
    fillFromContext();
    TriageRules rules = TriageRules.load();
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      printList(rules, out);
      return ExitCode.OK;
    }
    checkRoutineOption();
    Triage triage = new Triage(rules);
    boolean scripted = !answerArgs.isEmpty() || answersFile != null;
    if (scripted || !io.terminal.getAsBoolean()) {
      return runScripted(triage, scripted, out);
    }
    return runInteractive(triage, out);
  }

  private void fillFromContext() {
    Context ctx = root.context();
    if (io.stdin == null) io.stdin = ctx.stdin();
    if (io.terminal == null) io.terminal = ctx::interactive;
    if (io.clock == null) io.clock = () -> ctx.offsetNow().toLocalTime();
    if (io.env == null) io.env = ctx.env()::get;
    if (io.handover == null) io.handover = new RunRoutine(ctx);
  }

  /**
   * The hand-over on self-care: `backcare routine ID --condition ...`, run exactly as a user would.
   */
  private final class RunRoutine implements RoutineHandover {
    private final Context ctx;
    private List<String> ids;

    RunRoutine(Context ctx) {
      this.ctx = ctx;
    }

    @Override
    public int run(
        String routineId, java.util.Set<backcare.routine.Condition> conditions, PrintWriter out) {
      List<String> args = new ArrayList<>(List.of("routine", routineId));
      for (backcare.routine.Condition c : conditions) {
        args.add("--condition");
        args.add(c.id());
      }
      if (noColor) args.add("--no-color");
      out.flush();
      String[] argv = args.toArray(String[]::new);
      return BackcareCommand.forArguments(ctx, argv)
          .setOut(out)
          .setErr(spec.commandLine().getErr())
          .execute(argv);
    }

    @Override
    public List<String> routineIds() {
      if (ids == null)
        ids = List.copyOf(Libraries.load(ctx, spec.commandLine().getErr()).routines().keySet());
      return ids;
    }
  }

  // ---- --list --------------------------------------------------------------------------------

  private void printList(TriageRules rules, PrintWriter out) {
    if (json) {
      Json.print(
          out,
          rules.questions().stream()
              .map(
                  q -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", q.id());
                    m.put("text", q.text());
                    m.put("type", q.type().id());
                    m.put("help", q.help());
                    m.put("askedWhen", askedWhen(q));
                    m.put("unanswered", q.conditional() ? q.askedWhen().unanswered().text() : null);
                    return m;
                  })
              .toList());
      return;
    }
    out.println(
        "The questions of backcare triage, in the order answers are read from standard input:");
    for (Question q : rules.questions()) {
      out.println();
      out.println(
          q.id()
              + "  ("
              + (q.type() == QuestionType.YES_NO ? "yes/no" : "number")
              + (q.conditional()
                  ? "; a follow-up, asked only when "
                      + askedWhenWords(q)
                      + "; unanswered counts as "
                      + q.askedWhen().unanswered().text()
                  : "")
              + ")");
      out.println("  " + q.text());
      out.println("  Why we ask: " + q.help());
    }
    out.println();
    out.println(
        "Answer with --answer ID=VALUE (repeatable), --answers FILE, or one answer a line on standard input.");
    out.flush();
  }

  /**
   * A conditional question's condition for --list --json: {"anyYes": [...]} or {"outcomeIn":
   * [...]}; else null.
   */
  private static Map<String, Object> askedWhen(Question q) {
    if (!q.conditional()) return null;
    return q.askedWhen().anyYes().isEmpty()
        ? Map.of("outcomeIn", q.askedWhen().outcomeIn().stream().map(Level::id).toList())
        : Map.of("anyYes", q.askedWhen().anyYes());
  }

  private static String askedWhenWords(Question q) {
    return q.askedWhen().anyYes().isEmpty()
        ? "the outcome would be "
            + q.askedWhen().outcomeIn().stream().map(Level::id).collect(Collectors.joining(" or "))
        : (q.askedWhen().anyYes().size() == 1 ? "" : "one of ")
            + String.join(", ", q.askedWhen().anyYes())
            + " is yes";
  }

  private void checkRoutineOption() {
    if (routine != null && !io.handover.routineIds().contains(routine)) {
      throw new BadInputException(
          "--routine "
              + routine
              + ": unknown routine"
              + Suggest.hint(routine, io.handover.routineIds())
              + " (one of "
              + String.join(", ", io.handover.routineIds())
              + ")");
    }
  }

  // ---- scripts: flags, a file or standard input ------------------------------------------------

  private int runScripted(Triage triage, boolean fromOptions, PrintWriter out) {
    ScriptedAnswers given = new ScriptedAnswers(triage.rules());
    if (fromOptions) {
      if (answersFile != null) given.readFile(answersFile);
      given.readFlags(answerArgs);
    } else {
      given.readLines(io.stdin, triage);
    }
    Map<String, Answer> answers = given.answers();
    if (triage.settlesEmergency(answers)) {
      // the answers given already mean an emergency: say so at once, whatever else is wrong or
      // missing
      PrintWriter err = spec.commandLine().getErr();
      for (String problem : given.problems()) err.println("backcare: not used: " + problem);
      err.flush();
      return report(triage.evaluate(answers), out, false);
    }
    List<String> missing = triage.missing(answers);
    if (!given.problems().isEmpty() || !missing.isEmpty()) {
      List<String> lines = new ArrayList<>(given.problems());
      if (given
          .problems()
          .isEmpty()) { // with problems, those come first; what is missing follows from them
        lines.add(
            "not every question was answered, and nothing is taken as \"no\" unless you say so; missing ("
                + missing.size()
                + "): "
                + String.join(", ", missing));
        lines.add(
            fromOptions
                ? "answer each with --answer ID=VALUE or in the --answers file (backcare triage --list shows every question)"
                : "give one answer a line on standard input, in the order of backcare triage --list");
      }
      unfinished(triage.evaluateSoFar(answers)).ifPresent(lines::add);
      throw new BadInputException(lines);
    }
    Outcome outcome = triage.evaluate(answers);
    int code = report(outcome, out, false);
    if (outcome.level() != Level.SELF_CARE || noRoutine || json) return code;
    String id = routine != null ? routine : RoutineChoice.defaultFor(io.clock.get());
    out.println();
    out.println(
        "Routine: "
            + id
            + (routine != null
                ? ""
                : " (the one for this time of day; choose another with --routine ID, or stop here with --no-routine)"));
    out.flush();
    return io.handover.run(id, outcome.conditions(), out);
  }

  private int report(Outcome outcome, PrintWriter out, boolean interactive) {
    if (json) Json.print(out, OutcomeReport.json(outcome));
    else OutcomeReport.printText(outcome, out, color(), interactive);
    recordInHistory(outcome); // after the advice: nothing may delay an urgent message
    return outcome.exitCode();
  }

  /** One triage record in the history, so `routine` and `history` know the latest outcome. */
  private void recordInHistory(Outcome outcome) {
    HistoryFiles.append(
        HistoryStore.forEnv(root.context().env()),
        record(outcome),
        "this screen",
        spec.commandLine().getErr());
  }

  /**
   * The history's record of an outcome, with what it told the user to do (the gate says it again).
   */
  private TriageRecord record(Outcome outcome) {
    return TriageRecord.of(
            root.context().offsetNow(),
            outcome.level().id(),
            outcome.triggered().stream().map(Trigger::id).toList(),
            outcome.conditions().stream().map(backcare.routine.Condition::id).toList(),
            outcome.cleared())
        .saying(outcome.headline(), outcome.whatToDo());
  }

  /**
   * A screen that stopped before its end (answers missing or wrong, Ctrl-D): when the answers so
   * far already call for a clinician, it is recorded at that level, so that the routine's gate sees
   * it, and the line returned says so. A screen that so far looks fine records nothing: it must
   * never lift an earlier screen's gate.
   */
  private Optional<String> unfinished(Outcome soFar) {
    if (soFar.level() == Level.SELF_CARE) return Optional.empty();
    HistoryFiles.append(
        HistoryStore.forEnv(root.context().env()),
        record(soFar).unfinished(),
        "this screen",
        spec.commandLine().getErr());
    return Optional.of(
        "your answers so far already mean: "
            + soFar.headline()
            + " (recorded in your history, so routines wait until a clinician has checked you)");
  }

  private boolean color() {
    return DisplayOptions.colourAllowed(noColor, io.env.apply("NO_COLOR"))
        && io.terminal.getAsBoolean();
  }

  // ---- a person at a terminal --------------------------------------------------------------

  private int runInteractive(Triage triage, PrintWriter out) {
    Interview interview = new Interview(triage);
    Prompter prompter = io.prompter.get();
    try {
      out.println(
          "backcare triage: a short safety check before you stretch (a minute or two), made for adults.");
      out.println(
          "Answer y or n. Type ? to see why we ask, b to go back to the previous question, Ctrl-C to stop.");
      out.println("This screen is not a diagnosis.");
      ask(triage, interview, prompter, out);
      Outcome outcome = triage.evaluate(interview.answers()).withNotes(yesThenNoNotes(interview));
      int code = report(outcome, out, true);
      if (outcome.level() != Level.SELF_CARE || noRoutine || json) return code;
      return offerRoutine(outcome, prompter, out);
    } catch (Prompter.Interrupted e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println();
      err.println(
          "backcare: stopped (Ctrl-C) before the screen was finished; nothing was decided.");
      unfinished(triage.evaluateSoFar(interview.answers()))
          .ifPresent(line -> err.println("backcare: " + line));
      err.flush();
      return ExitCode.INTERRUPTED;
    } catch (Prompter.EndOfInput e) {
      spec.commandLine().getErr().println();
      List<String> lines =
          new ArrayList<>(
              List.of(
                  "the screen was stopped before the end (Ctrl-D), so it has not decided anything;"
                      + " no unanswered question was taken as \"no\"",
                  "run backcare triage again to finish it"));
      unfinished(triage.evaluateSoFar(interview.answers())).ifPresent(lines::add);
      throw new BadInputException(lines);
    } finally {
      prompter.close();
    }
  }

  private static final String YES_NO_KEYS = "[y/n, ? why, b back] > ";

  private void ask(Triage triage, Interview interview, Prompter prompter, PrintWriter out) {
    for (Optional<Interview.Prompt> next = interview.next();
        next.isPresent();
        next = interview.next()) {
      Interview.Prompt prompt = next.get();
      out.println();
      String counter =
          prompt.number() > 0
              ? "(" + prompt.number() + "/" + interview.steps() + ") "
              : "(follow-up) ";
      if (prompt instanceof Interview.GroupPrompt g) {
        out.println(counter + g.step().ask());
        for (Question q : g.step().questions()) out.println("  - " + q.shortText());
      } else if (prompt instanceof Interview.QuestionPrompt q) {
        out.println(counter + q.question().text());
        // a follow-up about "these": list what it asks about
        if (q.question() == triage.rules().recency()) {
          for (Question about : q.about()) out.println("  - " + about.shortText());
        } else if (q.question().clearance()) {
          for (Trigger t : triage.evaluateSoFar(interview.answers()).triggered()) {
            if (t.level() != Level.SELF_CARE) {
              triage
                  .rules()
                  .question(t.id())
                  .ifPresent(about -> out.println("  - " + about.shortText()));
            }
          }
        }
      }
      int before = interview.yesThenNoToEach().size();
      readAnswer(interview, prompt, prompter, out);
      if (interview.yesThenNoToEach().size() > before) {
        out.println(
            "  You said no to each of them. If one does apply after all, type b to go back.");
      }
    }
  }

  /** Reads until the prompt is answered or the user goes back; invalid input is asked again. */
  private static void readAnswer(
      Interview interview, Interview.Prompt prompt, Prompter prompter, PrintWriter out) {
    while (true) {
      Question question = prompt instanceof Interview.QuestionPrompt q ? q.question() : null;
      String keys =
          question != null && question.type() == QuestionType.NUMBER
              ? "[age in years, ? why, b back] > "
              : YES_NO_KEYS;
      out.flush();
      String raw = prompter.readLine(keys).trim();
      String key = raw.toLowerCase(Locale.ROOT);
      if (key.equals("?")) {
        String help = prompt instanceof Interview.GroupPrompt g ? g.step().help() : question.help();
        out.println("  Why we ask: " + help);
        continue;
      }
      if (key.equals("b") || key.equals("back")) {
        if (!interview.back()) {
          out.println("  This is the first question; there is nothing to go back to.");
          continue;
        }
        return;
      }
      if (prompt instanceof Interview.GroupPrompt g) {
        Optional<Answer> any = Question.yesNo(raw);
        if (any.isPresent()) {
          interview.answerGroup(g, any.get().isYes());
          if (any.get().isYes()) out.println("  Which of them? One at a time:");
          return;
        }
      } else {
        try {
          interview.answer((Interview.QuestionPrompt) prompt, question.parse(raw));
          return;
        } catch (Question.InvalidAnswerException e) {
          // asked again below
        }
      }
      out.println(
          question != null && question.type() == QuestionType.NUMBER
              ? "  Please type your age as a whole number from "
                  + question.min()
                  + " to "
                  + question.max()
                  + "."
              : "  Please type y for yes or n for no (or ? to see why we ask, b to go back).");
    }
  }

  private static List<String> yesThenNoNotes(Interview interview) {
    List<String> notes = new ArrayList<>();
    for (Step step : interview.yesThenNoToEach()) {
      notes.add(
          "You first said yes to \""
              + step.ask()
              + "\" ("
              + step.questions().stream().map(Question::id).collect(Collectors.joining(", "))
              + "), then no to each. If one of them does apply, run the screen again.");
    }
    return notes;
  }

  private int offerRoutine(Outcome outcome, Prompter prompter, PrintWriter out) {
    List<String> ids = io.handover.routineIds();
    String id = routine;
    if (id == null) {
      String preset = RoutineChoice.defaultFor(io.clock.get());
      out.println();
      out.println(
          outcome.conditions().isEmpty()
              ? "Pick a stretching routine:"
              : "Pick a stretching routine; it will leave out moves that are not safe for: "
                  + outcome.conditions().stream().map(c -> c.id()).collect(Collectors.joining(", "))
                  + ".");
      StringBuilder menu = new StringBuilder();
      for (int i = 0; i < ids.size(); i++)
        menu.append("  ").append(i + 1).append(") ").append(ids.get(i));
      if (menu.length() <= backcare.text.HumanWriter.width(out, Integer.MAX_VALUE)) {
        out.println(menu);
      } else { // too narrow for one line: one choice a line, rather than wrapped between a number
        // and its name
        for (int i = 0; i < ids.size(); i++) out.println("  " + (i + 1) + ") " + ids.get(i));
      }
      id = chooseRoutine(ids, preset, prompter, out);
      if (id == null) {
        out.println(
            "No routine now. When you are ready: "
                + RoutineHandover.command(preset, outcome.conditions()));
        out.flush();
        return outcome.exitCode();
      }
    }
    prompter.close(); // the routine runner opens the terminal its own way
    return io.handover.run(id, outcome.conditions(), out);
  }

  /** The chosen routine id, or null to stop here (q, or Ctrl-D: the screen itself is finished). */
  private static String chooseRoutine(
      List<String> ids, String preset, Prompter prompter, PrintWriter out) {
    while (true) {
      out.flush();
      String raw;
      try {
        raw =
            prompter
                .readLine("Routine number or name [Enter = " + preset + ", q = stop here] > ")
                .trim();
      } catch (Prompter.EndOfInput e) {
        return null;
      }
      if (raw.isEmpty()) return preset;
      if (raw.equalsIgnoreCase("q")) return null;
      if (ids.contains(raw)) return raw;
      if (raw.matches("[0-9]{1,2}")) {
        int n = Integer.parseInt(raw);
        if (n >= 1 && n <= ids.size()) return ids.get(n - 1);
      }
      out.println(
          "  Please type a number from 1 to "
              + ids.size()
              + ", a routine name, Enter for "
              + preset
              + ", or q to stop here.");
    }
  }
}
