package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `routine` and the history: the pain questions, the record, the safety net and the triage's
 * conditions.
 */
class RoutineHistoryTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private List<SessionRecord> sessions() throws IOException {
    HistoryStore.Contents c = new HistoryStore(cli.historyFile()).read();
    assertThat(c.warnings()).isEmpty();
    return c.sessions();
  }

  @Test
  void aRunIsRecordedWithThePainGivenAsOptions() throws IOException {
    Cli.Result r = cli.exec("routine", "quick", "--pain", "6", "--pain-after", "3");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    Planned quick = Planned.quick();
    assertThat(r.out()).endsWith(quick.done() + "\nPain 6 before, 3 after.\n");
    List<String> lines = Files.readAllLines(cli.historyFile());
    String allSteps =
        String.join(
            ",", IntStream.rangeClosed(1, quick.steps()).mapToObj(String::valueOf).toList());
    assertThat(lines)
        .containsExactly(
            "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-20T12:00:00Z\","
                + "\"end\":\""
                + Instant.parse("2024-05-20T12:00:00Z").plusSeconds(quick.totalSeconds())
                + "\",\"routine\":\"quick\",\"file\":null,\"conditions\":[],\"totalSteps\":"
                + quick.steps()
                + ",\"stepsDone\":["
                + allSteps
                + "],\"stepsSkipped\":[],\"activeSeconds\":"
                + quick.totalSeconds()
                + ",\"pausedSeconds\":0,\"ending\":\"done\","
                + "\"painBefore\":6,\"painAfter\":3}");
  }

  @Test
  void aRoutineFileIsRecordedByItsPath() throws IOException {
    Path mine = tmp.resolve("mine.yaml");
    Files.writeString(
        mine,
        "id: mine\ntitle: Mine\ndescription: one move\nsteps:\n  - exercise: cat-cow\n    flow: 30s\n");
    assertThat(cli.exec("routine", "--file", mine.toString()).code()).isZero();
    assertThat(sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.routine()).isEqualTo("mine");
              assertThat(s.file()).isEqualTo(mine.toString());
              assertThat(s.painBefore()).isNull();
            });
  }

  @Test
  void painOutsideZeroToTenIsExitTwoAndNothingRuns() {
    for (String[] args :
        List.of(
            new String[] {"--pain", "11"},
            new String[] {"--pain", "abc"},
            new String[] {"--pain-after", "-1"})) {
      Cli.Result r = cli.exec("routine", "quick", args[0], args[1]);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .isEqualTo(
              "backcare: "
                  + args[0]
                  + " "
                  + args[1]
                  + ": give your pain as a whole number from 0 (no pain) to 10 (worst imaginable)\n");
    }
    assertThat(cli.historyFile()).doesNotExist();
  }

  @Test
  void withoutATerminalTheQuestionsAreSkippedAndStdinIsNeverRead() throws IOException {
    cli.stdin =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("stdin was read");
          }
        };
    Cli.Result r = cli.exec("routine", "quick");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("hurt right now");
    assertThat(sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.painBefore()).isNull();
              assertThat(s.painAfter()).isNull();
            });
  }

  @Test
  void onATerminalThePainIsAskedBeforeAndAfterAndABadAnswerAskedAgain() throws IOException {
    cli.interactive = true;
    cli.stdin("seven\n7\n\n");
    Cli.Result r = cli.exec("routine", "quick");
    assertThat(r.code()).isZero();
    String ask =
        "How much does your back hurt right now, from 0 (no pain) to 10 (worst imaginable)? Enter skips: ";
    // never screened: the box of emergency signs comes first, then the question
    assertThat(r.out())
        .startsWith("+- Emergency signs -")
        .contains(
            "\n\n"
                + ask
                + "Please type a whole number from 0"
                + " (no pain) to 10 (worst imaginable), or just press Enter to skip.\n"
                + ask)
        .contains(Planned.quick().heading());
    assertThat(r.out()).contains("And now, after the routine, from 0 to 10? Enter skips: ");
    assertThat(sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.painBefore()).isEqualTo(7);
              assertThat(s.painAfter()).isNull();
            });
  }

  @Test
  void onATerminalTheEndOfInputSkipsBothQuestions() throws IOException {
    cli.interactive = true;
    Cli.Result r = cli.exec("routine", "quick", "--pain-after", "2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("And now");
    assertThat(sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.painBefore()).isNull();
              assertThat(s.painAfter()).isEqualTo(2);
            });
  }

  @Test
  void aRoutineAfterATriageUsesItsConditionsAndSaysSo() throws IOException {
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.triage("2024-05-19T09:00:00Z", "self-care", "\"stenosis\""));
    Cli.Result dry = cli.exec("routine", "morning", "--dry-run");
    assertThat(dry.out())
        .contains(
            "Using the conditions from your triage on 2024-05-19: stenosis.\n"
                + "  (--condition NAME chooses others; --condition none runs without.)\nMade safe for: stenosis.");
    assertThat(cli.exec("routine", "quick").code()).isZero();
    assertThat(sessions())
        .singleElement()
        .extracting(SessionRecord::conditions)
        .isEqualTo(List.of("stenosis"));
  }

  @Test
  void conditionOverridesTheTriageAndNoneMeansNone() throws IOException {
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.triage("2024-05-19T09:00:00Z", "self-care", "\"stenosis\""));
    Cli.Result disc = cli.exec("routine", "morning", "--dry-run", "--condition", "disc");
    assertThat(disc.out())
        .doesNotContain("Using the conditions", "stenosis")
        .contains("Made safe for: disc.");
    Cli.Result none = cli.exec("routine", "morning", "--dry-run", "--condition", "none");
    assertThat(none.out()).doesNotContain("Using the conditions", "Made safe for");
    Cli.Result both =
        cli.exec("routine", "morning", "--dry-run", "--condition", "none", "--condition", "disc");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .isEqualTo("backcare: --condition none cannot be combined with other conditions\n");
  }

  @Test
  void theSafetyNetIsSaidAtTheStartOfARoutine() throws IOException {
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.triage("2024-05-17T09:00:00Z", "self-care", ""),
        HistoryCommandTest.session(
            "2024-05-18T09:00:00Z", "quick", 60, "stopped-for-pain", 5, null),
        HistoryCommandTest.session(
            "2024-05-19T09:00:00Z", "quick", 60, "stopped-for-pain", 5, null));
    Cli.Result r = cli.exec("routine", "quick", "--pain", "4");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("\nSee a clinician:\n  ! You stopped 2 sessions in the last 7 days");
    assertThat(r.out().indexOf("See a clinician"))
        .isLessThan(r.out().indexOf(Planned.quick().heading()));

    // a screen that asked for a clinician gates the timed run; a dry run still says it, first
    HistoryCommandTest.write(
        cli.historyFile(), HistoryCommandTest.triage("2024-05-18T09:00:00Z", "see-clinician", ""));
    Cli.Result dry = cli.exec("routine", "quick", "--dry-run");
    assertThat(dry.code()).isZero();
    assertThat(dry.out())
        .startsWith(
            "\nSee a clinician:\n  ! Your triage on 2024-05-18 said to book a doctor or"
                + " physiotherapist soon, and no triage since has cleared you. Please do that before stretching:"
                + " routines wait until a clinician has checked you. If one has examined you since and said gentle"
                + " exercise is fine, say so when `backcare routine` asks (in a script, add --cleared)");
  }

  @Test
  void withJsonTheHistorysNoticesGoToStderrAndStdoutStaysJson() throws IOException {
    HistoryCommandTest.write(
        cli.historyFile(),
        HistoryCommandTest.triage("2024-05-18T09:00:00Z", "urgent", "\"stenosis\""),
        HistoryCommandTest.session(
            "2024-05-18T10:00:00Z", "quick", 60, "stopped-for-pain", 5, null),
        HistoryCommandTest.session(
            "2024-05-19T09:00:00Z", "quick", 60, "stopped-for-pain", 5, null));
    Cli.Result r =
        cli.exec("routine", "quick", "--json", "--cleared", "--pain", "5", "--pain-after", "4");
    assertThat(r.code()).isZero();
    for (String line : r.out().split("\n")) {
      JsonNode event = new ObjectMapper().readTree(line);
      assertThat(event.has("event")).as(line).isTrue();
    }
    assertThat(r.err())
        .contains(
            "Using the conditions from your triage on 2024-05-18: stenosis.",
            "Recorded in your history: a clinician has cleared you since your screen on 2024-05-18.",
            "See a clinician:",
            "You stopped 2 sessions")
        .doesNotContain("said to see a doctor today");
    assertThat(sessions()).hasSize(3).last().extracting(SessionRecord::painAfter).isEqualTo(4);
  }

  @Test
  void aHistoryThatCannotBeWrittenIsAWarningAndTheRoutineStillRuns() throws IOException {
    Files.writeString(tmp.resolve("state"), "a file where the state folder should be");
    Cli.Result r = cli.exec("routine", "quick", "--pain", "4", "--pain-after", "2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(Planned.quick().done(), "Pain 4 before, 2 after.");
    assertThat(r.err())
        .isEqualTo(
            "backcare: warning: this session cannot be recorded in your history ("
                + tmp.resolve("state")
                + " is not a folder); the routine runs anyway.\n"
                + "backcare: warning: could not record this session in "
                + cli.historyFile()
                + ": Not a directory ("
                + tmp.resolve("state/backcare")
                + "); it is not in your history\n");
  }

  @Test
  void aDryRunRecordsNothing() {
    assertThat(cli.exec("routine", "quick", "--dry-run", "--pain", "3").code()).isZero();
    assertThat(cli.historyFile()).doesNotExist();
  }

  @Test
  void aRecordedRunShowsInHistory() {
    cli.exec("routine", "quick", "--pain", "6", "--pain-after", "3");
    Cli.Result r = cli.exec("history");
    String minutes = String.format(Locale.ROOT, "%7.1f", Planned.quick().totalSeconds() / 60.0);
    assertThat(r.out())
        .contains(
            "DATE              ROUTINE  MINUTES  PAIN     ENDED\n2024-05-20 12:00  quick    "
                + minutes
                + "  6 → 3    done\n",
            "Streak:       1 day",
            "Pain change:  -3.0 on average per session");
  }
}
