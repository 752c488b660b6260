package backcare.cli;

import backcare.BadInputException;
import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import backcare.history.Since;
import backcare.json.JsonOut;
import backcare.report.ExerciseFigures;
import backcare.report.HtmlReport;
import backcare.report.MarkdownReport;
import backcare.report.Report;
import backcare.report.ReportBuilder;
import backcare.report.ReportContent;
import backcare.report.ReportData;
import backcare.routine.Condition;
import backcare.routine.ConditionFilter;
import backcare.routine.Library;
import backcare.routine.Step;
import backcare.text.HumanWriter;
import backcare.triage.Question;
import backcare.triage.TriageRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "A report to take to your doctor or physiotherapist.",
      "Your screens, the safety-net alerts, a chart of pain before and after each session, the sessions,"
          + " totals and the exercises you did most. One HTML file that loads nothing from the internet"
          + " and prints on one or two pages; or Markdown or JSON."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare report                       # backcare-report-YYYY-MM-DD.html here",
      "  backcare report --since 30d --name \"Ann Smith\"",
      "  backcare report --format md -o -       # Markdown, to paste into a message",
      "  backcare report --json | jq .totals"
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      defaultValue = "90d",
      description =
          "The period: from 30d, 2w, 12h back from now, or a date YYYY-MM-DD (default ${DEFAULT-VALUE}).")
  String since;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write it (- for standard output). Default: backcare-report-YYYY-MM-DD.html"
              + " (or .md) in this folder; JSON goes to standard output.")
  String output;

  /** --format or --json, not both (null: HTML). */
  @ArgGroup(exclusive = true)
  FormatChoice choice;

  static final class FormatChoice {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "${COMPLETION-CANDIDATES}: HTML (the default), Markdown or JSON.")
    Format format;

    @Option(
        names = "--json",
        description = "The same content as JSON, for scripts (as --format json).")
    boolean json;
  }

  enum Format {
    HTML,
    MD,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Whom the report is for, shown at the top (else a line to write it on).")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context ctx = root.context();
    Format format = choice == null ? Format.HTML : choice.json ? Format.JSON : choice.format;
    String kind = format.toString();
    ZonedDateTime now = ctx.now().get();
    ZonedDateTime from = Since.parse(since, now);
    // a period of days starts at the start of its first day, as the report's dates say
    if (!from.isAfter(now.minusDays(1))) from = from.toLocalDate().atStartOfDay(now.getZone());
    HistoryStore store = HistoryFiles.store(ctx);
    HistoryStore.Contents history;
    try {
      history = HistoryFiles.read(store, err);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read your history, " + store.file() + ": " + HistoryStore.reason(e));
    }
    Library library = Libraries.load(ctx, err);
    Report report =
        ReportBuilder.build(
            history.sessions(),
            history.triages(),
            history.warnings(),
            from,
            now,
            name,
            new Content(library, TriageRules.load()));
    String document =
        switch (kind) {
          case "md" -> MarkdownReport.write(report);
          case "json" -> JsonOut.pretty(ReportData.of(report)) + "\n";
          default -> HtmlReport.write(report, figures(library));
        };
    String target =
        output != null
            ? output
            : kind.equals("json") ? "-" : "backcare-report-" + now.toLocalDate() + "." + kind;
    if (target.equals("-")) {
      PrintWriter w = HumanWriter.unwrapped(out);
      w.print(document);
      w.flush();
      return ExitCode.OK;
    }
    Path file = Path.of(target).toAbsolutePath();
    ReportFile.write(file, document);
    out.println(
        "Report written to "
            + file
            + " (only you can read it)."
            + (kind.equals("html")
                ? " Open it in a browser; print it from there, or save it as PDF."
                : ""));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The figure beside each exercise done most, drawn from its pose data (none for an exercise
   * without one).
   */
  static ExerciseFigures figures(Library library) {
    return (id, name) -> {
      var e = library.exercises().get(id);
      return e == null || e.figure() == null
          ? null
          : backcare.figure.Figures.svg(name, e.figure(), 64);
    };
  }

  /** Answers from the triage questions and the routine library. */
  private record Content(Library library, TriageRules rules) implements ReportContent {
    @Override
    public String answerWords(String questionId) {
      return rules.question(questionId).map(Question::shortText).orElse(null);
    }

    @Override
    public String routineTitle(String routineId) {
      Library.Entry e = library.routines().get(routineId);
      return e == null ? null : e.routine().title();
    }

    /**
     * The steps done, as the routine ran: the routine made safe for the session's conditions, as
     * the run was. Nothing when the routine is gone or has changed its number of steps since.
     */
    @Override
    public List<ExerciseRef> exercisesDone(SessionRecord s) {
      Library.Entry e = library.routines().get(s.routine());
      if (e == null) return List.of();
      Set<Condition> conditions = new LinkedHashSet<>();
      for (String c : s.conditions()) Condition.byId(c).ifPresent(conditions::add);
      List<Step> steps =
          ConditionFilter.apply(e.routine(), conditions, library.exercises()).routine().steps();
      if (steps.size() != s.totalSteps()) return List.of();
      List<ExerciseRef> done = new ArrayList<>();
      for (int n : s.stepsDone()) {
        if (n >= 1 && n <= steps.size()) {
          done.add(
              new ExerciseRef(
                  steps.get(n - 1).exercise().id(), steps.get(n - 1).exercise().name()));
        }
      }
      return done;
    }
  }
}
