package backcare.cli;

import backcare.history.Pain;
import backcare.routine.Condition;
import backcare.routine.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
    Set<Condition> named = new LinkedHashSet<>();
    for (ConditionOption c : conditions) c.condition().ifPresent(named::add);
    RoutineSession.Request request =
        new RoutineSession.Request(
            source == null ? null : source.id,
            source == null ? null : source.file,
            named,
            conditions.contains(ConditionOption.NONE),
            DecimalOption.parse("--scale", scale, Planner.MIN_SCALE, Planner.MAX_SCALE, 1.0),
            dryRun,
            json,
            cleared,
            Pain.option("--pain", painBeforeOption),
            Pain.option("--pain-after", painAfterOption),
            display);
    CommandLine line = spec.commandLine();
    return new RoutineSession(root, line.getOut(), line.getErr()).run(request);
  }
}
