package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.ScriptedScreen;
import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import backcare.routine.Condition;
import backcare.session.FakeClock;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate and the ready page at a terminal, as a user meets them: answers typed on stdin, keys on
 * a scripted screen, a fake clock, and a wall clock (2024-05-20T12:00Z) that moves with it.
 */
class ReadyPageRunTest {
  static final String QUESTION =
      "Has a clinician examined you since 2024-05-19 and said gentle exercise is fine? (y/n): ";

  @TempDir Path tmp;
  Cli cli;
  FakeClock clock;

  /** What every run so far printed: a test clears it to read one run's alone. */
  final StringWriter out = new StringWriter();

  final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
    clock = cli.clock;
  }

  int run(ScriptedScreen screen, String typed, String... args) {
    Cli.Result r = cli.copy().stdin(typed).screen(screen).exec(args);
    out.append(r.out());
    err.append(r.err());
    return r.code();
  }

  Path historyFile() {
    return cli.historyFile();
  }

  /** The routine these tests run, under the screens' condition and without one. */
  static final Planned STENOSIS = Planned.builtIn("quick", Condition.STENOSIS);

  static final Planned QUICK = Planned.quick();

  void screened(String outcome) throws IOException {
    HistoryCommandTest.write(
        historyFile(),
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-19T09:00:00Z\","
            + "\"outcome\":\""
            + outcome
            + "\",\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\"],\"cleared\":false}");
  }

  HistoryStore.Contents history() throws IOException {
    HistoryStore.Contents c = new HistoryStore(historyFile()).read();
    assertThat(c.warnings()).isEmpty();
    return c;
  }

  @Test
  void noOrTheEndOfInputAtTheGateEndsWithTheScreensExitCodeAndNothingStarts() throws IOException {
    screened("see-clinician");
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30);
    assertThat(run(screen, "n\n", "routine", "quick")).isEqualTo(ExitCode.SEE_CLINICIAN);
    assertThat(out.toString())
        .isEqualTo(
            "Your back-pain screen on 2024-05-19 said:\n"
                + "  SEE A CLINICIAN: book a doctor or physiotherapist within about a week.\n"
                + "Routines wait until a clinician has checked your back.\n"
                + QUESTION
                + "Then the routine waits: please do what the screen said first.\n");
    assertThat(screen.entered).isFalse();

    screened("urgent");
    out.getBuffer().setLength(0);
    assertThat(run(screen, "", "routine", "quick"))
        .isEqualTo(ExitCode.URGENT); // end of input is no
    assertThat(out.toString())
        .contains("URGENT: see a doctor today.", QUESTION + "\nThen the routine waits");

    screened("emergency");
    assertThat(run(screen, "perhaps\nno\n", "routine", "quick")).isEqualTo(ExitCode.EMERGENCY);
    assertThat(out.toString())
        .contains(QUESTION + "Please type y (yes) or n (no).\n" + QUESTION + "Then");
    assertThat(history().records()).hasSize(1);
    assertThat(screen.shots).isEmpty();
  }

  @Test
  void anAnswerThatIsNotUtf8IsSaidAndAskedAgainNeverTakenForYes() throws IOException {
    screened("see-clinician");
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30);
    byte[] typed = {'y', (byte) 0xE9, '\n', 'n', '\n'}; // "yé" typed in Latin-1, then n
    Cli.Result r =
        cli.copy()
            .stdin(new java.io.ByteArrayInputStream(typed))
            .screen(screen)
            .exec("routine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.SEE_CLINICIAN);
    assertThat(r.out())
        .contains(
            QUESTION
                + "That was not UTF-8 text (byte 0xE9 at offset 1 is not UTF-8); type it again: "
                + "Then the routine waits");
    assertThat(history().records()).hasSize(1); // no clearance
  }

  @Test
  void yesIsRecordedAndTheReadyPageWaitsForTheKeyBeforeTheClockStarts() throws IOException {
    screened("urgent");
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30).key(30, " ");
    int code = run(screen, "y\n4\n2\n", "routine", "quick");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("Your back-pain screen on 2024-05-19 said:\n  URGENT: see a doctor today.\n")
        .contains(
            QUESTION
                + "Recorded in your history: a clinician has cleared you since your screen on"
                + " 2024-05-19.\nHow much does your back hurt right now");
    // the ready page: the clearance, the reminders, what the conditions changed; until the key,
    // nothing else
    ScriptedScreen.Shot ready = screen.at(29.9);
    assertThat(ready.text())
        .contains(
            STENOSIS.heading(),
            "Cleared by a clinician",
            "Go to an emergency department at once",
            "Before you start:",
            "- Take every move slowly",
            "Using the conditions from your triage on 2024-05-19: stenosis.",
            "Made safe for: stenosis.",
            "space or Enter to start, q to stop")
        .doesNotContain("GET INTO POSITION");
    assertThat(screen.shots.stream().filter(s -> s.at() < 30_000_000_000L))
        .allSatisfy(s -> assertThat(s.text()).contains("space or Enter to start"));
    // the clock starts at the key: every planned time is 30 s later, and the run takes its plan's
    // time
    assertThat(screen.firstShowing("GET INTO POSITION")).isEqualTo(30.0);
    assertThat(screen.firstShowing("step 2 of " + STENOSIS.steps()))
        .isEqualTo(30.0 + STENOSIS.startOfStep(2));
    assertThat(out.toString())
        .endsWith(
            STENOSIS.done()
                + "\nAnd now, after the routine, from 0 to 10?"
                + " Enter skips: Pain 4 before, 2 after.\n");

    HistoryStore.Contents h = history();
    assertThat(h.triages())
        .last()
        .satisfies(
            t -> {
              assertThat(t.fromGate()).isTrue();
              assertThat(t.outcome()).isEqualTo("self-care");
              assertThat(t.conditions()).containsExactly("stenosis");
            });
    assertThat(h.sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.start()).isEqualTo("2024-05-20T12:00:30Z");
              assertThat(s.end())
                  .isEqualTo(
                      OffsetDateTime.parse("2024-05-20T12:00:30Z")
                          .plusSeconds(STENOSIS.totalSeconds()));
              assertThat(s.conditions()).containsExactly("stenosis");
            });
  }

  @Test
  void enterStartsTooAndOtherKeysWait() {
    ScriptedScreen screen =
        new ScriptedScreen(clock, 80, 30).key(2, "z").key(3, "n").key(4, "?").key(5, "\r");
    assertThat(run(screen, "", "routine", "quick", "--pain", "1", "--pain-after", "1")).isZero();
    assertThat(screen.firstShowing("GET INTO POSITION")).isEqualTo(5.0);
  }

  @Test
  void qOrXOnTheReadyPageEndWithNothingRecordedAndCtrlCWith130() throws IOException {
    ScriptedScreen quit = new ScriptedScreen(clock, 80, 30).key(10, "q");
    assertThat(run(quit, "", "routine", "quick", "--pain", "5")).isZero();
    assertThat(quit.closed()).isTrue();
    assertThat(out.toString())
        .endsWith("Not started; no session recorded.\n")
        .doesNotContain("And now");

    ScriptedScreen hurt = new ScriptedScreen(clock, 80, 30).key(3, "x");
    assertThat(run(hurt, "", "routine", "quick", "--pain", "5")).isZero();
    assertThat(out.toString())
        .contains("Stop this stretch now and rest")
        .endsWith("Not started; no session recorded.\n");

    ScriptedScreen ctrlC = new ScriptedScreen(clock, 80, 30).key(3, "\u0003");
    assertThat(run(ctrlC, "", "routine", "quick", "--pain", "5")).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(out.toString()).endsWith("Interrupted before the start; no session recorded.\n");

    ScriptedScreen gone = new ScriptedScreen(clock, 80, 30).hangUp(3);
    assertThat(run(gone, "", "routine", "quick", "--pain", "5")).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(gone.closed()).isTrue();

    assertThat(Files.exists(historyFile())).isFalse(); // no session took place
  }

  @Test
  void atFortyByTwelveEveryLineIsWrappedAndPagedAndTheClockWaitsForTheLastPage()
      throws IOException {
    // never screened (the box) and a safety-net alert: more than one 40x12 page
    HistoryCommandTest.write(
        historyFile(),
        HistoryCommandTest.session(
            "2024-05-18T09:00:00Z", "quick", 60, "stopped-for-pain", 5, null),
        HistoryCommandTest.session(
            "2024-05-19T09:00:00Z", "quick", 60, "stopped-for-pain", 5, null));
    ScriptedScreen screen = new ScriptedScreen(clock, 40, 12);
    for (int i = 1; i <= 12; i++) screen.key(i, "\r"); // Enter: in the run itself it does nothing
    assertThat(
            run(
                screen,
                "",
                "routine",
                "quick",
                "--condition",
                "stenosis",
                "--pain",
                "3",
                "--pain-after",
                "3"))
        .isZero();

    List<ScriptedScreen.Shot> pages =
        screen.shots.stream().filter(s -> s.shows(STENOSIS.titleAndSteps())).toList();
    assertThat(pages.size()).isGreaterThan(2);
    double start = screen.firstShowing("GET INTO POSITION");
    assertThat(start).isEqualTo(pages.size()); // one key per page; the last one starts the clock
    for (ScriptedScreen.Shot page : pages) {
      assertThat(page.text().split("\n", -1))
          .hasSize(12)
          .allSatisfy(l -> assertThat(l.length()).isLessThan(40));
      boolean last = page == pages.get(pages.size() - 1);
      assertThat(page.lines().get(11))
          .contains(last ? "space or Enter to start, q to stop" : "more (");
    }
    // every word of every notice, reminder and change was on a page, in order
    String shown =
        pages.stream()
            .flatMap(p -> List.of(p.text().split("\n", -1)).subList(2, 11).stream())
            .map(l -> l.replaceAll("[│┌┐└┘─]", " "))
            .reduce("", (a, b) -> a + " " + b)
            .replaceAll("\\s+", " ");
    assertThat(shown)
        .contains(
            "Emergency signs Go to an emergency department at once if you get new trouble"
                + " peeing or controlling your bowels, numbness between your legs or around your bottom, or"
                + " weakness in both legs.",
            "You have not done the back-pain screen yet: run `backcare triage` first.",
            "See a clinician: ! You stopped 2 sessions in the last 7 days because they hurt.",
            "Before you start: - Take every move slowly; no sudden or jerky twisting.",
            "- Stop at once on sudden or sharp pain, numb or tingling legs, or clicking that gets worse and worse.",
            "Made safe for: stenosis.");
    assertThat(shown.indexOf("Emergency signs")).isLessThan(shown.indexOf("See a clinician"));
    assertThat(shown.indexOf("See a clinician")).isLessThan(shown.indexOf("Before you start"));
    assertThat(history().sessions())
        .hasSize(3)
        .last()
        .extracting(SessionRecord::ending)
        .isEqualTo("done");
  }

  @Test
  void pAndTheLeftArrowGoBackAPageAndAResizeRedrawsIt() {
    ScriptedScreen screen =
        new ScriptedScreen(clock, 40, 12).key(1, " ").key(2, "p").resize(3, 100, 40).key(4, " ");
    assertThat(run(screen, "", "routine", "quick", "--pain", "1", "--pain-after", "1")).isZero();
    assertThat(screen.at(1).text()).doesNotContain("Emergency signs");
    assertThat(screen.at(2).text()).contains("Emergency signs");
    assertThat(screen.at(3.5).text())
        .contains("Emergency signs", "Before you start:", "space or Enter to start");
    assertThat(screen.firstShowing("GET INTO POSITION")).isEqualTo(4.0);
  }

  @Test
  void heatAtATerminalShowsTheScreensAdviceOnTheReadyPageFirst() throws IOException {
    screened("emergency");
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30).key(5, " ").key(50, "q");
    assertThat(run(screen, "", "heat")).isZero();
    List<String> ready = screen.at(4).lines().stream().map(backcare.console.Frame::plain).toList();
    assertThat(ready.get(0)).contains("Heat: 1 step, 15m");
    assertThat(ready.get(2)).startsWith(" ┌─ Your back-pain screen on 2024-05-19 ─");
    assertThat(ready.get(3)).contains("EMERGENCY: go to a hospital emergency department now.");
    assertThat(screen.firstShowing("GET READY")).isEqualTo(5.0); // the clock starts on the key
    assertThat(screen.firstShowing("HOLD")).isEqualTo(35.0); // after the 30 s to get the pack ready
    assertThat(out.toString())
        .startsWith("+- Your back-pain screen on 2024-05-19 -")
        .contains("Stopped: 0 of 1");
  }

  @Test
  void jsonOrADumbTerminalDoNotWait() {
    ScriptedScreen screen = new ScriptedScreen(clock, 80, 30);
    long before = clock.nanoTime();
    assertThat(run(screen, "", "routine", "quick", "--json")).isZero();
    assertThat(screen.shots).isEmpty();
    assertThat(clock.nanoTime() - before).isEqualTo(QUICK.totalSeconds() * 1_000_000_000L);

    before = clock.nanoTime();
    assertThat(run(null, "", "routine", "quick", "--pain", "1", "--pain-after", "1"))
        .isZero(); // TERM=dumb
    assertThat(out.toString())
        .contains("[00:00] " + QUICK.heading() + "\n", QUICK.stampAtEnd() + " " + QUICK.done());
    assertThat(clock.nanoTime() - before).isEqualTo(QUICK.totalSeconds() * 1_000_000_000L);
  }
}
