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
    int idWidth = rows.stream().mapToInt(r -> r.get("id").toString().length() + 1).max().orElse(2);
    int titleWidth =
        rows.stream().mapToInt(r -> r.get("title").toString().length()).max().orElse(5);
    String format = "%-" + Math.max(idWidth, 2) + "s  %-" + titleWidth + "s  %6s  %s%n";
    PrintWriter table = HumanWriter.unwrapped(out); // a row a line, for grep and the like
    table.printf(format, "ID", "TITLE", "TIME", "DESCRIPTION");
    boolean anyReplaced = false;
    boolean anyUser = false;
    for (Map<String, Object> r : rows) {
      String mark =
          Boolean.TRUE.equals(r.get("replacesBuiltIn"))
              ? "*"
              : "user".equals(r.get("source")) ? "+" : "";
      anyReplaced |= mark.equals("*");
      anyUser |= mark.equals("+");
      table.printf(
          format,
          r.get("id") + mark,
          r.get("title"),
          Durations.format(((Number) r.get("totalSeconds")).longValue()),
          r.get("description"));
    }
    if (anyUser)
      out.println(
          "+ your routine, from " + backcare.routine.LibraryLoader.userDir(root.context().env()));
    if (anyReplaced) out.println("* your routine, replacing the built-in one of the same id");
    out.flush();
    return ExitCode.OK;
  }
}
