package backcare.cli;

import backcare.routine.Durations;
import backcare.routine.Library;
import backcare.routine.Planner;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "routines",
    mixinStandardHelpOptions = true,
    description = "List the built-in routines and your own: id, title, total time, description.",
    footerHeading = "%nExamples:%n",
    footer = {"  backcare routines", "  backcare routines --json | jq -r '.[].id'"})
final class RoutinesCommand implements Callable<Integer> {
  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Library library = Libraries.load(root.context(), spec.commandLine().getErr());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Library.Entry e : library.routines().values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.routine().id());
      row.put("title", e.routine().title());
      row.put("totalSeconds", Planner.plan(e.routine()).totalSeconds());
      row.put("description", e.routine().description());
      row.put("source", e.user() ? "user" : "built-in");
      row.put("replacesBuiltIn", e.replacesBuiltIn());
      row.put("file", e.user() ? e.file() : null);
      rows.add(row);
    }
    if (json) {
      Json.print(out, rows);
      return ExitCode.OK;
    }
    int idWidth = rows.isEmpty() ? 2 : 0; // loops, not streams: a start links no call site
    int titleWidth = rows.isEmpty() ? 5 : 0;
    for (Map<String, Object> r : rows) {
      idWidth = Math.max(idWidth, r.get("id").toString().length() + 1);
      titleWidth = Math.max(titleWidth, r.get("title").toString().length());
    }
    idWidth = Math.max(idWidth, 2);
    PrintWriter table = HumanWriter.unwrapped(out); // a row a line, for grep and the like
    table.print(row(idWidth, titleWidth, "ID", "TITLE", "TIME", "DESCRIPTION"));
    boolean anyReplaced = false;
    boolean anyUser = false;
    for (Map<String, Object> r : rows) {
      String mark =
          Boolean.TRUE.equals(r.get("replacesBuiltIn"))
              ? "*"
              : "user".equals(r.get("source")) ? "+" : "";
      anyReplaced |= mark.equals("*");
      anyUser |= mark.equals("+");
      table.print(
          row(
              idWidth,
              titleWidth,
              r.get("id") + mark,
              r.get("title"),
              Durations.format(((Number) r.get("totalSeconds")).longValue()),
              r.get("description")));
    }
    if (anyUser)
      out.println(
          "+ your routine, from " + backcare.routine.LibraryLoader.userDir(root.context().env()));
    if (anyReplaced) out.println("* your routine, replacing the built-in one of the same id");
    out.flush();
    return ExitCode.OK;
  }

  /**
   * One row of the table, as the format {@code "%-<id>s %-<title>s %6s %s%n"} gives it, padded by
   * hand: java.util.Formatter's pattern would link lambdas at every start (docs/performance.md).
   */
  static String row(
      int idWidth, int titleWidth, Object id, Object title, Object time, Object description) {
    StringBuilder b = new StringBuilder();
    padRight(b, String.valueOf(id), idWidth);
    b.append("  ");
    padRight(b, String.valueOf(title), titleWidth);
    b.append("  ");
    String t = String.valueOf(time);
    b.append(" ".repeat(Math.max(0, 6 - t.length()))).append(t);
    b.append("  ").append(description).append(System.lineSeparator());
    return b.toString();
  }

  private static void padRight(StringBuilder b, String s, int width) {
    b.append(s).append(" ".repeat(Math.max(0, width - s.length())));
  }
}
