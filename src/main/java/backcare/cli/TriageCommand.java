package backcare.cli;

import backcare.BadInputException;
import backcare.triage.Level;
import backcare.triage.Outcome;
import backcare.triage.Prompter;
import backcare.triage.RoutineChoice;
import backcare.triage.RoutineHandover;
import backcare.triage.Screen;
import backcare.triage.ScriptedScreen;
import backcare.triage.SelfCareHandover;
import backcare.triage.Triage;
import backcare.triage.TriageRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @CommandLine.ParentCommand BackcareCommand root;

  private Context ctx;
  private RoutineHandover handover;

  @Override
  public Integer call() {
    StartupTrace.mark("parsed");
    ctx = root.context();
    handover =
        ctx.handover() != null
            ? ctx.handover()
            : new RunRoutine(ctx, noColor, spec.commandLine().getErr());
    TriageRules rules = TriageRules.load();
    StartupTrace.mark("rules loaded");
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      QuestionList.print(rules, json, out);
      return ExitCode.OK;
    }
    SelfCareHandover.checkRoutine(handover, routine);
    Triage triage = new Triage(rules);
    boolean scripted = !answerArgs.isEmpty() || answersFile != null;
    if (scripted || !ctx.interactive()) return runScripted(triage, scripted, out);
    return runInteractive(triage, out);
  }

  // ---- scripts: flags, a file or standard input ------------------------------------------------

  private int runScripted(Triage triage, boolean fromOptions, PrintWriter out) {
    ScriptedAnswers given = new ScriptedAnswers(triage.rules());
    if (fromOptions) {
      if (answersFile != null) given.readFile(answersFile);
      given.readFlags(answerArgs);
    } else {
      given.readLines(ctx.stdin(), triage);
    }
    StartupTrace.mark("answers read");
    ScriptedScreen.Decision d =
        ScriptedScreen.decide(triage, given.answers(), given.problems(), fromOptions);
    if (d.outcome() == null) {
      List<String> lines = new ArrayList<>(d.problems());
      history().unfinished(d.soFar()).ifPresent(lines::add);
      throw new BadInputException(lines);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String problem : d.problems()) err.println("backcare: not used: " + problem);
    err.flush();
    StartupTrace.mark("decided");
    int code = report(d.outcome(), out, false);
    if (d.earlyEmergency() || !handsOver(d.outcome())) return code;
    return SelfCareHandover.scripted(
        handover, routine, timeOfDayRoutine(), d.outcome().conditions(), out);
  }

  /** Whether a routine follows: on self-care, unless --no-routine or --json. */
  private boolean handsOver(Outcome outcome) {
    return outcome.level() == Level.SELF_CARE && !noRoutine && !json;
  }

  private String timeOfDayRoutine() {
    return RoutineChoice.defaultFor(ctx.offsetNow().toLocalTime());
  }

  private int report(Outcome outcome, PrintWriter out, boolean interactive) {
    if (json) Json.print(out, OutcomeReport.json(outcome));
    else OutcomeReport.printText(outcome, out, color(), interactive);
    StartupTrace.mark("reported");
    history().record(outcome); // after the advice: nothing may delay an urgent message
    return outcome.exitCode();
  }

  private ScreenHistory history() {
    return new ScreenHistory(ctx, spec.commandLine().getErr());
  }

  private boolean color() {
    return DisplayOptions.colourAllowed(noColor, ctx.env().get("NO_COLOR")) && ctx.interactive();
  }

  // ---- a person at a terminal --------------------------------------------------------------

  private int runInteractive(Triage triage, PrintWriter out) {
    Prompter prompter = ctx.openPrompter();
    Screen screen = new Screen(triage, prompter, out);
    try {
      Outcome outcome = screen.run();
      int code = report(outcome, out, true);
      if (!handsOver(outcome)) return code;
      int width = backcare.text.HumanWriter.width(out, Integer.MAX_VALUE);
      return SelfCareHandover.atTerminal(
          handover, routine, timeOfDayRoutine(), outcome.conditions(), prompter, out, width);
    } catch (Prompter.Interrupted e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println();
      err.println(
          "backcare: stopped (Ctrl-C) before the screen was finished; nothing was decided.");
      history()
          .unfinished(triage.evaluateSoFar(screen.answersSoFar()))
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
      history().unfinished(triage.evaluateSoFar(screen.answersSoFar())).ifPresent(lines::add);
      throw new BadInputException(lines);
    } finally {
      prompter.close();
    }
  }
}
