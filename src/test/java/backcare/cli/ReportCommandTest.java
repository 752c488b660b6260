package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * backcare report as a user meets it: the files it writes, its formats, bad input and thin
 * histories.
 */
class ReportCommandTest {
  @TempDir Path dir;

  /**
   * A history: a screen that asked for a clinician, its clearance, sessions of every ending, a
   * damaged line.
   */
  static List<String> history() {
    // quick as run under the screens' condition: the report maps steps done to its exercises
    int steps = Planned.builtIn("quick", Condition.STENOSIS).steps();
    String all =
        "["
            + String.join(",", IntStream.rangeClosed(1, steps).mapToObj(String::valueOf).toList())
            + "]";
    return List.of(
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-01T09:00:00Z\",\"outcome\":\"see-clinician\","
            + "\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\"],\"cleared\":false}",
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-03T09:00:00Z\",\"outcome\":\"self-care\","
            + "\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\"],\"cleared\":true,\"source\":\"gate\"}",
        session("2024-05-10T08:00:00Z", "quick", "done", all, steps, "5", "3"),
        session("2024-05-11T08:00:00Z", "quick", "quit", "[1,2]", steps, "4", "null"),
        session("2024-05-12T08:00:00Z", "quick", "stopped-for-pain", "[1]", steps, "6", "7"),
        "{\"type\":\"session\", damaged",
        session("2024-05-13T08:00:00Z", "quick", "interrupted", "[1]", steps, "null", "null"),
        session("2024-05-14T08:00:00Z", "quick", "skipped", "[]", steps, "3", "null"),
        session("2024-05-15T08:00:00Z", "gone-routine", "done", "[1]", 1, "2", "1"));
  }

  static String session(
      String start,
      String routine,
      String ending,
      String done,
      int total,
      String before,
      String after) {
    return backcare.history.HistoryLines.session(
        start, routine, "\"stenosis\"", total, done, 120, ending, before, after);
  }

  Cli withHistory(List<String> lines) throws Exception {
    Cli cli = new Cli(dir);
    Files.createDirectories(cli.historyFile().getParent());
    Files.write(cli.historyFile(), lines);
    return cli;
  }

  @Test
  void writesOneHtmlFileOfMode600AndSaysWhere() throws Exception {
    Cli cli = withHistory(history());
    Path file = dir.resolve("r.html");
    Files.writeString(file, "an older report, readable by all");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(cli.run("report", "-o", file.toString(), "--name", "Ann")).isZero();
    assertThat(cli.out).contains("Report written to " + file).contains("Open it in a browser");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String html = Files.readString(file);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<strong>Ann</strong>")
        .contains("Period: <strong>2024-02-20</strong> to <strong>2024-05-20</strong>");
    // pain answers of the period: 5,3 4 6,7 3 2,1
    assertThat(Pattern.compile("class=\"point ").matcher(html).results().count()).isEqualTo(8);
    assertThat(html)
        .contains("stopped for pain")
        .contains("quit early")
        .contains("interrupted")
        .contains("every step skipped")
        .contains(Planned.quick().title())
        .contains("gone-routine");
    // the clearance first, then the screen it cleared; the triage alert dated, and lifted
    assertThat(html)
        .contains("clearance: a clinician")
        .contains("2024-05-01 09:00: see-clinician")
        .contains("A screen had asked for a clinician")
        .contains("(triage)</span>: <strong>2024-05-01 to 2024-05-03</strong>");
    assertThat(html).contains("Stiffness that has not got better");
    // the damaged line: noted on stderr and in the report, the rest all there
    assertThat(cli.err).contains("history.jsonl:6");
    assertThat(html).contains("History lines left out").contains("history.jsonl:6");
    // exercises: quick's steps as run under stenosis, counted per session (skipped runs not
    // counted)
    assertThat(html).contains("Exercises done most").containsPattern("\\((4|3) sessions\\)");
    try (var leftovers = Files.list(dir)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".backcare-report"));
    }
  }

  @Test
  void markdownAndJsonCarryTheSameContent() throws Exception {
    Cli cli = withHistory(history());
    assertThat(cli.run("report", "--format", "md", "-o", "-")).isZero();
    assertThat(cli.out)
        .startsWith("# Back care report")
        .contains("| 2024-05-12 08:00 | " + Planned.quick().title() + " |")
        .contains("**stopped for pain**")
        .doesNotContain("Report written");
    assertThat(cli.run("report", "--json")).isZero();
    JsonNode j = new ObjectMapper().readTree(cli.out);
    assertThat(j.get("from").asText()).isEqualTo("2024-02-20");
    assertThat(j.get("pain")).hasSize(8);
    assertThat(j.get("sessions")).hasSize(6);
    assertThat(j.get("latestScreen").get("clearance").asBoolean()).isTrue();
    assertThat(j.get("safetyNet").get(0).get("rule").asText()).isEqualTo("triage");
    assertThat(j.get("totals").get("stoppedForPain").asInt()).isEqualTo(1);
    assertThat(j.get("totals").get("skippedSessions").asInt()).isEqualTo(1);
    assertThat(j.get("skippedLines")).hasSize(1);
  }

  @Test
  void sinceNarrowsThePeriod() throws Exception {
    Cli cli = withHistory(history());
    assertThat(cli.run("report", "--json", "--since", "2024-05-12")).isZero();
    JsonNode j = new ObjectMapper().readTree(cli.out);
    assertThat(j.get("from").asText()).isEqualTo("2024-05-12");
    assertThat(j.get("sessionsInPeriod").asInt()).isEqualTo(4);
    assertThat(j.get("earlierScreens")).isEmpty();
    assertThat(cli.run("report", "--json", "--since", "1w")).isZero();
    assertThat(new ObjectMapper().readTree(cli.out).get("from").asText()).isEqualTo("2024-05-13");
    assertThat(new ObjectMapper().readTree(cli.out).get("sessionsInPeriod").asInt())
        .isEqualTo(3); // from midnight, the 13th's too
  }

  @Test
  void anEmptyHistoryGivesAUsefulPage() throws Exception {
    Cli cli = new Cli(dir);
    Path file = dir.resolve("empty.html");
    assertThat(cli.run("report", "-o", file.toString())).isZero();
    assertThat(Files.readString(file))
        .contains("What to record")
        .contains("<code>backcare triage</code>")
        .contains("No sessions in this period.");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void badInputIsExit2WithWhatWouldBeRight() throws Exception {
    Cli cli = withHistory(history());
    assertThat(cli.run("report", "--format", "pdf")).isEqualTo(2);
    assertThat(cli.err).contains("--format pdf: give html, md or json").doesNotContain("Exception");
    assertThat(cli.run("report", "--since", "3x")).isEqualTo(2);
    assertThat(cli.err).contains("like 12h, 30d or 2w");
    assertThat(cli.run("report", "--json", "--format", "md")).isEqualTo(2);
    assertThat(cli.run("report", "-o", dir.toString())).isEqualTo(2);
    assertThat(cli.err).contains("that is a folder");
    assertThat(cli.run("report", "-o", dir.resolve("no/such/r.html").toString())).isEqualTo(2);
    assertThat(cli.err).contains("no such folder");
  }

  @Test
  void noReportClassLoadsOnOtherCommandsPaths() throws Exception {
    Map<String, String> env = Launcher.env(dir);
    for (List<String> args :
        List.of(
            List.of("routines"),
            List.of("history"),
            List.of("routine", "quick", "--dry-run"),
            List.of("report", "-o", "-"))) {
      Launcher.Result run =
          Launcher.run(
              env,
              Launcher.java(
                  env,
                  List.of("-Xshare:off", "-verbose:class", "-XX:TieredStopAtLevel=1"),
                  args.toArray(String[]::new)),
              ProcessBuilder.Redirect.PIPE);
      assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
      List<String> loaded =
          run.outText()
              .lines()
              .filter(
                  l -> l.contains("backcare.report.") || l.contains("backcare.cli.ReportCommand"))
              .toList();
      if (args.get(0).equals("report")) {
        assertThat(loaded).as("the report's own run").isNotEmpty();
      } else {
        assertThat(loaded).as(String.join(" ", args)).isEmpty();
      }
    }
  }
}
