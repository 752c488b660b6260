package backcare.cli;

import backcare.console.Notice;
import backcare.routine.Exercise;
import backcare.routine.Library;
import backcare.routine.Plan;
import backcare.routine.Planner;
import backcare.routine.Routine;
import backcare.routine.SafetyText;
import backcare.routine.Side;
import backcare.routine.Step;
import backcare.session.LineOutput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `backcare heat` and `backcare cold`: one countdown for a heat or cold pack. A lead-in to get the
 * pack ready comes first, and the cautions of the exercise library's `heat` and `cold` entries (its
 * warnings: a towel between skin and pack, skin checks, who should ask first, 20 minutes at most)
 * are shown from the lead-in on. Longer than 20 minutes is refused.
 */
abstract class TimerCommand implements Callable<Integer> {
  static final int DEFAULT_MINUTES = 15;
  static final int MAX_MINUTES = 20;

  @ParentCommand BackcareCommand root;

  @Spec CommandSpec spec;

  @Mixin DisplayOptions display;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_MINUTES,
      description =
          "How long, in whole minutes: 1 to " + MAX_MINUTES + " (default ${DEFAULT-VALUE}).")
  String minutesOption;

  private final String exerciseId;

  /** "heat", "cold pack": what is put on and taken off. */
  private final String item;

  /** "heat", "a cold pack": what is never used longer than the limit. */
  private final String use;

  TimerCommand(String exerciseId, String item, String use) {
    this.exerciseId = exerciseId;
    this.item = item;
    this.use = use;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int minutes =
        WholeOption.parse(
            "--minutes",
            minutesOption,
            1,
            MAX_MINUTES,
            "minutes",
            "too long: never use "
                + use
                + " for more than 15-20 minutes at a time, as longer can harm the skin");
    Library library = Libraries.load(root.context(), err);
    Exercise exercise = library.exercises().get(exerciseId);
    if (exercise == null) {
      throw new IllegalStateException("the built-in exercise \"" + exerciseId + "\" is missing");
    }
    Plan plan = plan(exercise, minutes);
    SafetyText safety = new SafetyText(List.of(), stopAdvice(library.safety()), List.of());
    // first aid is never gated: the advice of a screen that asked for a clinician is shown first
    List<Notice> first = Gate.firstAid(root.context(), out, err);
    return Sessions.run(
            root,
            display,
            plan,
            false,
            new LineOutput(out, safety, List.of()),
            safety,
            List.of(),
            first,
            out,
            err)
        .exitCode();
  }

  static Plan plan(Exercise exercise, int minutes) {
    Step step =
        new Step(exercise, minutes * 60, 0, 1, Side.NONE, 0, exercise.leadInSeconds(), null, null);
    Routine routine =
        new Routine(
            exercise.id(), exercise.name(), exercise.name() + " timer", List.of(step), "built-in");
    return Planner.plan(routine);
  }

  /**
   * After x: take the pack off, what to watch the skin for, then the general advice's last line
   * (run triage).
   */
  private List<String> stopAdvice(SafetyText safety) {
    List<String> advice = new ArrayList<>();
    advice.add("Take the " + item + " off now and let your skin settle.");
    advice.add(
        "If the skin stays numb, blistered or sore, or has turned white or blotchy, show it to a doctor"
            + " or pharmacist.");
    List<String> general = safety.stopAdvice();
    if (general.size() > 1) advice.add(general.get(general.size() - 1));
    return advice;
  }

  // the exit codes both timers' help lists (annotation values: constants, not a shared array)
  static final String EXIT_0 = "0:the timer ended: done, quit or stopped (the summary says which)";
  static final String EXIT_1 = "1:an internal error (run again with --debug and report it)";
  static final String EXIT_2 = "2:bad usage or bad input, e.g. more than 20 minutes";
  static final String EXIT_130 =
      "130:interrupted by Ctrl-C, SIGTERM or SIGHUP (the summary is shown and the session"
          + " recorded)";

  @Command(
      name = "heat",
      mixinStandardHelpOptions = true,
      description = {
        "A timer for heat on the lower back, with its safety notes.",
        "A heating pad, hot water bottle or warm towel; keep a towel between skin and heat;"
            + " 15-20 minutes at most."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_1, EXIT_2, EXIT_130},
      footerHeading = "%nExamples:%n",
      footer = {
        "  backcare heat",
        "  backcare heat --minutes 20 --voice",
        "  backcare heat --minutes 10 | cat"
      })
  static final class Heat extends TimerCommand {
    Heat() {
      super("heat", "heat", "heat");
    }
  }

  @Command(
      name = "cold",
      mixinStandardHelpOptions = true,
      description = {
        "A timer for a cold pack on the lower back, with its safety notes.",
        "Always wrap the ice pack in a towel; 15-20 minutes at most."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {EXIT_0, EXIT_1, EXIT_2, EXIT_130},
      footerHeading = "%nExamples:%n",
      footer = {"  backcare cold", "  backcare cold --minutes 10 --quiet"})
  static final class Cold extends TimerCommand {
    Cold() {
      super("cold", "cold pack", "a cold pack");
    }
  }
}
