package backcare.cli;

import backcare.BadInputException;
import backcare.history.DataFormats;
import backcare.history.HistoryJson;
import backcare.history.HistoryListing;
import backcare.history.HistoryStore;
import backcare.history.SafetyNet;
import backcare.history.Since;
import backcare.history.Sparkline;
import backcare.text.HumanWriter;
import backcare.text.Wrap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Show your recorded sessions, your streak and how your pain has changed.",
      "The last sessions as a table, pain before and after as a small chart, your streak, totals,"
          + " the average change in pain, and whether the record says to see a clinician."
          + " Routines and triages are recorded in $XDG_STATE_HOME/backcare/history.jsonl"
          + " (default ~/.local/state/backcare/)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare history",
      "  backcare history --since 2w",
      "  backcare history --since 2024-05-01 --csv > sessions.csv",
      "  backcare history --json | jq '.sessions[] | .painBefore'",
      "  backcare history --jsonl --since 30d > recent.jsonl"
    })
final class HistoryCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Only sessions since then: 12h, 30d, 2w (hours, days, weeks back from now) or a date YYYY-MM-DD.")
  String since;

  @Option(
      names = "--last",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Rows in the table, 1 to "
              + HistoryCommand.MAX_ROWS
              + " (default ${DEFAULT-VALUE}); --json, --jsonl and --csv give every session.")
  String lastOption;

  /** The most rows --last shows. */
  static final int MAX_ROWS = 100_000;

  /** One of --json, --jsonl and --csv (null: the text listing). */
  @ArgGroup(exclusive = true)
  DataFormat format;

  static final class DataFormat {
    @Option(
        names = "--json",
        description =
            "Print sessions, triages, the numbers and any safety-net advice as one JSON document.")
    boolean json;

    @Option(
        names = "--jsonl",
        description =
            "Print every record, sessions and triages, as JSON Lines: one a line, as the history"
                + " file holds it.")
    boolean jsonl;

    @Option(
        names = "--csv",
        description = "Print the sessions as CSV, one row each, with a header row.")
    boolean csv;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context ctx = root.context();
    boolean json = format != null && format.json;
    int last = WholeOption.parse("--last", lastOption, 1, MAX_ROWS, "rows", null);
    ZonedDateTime now = ctx.now().get();
    ZonedDateTime from = since == null ? null : Since.parse(since, now);
    HistoryStore store = HistoryFiles.store(ctx);
    HistoryListing.RecordSink sink = null;
    if (format != null) { // data: UTF-8 bytes straight into stdout's buffer
      OutputStream data = HumanWriter.dataBytes(out);
      sink =
          json
              ? new HistoryJson(data, store, from)
              : format.jsonl ? DataFormats.jsonLines(data) : DataFormats.csv(data);
    }
    HistoryListing.Request request =
        new HistoryListing.Request(
            now,
            from,
            last,
            // the chart fits the width the text is wrapped to: COLUMNS, else the terminal's own
            HumanWriter.width(out, Wrap.DEFAULT_WIDTH),
            Sparkline.unicodeLocale(ctx.env()));
    HistoryFiles.Warnings warnings = new HistoryFiles.Warnings(store, err);
    List<SafetyNet.Alert> alerts;
    try {
      alerts = HistoryListing.show(store, request, sink, out, warnings).alerts();
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read your history, " + store.file() + ": " + HistoryStore.reason(e));
    } catch (UncheckedIOException e) { // writing the data: a closed pipe, a full disk
      err.println("backcare: stopped, cannot write the output: " + e.getCause().getMessage());
      err.flush();
      return ExitCode.INTERNAL_ERROR;
    }
    // the safety net's advice: with the text, or on stderr beside data (--json holds it)
    if (!json) HistoryFiles.printAlerts(sink == null ? out : err, alerts);
    out.flush();
    return ExitCode.OK;
  }
}
