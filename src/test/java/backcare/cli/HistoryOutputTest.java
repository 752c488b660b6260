package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.text.DataOut;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12: `history` reads its file as a stream now, and says what it said when it read it whole.
 * A history of 400 records in time order (sessions of every ending, triages, a damaged line, a
 * record from the future, a cut-off last line) is shown in every format, and each output is
 * compared byte for byte with what backcare printed before the change (commit 9c2b49e), kept in
 * src/test/resources/backcare/cli/history-before/. (With -Dhistory.before.write=DIR the outputs are
 * written there instead: how those files were made, on that commit.) One change since, and only
 * that one in the files: the triage alert's wording, which the routine's gate (issue 9) changed.
 * And one in how --json is laid out: a record a line (the same document, read as JSON).
 */
class HistoryOutputTest {
  @TempDir Path tmp;

  static final List<List<String>> CASES =
      List.of(
          List.of("history"),
          List.of("history", "--last", "3"),
          List.of("history", "--since", "30d"),
          List.of("history", "--since", "2024-05-01", "--last", "50"),
          List.of("history", "--json"),
          List.of("history", "--json", "--since", "2w"),
          List.of("history", "--csv"),
          List.of("history", "--csv", "--since", "2024-04-01"));

  /** 400 records, an hour to a day apart, up to the test's now, 2024-05-20T12:00:00Z. */
  static String history() {
    Random random = new Random(12);
    List<String> lines = new ArrayList<>();
    Instant t = Instant.parse("2024-02-10T08:00:00Z");
    String[] routines = {
      "morning", "desk", "evening-unwind", "quick", "gentle", "mine, with a comma"
    };
    String[] endings = {
      "done", "done", "done", "quit", "skipped", "stopped-for-pain", "interrupted"
    };
    String[] outcomes = {"self-care", "self-care", "see-clinician", "urgent"};
    for (int i = 0; i < 400; i++) {
      t = t.plusSeconds(3600 + random.nextInt(10 * 3600));
      if (t.isAfter(Instant.parse("2024-05-20T11:00:00Z")))
        t = Instant.parse("2024-05-20T11:00:00Z");
      int offset = random.nextInt(5) - 2;
      String at = backcare.history.RecordJson.formatTime(t.atOffset(ZoneOffset.ofHours(offset)));
      if (i % 20 == 7) {
        lines.add(
            "{\"type\":\"triage\",\"version\":1,\"time\":\""
                + at
                + "\",\"outcome\":\""
                + outcomes[random.nextInt(outcomes.length)]
                + "\",\"triggered\":[\"persistent\"],\"conditions\":[\""
                + (random.nextBoolean() ? "stenosis" : "disc")
                + "\"],\"cleared\":false}");
        continue;
      }
      if (i == 100) lines.add("this line is not a record");
      if (i == 200) lines.add(lines.get(lines.size() - 1).replace("2024-", "2031-"));
      int seconds = 60 + random.nextInt(900);
      Integer before = random.nextInt(5) == 0 ? null : random.nextInt(11);
      Integer after = random.nextInt(4) == 0 ? null : random.nextInt(11);
      String end =
          backcare.history.RecordJson.formatTime(
              t.plusSeconds(seconds).atOffset(ZoneOffset.ofHours(offset)));
      lines.add(
          "{\"type\":\"session\",\"version\":1,\"start\":\""
              + at
              + "\",\"end\":\""
              + end
              + "\",\"routine\":\""
              + routines[random.nextInt(routines.length)]
              + "\",\"file\":"
              + (i % 9 == 0 ? "\"/home/a/b, \\\"c\\\".yaml\"" : "null")
              + ",\"conditions\":["
              + (i % 3 == 0 ? "\"stenosis\",\"disc\"" : "")
              + "],\"totalSteps\":6,"
              + "\"stepsDone\":[1,2,4,5,6],\"stepsSkipped\":[3],\"activeSeconds\":"
              + seconds
              + ",\"pausedSeconds\":"
              + random.nextInt(30)
              + ",\"ending\":\""
              + endings[random.nextInt(endings.length)]
              + "\",\"painBefore\":"
              + before
              + ",\"painAfter\":"
              + after
              + "}");
    }
    String cut = lines.get(lines.size() - 2).substring(0, 80);
    return String.join("\n", lines) + "\n" + cut;
  }

  private Cli cli() throws IOException {
    Cli cli = new Cli(tmp);
    cli.env.put("COLUMNS", "60");
    HistoryCommandTest.write(cli.historyFile());
    Files.writeString(cli.historyFile(), history());
    return cli;
  }

  @Test
  void everyFormatPrintsWhatItPrintedBeforeItStreamed() throws IOException {
    Cli cli = cli();
    String write = System.getProperty("history.before.write");
    for (List<String> args : CASES) {
      Cli.Result r = cli.exec(args.toArray(String[]::new));
      String name = String.join(" ", args.subList(1, args.size())).replaceAll("[^a-z0-9]+", "-");
      name = "history" + (name.isEmpty() ? "" : "-" + name);
      String err = r.err().replace(cli.historyFile().toString(), "HISTORY");
      String out = r.out().replace(cli.historyFile().toString(), "HISTORY");
      if (write != null) {
        Files.createDirectories(Path.of(write));
        Files.writeString(Path.of(write, name + ".out"), out);
        Files.writeString(Path.of(write, name + ".err"), err + "exit " + r.code() + "\n");
        continue;
      }
      if (name.startsWith("history--json")) { // the same document, laid out a record a line
        assertThat(tree(out)).as(name + ".out").isEqualTo(tree(resource(name + ".out")));
        assertRecordALine(out, name);
      } else {
        assertThat(out).as(name + ".out").isEqualTo(resource(name + ".out"));
      }
      assertThat(err + "exit " + r.code() + "\n")
          .as(name + ".err")
          .isEqualTo(resource(name + ".err"));
    }
  }

  /**
   * The pain chart is as wide as the text is wrapped (COLUMNS, else the terminal's own width): its
   * before and after are one line each at any width, never wrapped at a blank (an unanswered
   * session) into a second line that no longer lines up.
   */
  @Test
  void thePainChartFitsTheWidthTheTextIsWrappedTo() throws IOException {
    for (int width : new int[] {40, 60, 100, 200}) {
      Cli cli = cli().columns(width);
      Cli.Result r = cli.exec("history");
      assertThat(r.code()).isZero();
      List<String> lines = r.out().lines().toList();
      int chart = width - 10;
      assertThat(r.out()).as("width %d", width).contains("the last " + chart + ":");
      for (String label : List.of("  before  ", "  after   ")) {
        String row = lines.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
        assertThat(row.length()).as("%s at width %d", label, width).isEqualTo(width);
        int at = lines.indexOf(row);
        assertThat(lines.get(at + 1))
            .as("the line after %s at %d", label, width)
            .doesNotStartWith("  ▁");
      }
    }
  }

  /**
   * --jsonl: every good record in range, sessions and triages, in file order, one a line, each as
   * the history file holds a record; damaged lines are warned about as for every format.
   */
  @Test
  void jsonLinesAreTheGoodRecordsAsTheFileHoldsThem() throws IOException {
    Cli cli = cli();
    backcare.history.HistoryStore.Contents all =
        new backcare.history.HistoryStore(
                cli.historyFile(), () -> Instant.parse("2024-05-20T12:00:00Z"))
            .read();
    for (String since : new String[] {null, "2024-05-01"}) {
      Cli.Result r =
          since == null
              ? cli.exec("history", "--jsonl")
              : cli.exec("history", "--jsonl", "--since", since);
      assertThat(r.code()).isZero();
      Instant from = since == null ? Instant.MIN : Instant.parse(since + "T00:00:00Z");
      String expected =
          all.records().stream()
              .filter(rec -> !rec.time().toInstant().isBefore(from))
              .map(rec -> backcare.history.RecordJson.encode(rec) + "\n")
              .reduce("", String::concat);
      assertThat(r.out()).isEqualTo(expected);
      assertThat(r.out().lines().count()).isGreaterThan(since == null ? 350 : 50);
      // the warnings as for --json; then the safety net's advice, which --json holds inside
      assertThat(r.err().replace(cli.historyFile().toString(), "HISTORY"))
          .startsWith(resource("history--json.err").replace("exit 0\n", ""))
          .contains("See a clinician:");
    }
  }

  /**
   * Data goes out unwrapped but still made visible: a control character in a record (escaped in the
   * file) reaches no terminal raw in any format.
   */
  @Test
  void noFormatPrintsARawControlCharacter() throws IOException {
    Cli cli = new Cli(tmp);
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.session(
            "2024-05-17T07:30:00Z", "a\\u001b[2Jb\\u202ec\\u009bd", 480, "done", 6, 4));
    for (String format : new String[] {"--json", "--jsonl", "--csv", "--last=1"}) {
      Cli.Result r = cli.exec("history", format);
      assertThat(r.code()).as(format).isZero();
      assertThat(r.out()).as(format).contains("a").doesNotContain("\u001b", "\u202e", "\u009b");
    }
  }

  /**
   * With stdout a {@link DataOut}, as it is when backcare runs, the data formats write straight
   * into its UTF-8 buffer: the same bytes and messages as through the human writer, for the golden
   * history and for records holding control characters, a tab, non-ASCII text, a character outside
   * the BMP and a lone surrogate.
   */
  @Test
  void dataWrittenStraightToTheByteStreamIsWhatTheHumanWriterGives() throws IOException {
    Cli cli = cli();
    Files.writeString(
        cli.historyFile(),
        history()
            + "\n"
            + HistoryCommandTest.session(
                "2024-05-19T07:30:00Z",
                "a\\u001b[2Jb\\u202ec\\u009bd\\te\\u00e9\\ud83d\\ude00\\ud800f, \\\"g\\\"\\r\\nh",
                480,
                "done",
                6,
                4)
            + "\n",
        StandardCharsets.UTF_8);
    for (String[] args :
        new String[][] {
          {"history", "--json"},
          {"history", "--json", "--since", "2w"},
          {"history", "--jsonl"},
          {"history", "--csv"},
          {"history", "--csv", "--since", "2024-04-01"}
        }) {
      Cli.Result human = cli.exec(args);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StringWriter err = new StringWriter();
      CommandLine cmd = cli.commandLine(args);
      cmd.setOut(new DataOut(bytes));
      cmd.setErr(new PrintWriter(err, true));
      int code = cmd.execute(args);
      String name = String.join(" ", args);
      assertThat(code).as(name).isEqualTo(human.code()).isZero();
      assertThat(bytes.toString(StandardCharsets.UTF_8)).as(name).isEqualTo(human.out());
      assertThat(err.toString()).as(name).isEqualTo(human.err());
      assertThat(human.out())
          .as(name)
          .containsIgnoringCase("\\u001b")
          .contains("\u00e9", "\ud83d\ude00")
          .doesNotContain("\u001b", "\u202e", "\u009b", "\t");
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
  }

  /** Each record of `history --json` on a line of its own, as --jsonl writes it. */
  private static void assertRecordALine(String out, String name) throws IOException {
    com.fasterxml.jackson.databind.JsonNode doc = tree(out);
    List<String> records = new ArrayList<>();
    for (String list : List.of("sessions", "triages"))
      for (com.fasterxml.jackson.databind.JsonNode r : doc.get(list)) records.add(r.toString());
    List<String> lines = new ArrayList<>();
    for (String line : out.split(System.lineSeparator()))
      if (line.startsWith("    {")) lines.add(line.strip().replaceAll(",$", ""));
    assertThat(lines).as(name).isEqualTo(records).isNotEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HistoryOutputTest.class.getResourceAsStream("history-before/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
