package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import backcare.history.HistoryStore;
import backcare.routine.Condition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routine's flow called as a plain object, without picocli: the gate, the conditions of the
 * latest screen, the dry run, and a timed run recorded in the history.
 */
class RoutineSessionTest {
  @TempDir Path tmp;
  Cli cli;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private int run(RoutineSession.Request request) {
    BackcareCommand root = new BackcareCommand(cli.context(), cli.devices);
    return new RoutineSession(root, new PrintWriter(out, true), new PrintWriter(err, true))
        .run(request);
  }

  private static RoutineSession.Request dryRun(String id) {
    RoutineSession.Request r = RoutineSession.Request.of(id);
    return new RoutineSession.Request(
        r.id(),
        r.file(),
        r.named(),
        r.noConditions(),
        r.scale(),
        true,
        false,
        false,
        null,
        null,
        r.display());
  }

  private void screened(String outcome) throws IOException {
    HistoryCommandTest.write(
        cli.historyFile(),
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-19T09:00:00Z\",\"outcome\":\""
            + outcome
            + "\",\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\"],\"cleared\":false}");
  }

  @Test
  void aScriptedRunAfterAScreenThatAskedForAClinicianEndsWithItsCodeAndRecordsNothing()
      throws IOException {
    screened("urgent");
    String before = Files.readString(cli.historyFile());
    assertThat(run(RoutineSession.Request.of("quick"))).isEqualTo(ExitCode.URGENT);
    assertThat(err.toString())
        .startsWith("backcare: your back-pain screen on 2024-05-19 said: URGENT")
        .contains("run it again with --cleared");
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(cli.historyFile())).isEqualTo(before);
  }

  @Test
  void aDryRunIsNeverGatedAndTakesTheScreensConditions() throws IOException {
    screened("see-clinician");
    assertThat(run(dryRun("morning"))).isZero();
    assertThat(out.toString()).contains("Morning", "stenosis");
    assertThat(new HistoryStore(cli.historyFile()).read().sessions()).isEmpty();
  }

  @Test
  void aTimedRunIsRecordedWithItsPainAndConditions() throws IOException {
    RoutineSession.Request r = RoutineSession.Request.of("quick");
    RoutineSession.Request asked =
        new RoutineSession.Request(
            r.id(),
            null,
            Set.of(Condition.DISC),
            false,
            1.0,
            false,
            false,
            false,
            4,
            2,
            r.display());
    assertThat(run(asked)).isZero();
    assertThat(out.toString()).contains("Done: 4 of 4 steps done");
    assertThat(new HistoryStore(cli.historyFile()).read().sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.routine()).isEqualTo("quick");
              assertThat(s.conditions()).containsExactly("disc");
              assertThat(s.painBefore()).isEqualTo(4);
              assertThat(s.painAfter()).isEqualTo(2);
            });
  }

  @Test
  void neitherAnIdNorAFileIsBadInputNamingTheRoutines() {
    assertThatThrownBy(() -> run(RoutineSession.Request.of(null)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("name a routine to run (")
        .hasMessageContaining("or give --file FILE");
  }
}
