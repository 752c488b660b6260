package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.routine.Condition;
import backcare.triage.Level;
import backcare.triage.TriageRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routine's gate from a script (no terminal, or --json), as triage.md's "The routine's gate"
 * says: the wall clock is 2024-05-20T12:00Z, so "yesterday" is 2024-05-19.
 */
class RoutineGateTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private void history(String... lines) throws IOException {
    HistoryCommandTest.write(cli.historyFile(), lines);
  }

  /** The routine these tests run, as the screens' condition makes it and without one. */
  static final Planned STENOSIS = Planned.builtIn("quick", Condition.STENOSIS);

  static final Planned QUICK = Planned.quick();

  private static String screen(String time, String outcome) {
    return "{\"type\":\"triage\",\"version\":1,\"time\":\""
        + time
        + "\",\"outcome\":\""
        + outcome
        + "\",\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\"],\"cleared\":false}";
  }

  private HistoryStore.Contents read() throws IOException {
    HistoryStore.Contents c = new HistoryStore(cli.historyFile()).read();
    assertThat(c.warnings()).isEmpty();
    return c;
  }

  @Test
  void aScreenThatAskedForAClinicianEndsAScriptedRoutineWithItsExitCode() throws IOException {
    record Case(String outcome, int code, String headline) {
      Case(Level level, int code) {
        this(level.id(), code, TriageRules.load().advice(level).headline());
      }
    }
    for (Case c :
        List.of(
            new Case(Level.SEE_CLINICIAN, 3),
            new Case(Level.URGENT, 4),
            new Case(Level.EMERGENCY, 5))) {
      history(screen("2024-05-19T09:00:00Z", c.outcome()));
      String before = Files.readString(cli.historyFile());
      for (String[] args :
          List.of(new String[] {"routine", "quick"}, new String[] {"routine", "quick", "--json"})) {
        Cli.Result r = cli.exec(args);
        assertThat(r.code()).as(c.outcome() + " " + List.of(args)).isEqualTo(c.code());
        assertThat(r.err())
            .isEqualTo(
                "backcare: your back-pain screen on 2024-05-19 said: "
                    + c.headline()
                    + "\n"
                    + "backcare: no routine until a clinician has checked you; if one has since, and said gentle"
                    + " exercise is fine, run it again with --cleared\n");
        assertThat(r.out()).isEmpty(); // no step, no JSON event: nothing started
      }
      assertThat(Files.readString(cli.historyFile())).isEqualTo(before); // nothing recorded
    }
  }

  @Test
  void anOutcomeThisVersionDoesNotKnowGatesAsSeeClinician() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "see-specialist"));
    Cli.Result r = cli.exec("routine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.SEE_CLINICIAN);
    assertThat(r.err())
        .contains("\"see-specialist\", an outcome this version of backcare does not know");
  }

  @Test
  void clearedIsRecordedWithTheScreensConditionsAndTheRunGoesOn() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "urgent"));
    Cli.Result r = cli.exec("routine", "quick", "--cleared", "--pain", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "Recorded in your history: a clinician has cleared you since your screen on"
                + " 2024-05-19.\n")
        .contains(
            "[00:00] Using the conditions from your triage on 2024-05-19: stenosis.",
            STENOSIS.stampAtEnd() + " " + STENOSIS.done())
        .doesNotContain(
            "See a clinician:", "Emergency signs"); // the clearance lifted the safety net's alert
    HistoryStore.Contents c = read();
    assertThat(c.triages())
        .hasSize(2)
        .last()
        .satisfies(
            t -> {
              assertThat(t)
                  .isEqualTo(
                      new TriageRecord(
                          1,
                          java.time.OffsetDateTime.parse("2024-05-20T12:00:00Z"),
                          "self-care",
                          List.of("persistent"),
                          List.of("stenosis"),
                          true,
                          "gate",
                          null,
                          List.of()));
              assertThat(t.fromGate()).isTrue();
            });
    assertThat(c.sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.conditions()).containsExactly("stenosis");
              assertThat(s.ending()).isEqualTo("done");
            });
    // the next run is not gated, and the screen's conditions still apply
    Cli.Result next = cli.exec("routine", "quick");
    assertThat(next.code()).isZero();
    assertThat(next.out())
        .contains(
            "[00:00] Using the conditions from your last screen (a clinician's clearance"
                + " recorded on 2024-05-20): stenosis.");
    assertThat(next.err()).isEmpty();
    assertThat(read().triages()).hasSize(2);
  }

  @Test
  void aClearanceThatCannotBeRecordedIsAWarningAndTheRunGoesOn() throws IOException {
    Path notAFolder =
        Files.writeString(tmp.resolve("state"), "a file where the state folder should be");
    HistoryStore store = new HistoryStore(notAFolder.resolve("backcare/history.jsonl"));
    TriageRecord screen =
        TriageRecord.of(
            java.time.OffsetDateTime.parse("2024-05-19T09:00:00Z"),
            "urgent",
            List.of(),
            List.of(),
            false);
    java.io.StringWriter said = new java.io.StringWriter();
    java.io.StringWriter warned = new java.io.StringWriter();
    Context ctx = cli.context();
    java.io.PrintWriter out = new java.io.PrintWriter(said, true);
    Gate.Decision d =
        Gate.routine(
            ctx,
            store,
            true,
            List.of(screen),
            true,
            null,
            out,
            out,
            new java.io.PrintWriter(warned, true));
    assertThat(d.exitCode()).isNull(); // the user said a clinician cleared them: the run goes on
    assertThat(said.toString()).doesNotContain("Recorded");
    assertThat(warned.toString())
        .startsWith("backcare: warning: could not record the clearance in " + store.file())
        .endsWith("; the routine runs, and the next one asks again\n");
  }

  @Test
  void clearedWithJsonSaysSoOnStderrAndStdoutStaysJson() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "see-clinician"));
    Cli.Result r = cli.exec("routine", "quick", "--cleared", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{\"at\":0,\"event\":\"start\"");
    assertThat(r.err())
        .contains(
            "Recorded in your history: a clinician has cleared you since your screen on 2024-05-19.");
    assertThat(read().triages()).last().extracting(TriageRecord::fromGate).isEqualTo(true);
  }

  @Test
  void clearedWithNothingToClearRecordsNothingAndSaysSo() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "self-care"));
    Cli.Result r = cli.exec("routine", "quick", "--cleared");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("--cleared has nothing to clear");
    assertThat(read().triages()).hasSize(1);
  }

  @Test
  void aDryRunIsNeverGatedAndRecordsNothing() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "emergency"));
    Cli.Result r = cli.exec("routine", "quick", "--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "See a clinician:",
            "said to go to an emergency department now",
            STENOSIS.stampAtEnd() + " End. Total " + STENOSIS.total() + ".");
    assertThat(cli.exec("routine", "quick", "--dry-run", "--json").code()).isZero();
    assertThat(read().records()).hasSize(1);
  }

  @Test
  void heatAndColdStillRunWithTheScreensAdviceFirst() throws IOException {
    history(screen("2024-05-19T09:00:00Z", "emergency"));
    for (String timer : List.of("heat", "cold")) {
      Cli.Result r = cli.exec(timer, "--minutes", "1");
      assertThat(r.code()).as(timer).isZero();
      String out = r.out();
      assertThat(out)
          .as(timer)
          .startsWith("+- Your back-pain screen on 2024-05-19 -")
          .contains("[01:30] Done: 1 of 1 steps done in 1m30s.");
      // the level's headline and advice, as the triage rules have them (the rules' wording may
      // change)
      TriageRules.LevelAdvice advice = TriageRules.load().advice(Level.EMERGENCY);
      assertThat(box(out))
          .as(timer)
          .isEqualTo(
              "Your back-pain screen on 2024-05-19 "
                  + advice.headline()
                  + " "
                  + String.join(" ", advice.advice())
                  + " Heat and cold are first aid only: they do not replace what"
                  + " the screen said.");
      assertThat(out.indexOf("EMERGENCY")).isLessThan(out.indexOf("[00:00]"));
    }
    assertThat(read().records()).hasSize(1); // first aid neither records nor clears
  }

  @Test
  void neverScreenedOrAnOldScreenShowsTheBoxOfEmergencySignsAndRuns() throws IOException {
    String signs =
        "Go to an emergency department at once if you get new trouble peeing or controlling your bowels,"
            + " numbness between your legs or around your bottom, or weakness in both legs.";
    Cli.Result never = cli.exec("routine", "quick");
    assertThat(never.code()).isZero();
    assertThat(box(never.out()))
        .isEqualTo(
            "Emergency signs "
                + signs
                + " You have not done the back-pain screen"
                + " yet: run `backcare triage` first.");
    assertThat(never.out()).contains(QUICK.stampAtEnd() + " " + QUICK.done());

    history(screen("2024-04-10T09:00:00Z", "self-care"));
    Cli.Result old = cli.exec("routine", "quick");
    assertThat(old.code()).isZero();
    assertThat(box(old.out()))
        .contains(
            signs,
            "Your last back-pain screen was on 2024-04-10, over 30 days ago:"
                + " run `backcare triage` again.");

    history(
        screen(
            "2024-05-01T09:00:00Z", "urgent")); // past the gate's 14 days: said again, not blocked
    Cli.Result lapsed = cli.exec("routine", "quick");
    assertThat(lapsed.code()).isZero();
    assertThat(box(lapsed.out()))
        .contains(
            signs,
            "Your back-pain screen on 2024-05-01 came out urgent and asked"
                + " you to get your back checked. If nobody has checked it since, please do");

    Cli.Result json = cli.exec("routine", "quick", "--json");
    assertThat(json.out()).startsWith("{\"at\":0,\"event\":\"start\"");
    assertThat(box(json.err())).contains(signs);

    history(screen("2024-05-10T09:00:00Z", "self-care"));
    assertThat(cli.exec("routine", "quick").out())
        .doesNotContain("Emergency signs")
        .startsWith("[00:00]");
    assertThat(read().sessions()).extracting(SessionRecord::ending).containsOnly("done");
  }

  /** The text of the box at the start of {@code out}, without its borders, on one line. */
  static String box(String out) {
    StringBuilder text = new StringBuilder();
    for (String line : out.split("\n")) {
      if (!line.startsWith("+") && !line.startsWith("|")) {
        if (text.length() > 0) break;
        continue;
      }
      assertThat(line).hasSize(78);
      text.append(' ').append(line.replaceAll("^[+|]-* ?|[ -]*[+|]$", ""));
    }
    return text.toString().replaceAll("\\s+", " ").trim();
  }

  // ---- from the review of the gate --------------------------------------------------------------

  @Test
  void anEmergencyScreenCannotBeClearedWithinTheHourItTakesToBeExamined() throws IOException {
    history(screen("2024-05-20T11:30:00Z", "emergency")); // half an hour before the wall clock
    Cli.Result soon = cli.exec("routine", "quick", "--cleared");
    assertThat(soon.code()).isEqualTo(ExitCode.EMERGENCY);
    assertThat(soon.err())
        .contains(
            "an emergency screen can be cleared here only once there has been time to be"
                + " examined (an hour after it)");
    assertThat(read().triages()).hasSize(1); // no clearance recorded
    history(screen("2024-05-20T10:30:00Z", "emergency")); // an hour and a half before
    Cli.Result later = cli.exec("routine", "quick", "--cleared", "--pain", "3");
    assertThat(later.code()).isZero();
    assertThat(read().triages()).hasSize(2);
    // an urgent screen of a few minutes ago can be cleared: it was not an emergency
    history(screen("2024-05-20T11:55:00Z", "urgent"));
    assertThat(cli.exec("routine", "quick", "--cleared", "--pain", "3").code()).isZero();
  }

  @Test
  void theGateAndFirstAidSayWhatTheScreenSaidWordForWord() throws IOException {
    history(
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-19T09:00:00Z\",\"outcome\":\"emergency\","
            + "\"triggered\":[\"pregnancy-warning\"],\"conditions\":[\"pregnancy\"],\"cleared\":false,"
            + "\"headline\":\"EMERGENCY: call your maternity unit or midwife now.\","
            + "\"advice\":[\"Call your maternity unit or midwife now.\",\"Do not stretch or crack your back.\"]}");
    Cli.Result gated = cli.exec("routine", "quick");
    assertThat(gated.code()).isEqualTo(ExitCode.EMERGENCY);
    assertThat(gated.err()).contains("said: EMERGENCY: call your maternity unit or midwife now.");
    Cli.Result heat = cli.exec("heat", "--minutes", "1");
    assertThat(heat.code()).isZero();
    assertThat(box(heat.out()))
        .contains(
            "EMERGENCY: call your maternity unit or midwife now. Call your maternity"
                + " unit or midwife now. Do not stretch or crack your back.")
        .doesNotContain("hospital emergency department");
  }

  @Test
  void aHistoryThatCannotBeReadIsNeverTakenAsNoScreenAtAll() throws IOException {
    Path elsewhere = tmp.resolve("elsewhere.jsonl");
    Files.writeString(elsewhere, screen("2024-05-19T09:00:00Z", "urgent") + "\n");
    Files.createDirectories(cli.historyFile().getParent());
    Files.createSymbolicLink(cli.historyFile(), elsewhere);
    for (String[] args :
        List.of(
            new String[] {"routine", "quick", "--pain", "3"},
            new String[] {"heat", "--minutes", "1"})) {
      Cli.Result r = cli.exec(args);
      assertThat(r.code())
          .as(List.of(args).toString())
          .isZero(); // the routine still runs (issue 10)
      assertThat(box(r.out()))
          .as(List.of(args).toString())
          .contains(
              "Your last screen cannot be checked",
              "cannot check your last screen or the conditions it set")
          .doesNotContain("You have not done the back-pain screen yet");
    }
  }
}
