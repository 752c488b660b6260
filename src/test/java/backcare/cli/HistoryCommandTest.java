package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  static String session(
      String start, String routine, long seconds, String ending, Integer before, Integer after) {
    return backcare.history.HistoryLines.session(
        start, routine, "", 4, "[1,2,3,4]", seconds, ending, "" + before, "" + after);
  }

  static String triage(String time, String outcome, String conditions) {
    return "{\"type\":\"triage\",\"version\":1,\"time\":\""
        + time
        + "\",\"outcome\":\""
        + outcome
        + "\",\"triggered\":[],\"conditions\":["
        + conditions
        + "],\"cleared\":false}";
  }

  /** A history file as backcare keeps one: private to the user (700 folder, 600 file). */
  static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    Files.setPosixFilePermissions(
        file.getParent(), java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  private void threeSessions() throws IOException {
    write(
        cli.historyFile(),
        session("2024-05-17T07:30:00Z", "morning", 480, "done", 6, 4),
        triage("2024-05-17T07:00:00Z", "self-care", "\"stenosis\""),
        session("2024-05-19T18:05:00+02:00", "desk", 240, "stopped-for-pain", 5, null),
        session("2024-05-20T08:00:00Z", "evening-unwind", 300, "done", 4, 3));
  }

  @Test
  void theTableChartAndNumbersAsAPersonSeesThem() throws IOException {
    threeSessions();
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            """
                Sessions:
                DATE              ROUTINE         MINUTES  PAIN     ENDED
                2024-05-17 07:30  morning             8.0  6 → 4    done
                2024-05-19 16:05  desk                4.0  5 → -    stopped for pain
                2024-05-20 08:00  evening-unwind      5.0  4 → 3    done

                Pain per session, oldest to newest (0 none, 10 worst; blank: not answered):
                  before  ▅▅▄
                  after   ▄ ▃

                Streak:       4 days in a row (1 missed day forgiven)
                Sessions:     3, 17.0 minutes of stretching
                Pain change:  -1.5 on average per session (better, over 2 sessions with both answers)
                Last triage:  2024-05-17, self-care; conditions: stenosis
                """);
  }

  @Test
  void withoutAUtf8LocaleTheChartIsDigits() throws IOException {
    threeSessions();
    cli.env.put("LANG", "C");
    Cli.Result r = cli.exec("history");
    assertThat(r.out())
        .contains(
            "  before  654\n  after   4 3\n",
            "6 -> 4",
            "(0 none, 10 worst; X is 10; blank: not answered)");
  }

  @Test
  void datesAreShownInTheUsersZone() throws IOException {
    threeSessions();
    cli.now = cli.now.withZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo"));
    // 18:05 at +02:00 on the 19th is 01:05 on the 20th in Tokyo, which leaves the 18th and 19th
    // empty
    assertThat(cli.exec("history").out())
        .contains(
            "2024-05-17 16:30  morning",
            "2024-05-20 01:05  desk",
            "2024-05-20 17:00  evening-unwind",
            "Streak:       1 day\n");
  }

  @Test
  void lastLimitsTheRowsButNotTheNumbers() throws IOException {
    threeSessions();
    Cli.Result r = cli.exec("history", "--last", "1");
    assertThat(r.out())
        .contains("The last 1 of 3 sessions:\n", "evening-unwind", "Sessions:     3,")
        .doesNotContain("2024-05-17 07:30");
  }

  @Test
  void sinceKeepsTheLaterSessions() throws IOException {
    threeSessions();
    Cli.Result r = cli.exec("history", "--since", "2d");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("Sessions since 2024-05-18 12:00:\n")
        .contains("desk", "evening-unwind", "Sessions:     2,")
        .doesNotContain("morning");
    assertThat(cli.exec("history", "--since", "1h").out())
        .startsWith("No sessions since 2024-05-20 11:00.\n");
  }

  @Test
  void aBadSinceIsExitTwoWithTheGrammar() throws IOException {
    threeSessions();
    for (String bad : List.of("3x", "0d", "soon")) {
      Cli.Result r = cli.exec("history", "--since", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .startsWith("backcare: --since")
          .contains("like 12h, 30d or 2w, or a date like 2024-05-01")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void jsonHasTheRecordsTheNumbersAndTheAdvice() throws IOException {
    threeSessions();
    Cli.Result r = cli.exec("history", "--json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("file").asText()).isEqualTo(cli.historyFile().toString());
    assertThat(j.get("since").isNull()).isTrue();
    assertThat(j.get("sessions")).hasSize(3);
    assertThat(j.get("sessions").get(1).get("routine").asText()).isEqualTo("desk");
    assertThat(j.get("sessions").get(1).get("start").asText())
        .isEqualTo("2024-05-19T18:05:00+02:00");
    assertThat(j.get("sessions").get(1).get("painAfter").isNull()).isTrue();
    assertThat(j.get("triages").get(0).get("conditions").get(0).asText()).isEqualTo("stenosis");
    JsonNode stats = j.get("stats");
    assertThat(stats.get("sessions").asInt()).isEqualTo(3);
    assertThat(stats.get("activeSeconds").asInt()).isEqualTo(1020);
    assertThat(stats.get("minutes").asDouble()).isEqualTo(17.0);
    assertThat(stats.get("averagePainChange").asDouble()).isEqualTo(-1.5);
    assertThat(stats.get("sessionsWithBothPain").asInt()).isEqualTo(2);
    assertThat(stats.get("streakDays").asInt()).isEqualTo(4);
    assertThat(stats.get("streakForgivenDays").asInt()).isEqualTo(1);
    assertThat(j.get("safetyNet")).isEmpty();
    assertThat(j.get("warnings")).isEmpty();
    JsonNode since =
        new ObjectMapper().readTree(cli.exec("history", "--json", "--since", "2024-05-19").out());
    assertThat(since.get("since").asText()).isEqualTo("2024-05-19T00:00:00Z");
    assertThat(since.get("sessions")).hasSize(2);
    assertThat(since.get("triages")).isEmpty();
  }

  @Test
  void csvIsOneRowASessionWithAHeader() throws IOException {
    write(
        cli.historyFile(),
        session("2024-05-17T07:30:00Z", "morning", 480, "done", 6, 4),
        "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-18T07:30:00Z\",\"routine\":\"mine\","
            + "\"file\":\"/home/a/b, c.yaml\",\"conditions\":[\"stenosis\",\"disc\"],\"totalSteps\":3,"
            + "\"stepsDone\":[1,3],\"stepsSkipped\":[2],\"activeSeconds\":100,\"pausedSeconds\":12,"
            + "\"ending\":\"quit\",\"painBefore\":null,\"painAfter\":2}");
    Cli.Result r = cli.exec("history", "--csv");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
                start,end,routine,file,conditions,totalSteps,stepsDone,stepsSkipped,activeSeconds,pausedSeconds,ending,painBefore,painAfter
                2024-05-17T07:30:00Z,2024-05-17T07:30:00Z,morning,,,4,1;2;3;4,,480,0,done,6,4
                2024-05-18T07:30:00Z,2024-05-18T07:30:00Z,mine,"/home/a/b, c.yaml",stenosis;disc,3,1;3,2,100,12,quit,,2
                """);
  }

  @Test
  void theDataFormatsAreOneAtATime() {
    for (String[] two :
        List.of(
            new String[] {"--json", "--csv"},
            new String[] {"--json", "--jsonl"},
            new String[] {"--jsonl", "--csv"})) {
      Cli.Result r = cli.exec("history", two[0], two[1]);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .startsWith("backcare: history: give either " + two[0] + " or " + two[1] + ", not both");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void anEmptyHistorySaysWhereRecordsWillGo() {
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "No sessions recorded yet. Each `backcare routine` run is recorded in "
                + cli.historyFile()
                + ".\nStreak:       none yet (a session today starts one)\n");
    assertThat(cli.historyFile()).doesNotExist();
  }

  @Test
  void damagedLinesAreWarningsAndTheRestIsShown() throws IOException {
    write(
        cli.historyFile(),
        session("2024-05-19T07:30:00Z", "morning", 480, "done", 6, 4),
        "garbage!");
    // a power cut in the middle of the next append: no newline at the end
    Files.writeString(
        cli.historyFile(),
        session("2024-05-20T07:30:00Z", "desk", 480, "done", 5, 4).substring(0, 50),
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("morning", "Sessions:     1,");
    assertThat(r.err())
        .isEqualTo(
            "backcare: warning: "
                + cli.historyFile()
                + ":2: not valid JSON; left out\n"
                + "backcare: warning: "
                + cli.historyFile()
                + ":3: the last line is cut off (a write that did not finish,"
                + " perhaps a crash or power cut); left out\n"
                + "backcare: warning: every good record was read; backcare never changes or trims the file\n");
  }

  @Test
  void theSafetyNetIsSaidPlainlyInEveryFormat() throws IOException {
    write(
        cli.historyFile(),
        session("2024-05-15T07:30:00Z", "morning", 60, "stopped-for-pain", 6, 7),
        session("2024-05-19T07:30:00Z", "morning", 60, "stopped-for-pain", 6, 7));
    Cli.Result text = cli.exec("history");
    assertThat(text.out())
        .contains(
            "\nSee a clinician:\n  ! You stopped 2 sessions in the last 7 days because they hurt.");
    JsonNode j = new ObjectMapper().readTree(cli.exec("history", "--json").out());
    assertThat(j.get("safetyNet").get(0).get("rule").asText()).isEqualTo("stopped-for-pain");
    Cli.Result csv = cli.exec("history", "--csv");
    assertThat(csv.out()).doesNotContain("clinician");
    assertThat(csv.err()).contains("See a clinician:", "You stopped 2 sessions");
  }

  @Test
  void aHistoryThatCannotBeReadIsExitTwo() throws IOException {
    Files.createDirectories(cli.historyFile());
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("backcare: cannot read your history, " + cli.historyFile() + ": ")
        .doesNotContain("\tat ");
  }
}
