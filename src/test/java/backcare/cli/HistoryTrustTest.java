package backcare.cli;

import static backcare.cli.HistoryCommandTest.session;
import static backcare.cli.HistoryCommandTest.triage;
import static backcare.cli.HistoryCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, points 6 and 7, as a user meets them: records with times that cannot be trusted are
 * warned about by line and kept out of everything; the history file is the user's own. The test's
 * clock says 2024-05-20T12:00:00Z.
 */
class HistoryTrustTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private static String file(Cli cli) {
    return cli.historyFile().toString();
  }

  @Test
  void recordsFromTheFutureTheDistantPastOrWithBadTimesAreWarnedAboutByLineAndLeftOutOfEverything()
      throws IOException {
    write(
        cli.historyFile(),
        session("2024-05-19T07:30:00Z", "morning", 480, "done", 6, 4), // 1: good
        triage("2024-06-01T09:00:00Z", "urgent", "\"pregnancy\""), // 2: 12 days ahead
        session("2024-05-21T07:30:00Z", "desk", 60, "stopped-for-pain", 9, 9), // 3: tomorrow
        session(
            "2024-05-20T12:04:00Z",
            "evening-unwind",
            300,
            "done",
            5,
            3), // 4: 4 min ahead: skew, kept
        session(
            "1970-01-01T00:00:00Z", "quick", 60, "stopped-for-pain", 1, 9), // 5: a clock never set
        session("+999999999-12-31T23:59:59Z", "quick", 60, "done", 1, 1), // 6: the end of time
        session("2024-13-45T99:00:00Z", "quick", 60, "done", 1, 1), // 7: no such time
        session("2024-05-18T07:30:00Z", "quick", 60, "done", 1, 1)
            .replace("\"end\":\"2024-05-18T07:30:00Z\"", "\"end\":\"2024-05-17T07:30:00Z\""), // 8
        triage("2024-05-19T10:00:00Z", "self-care", "\"stenosis\""), // 9: good
        session("2024-05-19T08:30:00Z", "desk", 60, "done", 3, 3)
            .replace("60", "1e300")); // 10: overflow
    Cli.Result r = cli.exec("history", "--json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("sessions"))
        .extracting(s -> s.get("routine").asText())
        .containsExactly("morning", "evening-unwind");
    assertThat(j.get("triages"))
        .extracting(t -> t.get("outcome").asText())
        .containsExactly("self-care");
    assertThat(j.get("stats").get("sessions").asInt()).isEqualTo(2);
    assertThat(j.get("stats").get("activeSeconds").asLong()).isEqualTo(780);
    assertThat(j.get("stats").get("streakDays").asInt()).isEqualTo(2);
    assertThat(j.get("safetyNet"))
        .isEmpty(); // neither the future urgent triage nor the two "stopped for pain"
    String f = file(cli);
    assertThat(j.get("warnings"))
        .extracting(JsonNode::asText)
        .containsExactly(
            f
                + ":2: triage record with \"time\" 2024-06-01T09:00:00Z in the future (a clock set wrong, or a hand-edited line?); left out",
            f
                + ":3: session record with \"start\" 2024-05-21T07:30:00Z in the future (a clock set wrong, or a hand-edited line?); left out",
            f
                + ":5: session record with \"start\" 1970-01-01T00:00:00Z before 2000 (a clock that was not set?); left out",
            f
                + ":6: session record with \"start\" +999999999-12-31T23:59:59Z in the future (a clock set wrong, or a hand-edited line?); left out",
            f
                + ":7: session record with \"start\" not an ISO-8601 time with an offset (2024-13-45T99:00:00Z); left out",
            f + ":8: session record that ends before it starts; left out",
            f
                + ":10: session record with \"activeSeconds\" not a number of seconds from 0 to 8640000; left out");
    assertThat(r.err())
        .contains(
            "backcare: warning: "
                + f
                + ":2: triage record with \"time\" 2024-06-01T09:00:00Z in the future")
        .contains("and 2 more such lines")
        .doesNotContain("Exception");
  }

  @Test
  void aTriageFromTheFutureNeitherSetsTheRoutinesConditionsNorRaisesTheSafetyNet()
      throws IOException {
    write(
        cli.historyFile(),
        triage("2024-05-10T09:00:00Z", "self-care", "\"stenosis\""),
        triage("2030-01-01T09:00:00Z", "urgent", "\"pregnancy\""));
    Cli.Result r = cli.exec("routine", "quick", "--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Using the conditions from your triage on 2024-05-10: stenosis.")
        .doesNotContain("pregnancy", "See a clinician");
    assertThat(r.err())
        .contains(file(cli) + ":2: triage record with \"time\" 2030-01-01T09:00:00Z in the future");
    assertThat(Files.readString(cli.historyFile()))
        .contains("2030-01-01T09:00:00Z"); // never rewritten
  }

  @Test
  void aSymlinkedHistoryFileIsRefusedAndTheRoutineStillRunsWithoutTouchingTheTarget()
      throws IOException {
    Path elsewhere = tmp.resolve("elsewhere.txt");
    Files.writeString(elsewhere, "someone else's file\n");
    Files.createDirectories(
        cli.historyFile().getParent(),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.createSymbolicLink(cli.historyFile(), elsewhere);
    Cli.Result r = cli.exec("routine", "quick", "--pain", "3");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(Planned.quick().done());
    assertThat(r.err())
        .contains(
            "could not read your history, "
                + file(cli)
                + ": it is a symbolic link; backcare keeps your history only in a file of its own")
        .contains(
            "this session cannot be recorded in your history (" + file(cli) + " is a symbolic link")
        .contains("could not record this session in " + file(cli));
    assertThat(Files.readString(elsewhere)).isEqualTo("someone else's file\n");

    Cli.Result h = cli.exec("history");
    assertThat(h.code()).isEqualTo(2);
    assertThat(h.err())
        .startsWith("backcare: cannot read your history, " + file(cli) + ": it is a symbolic link");
  }

  @Test
  void aSymlinkedStateFolderIsRefusedToo() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.createDirectories(tmp.resolve("state"));
    Files.createSymbolicLink(tmp.resolve("state/backcare"), other);
    Cli.Result r = cli.exec("routine", "quick");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(Planned.quick().done());
    assertThat(r.err())
        .contains(
            "could not read your history, "
                + file(cli)
                + ": its folder "
                + tmp.resolve("state/backcare")
                + " is a symbolic link; backcare keeps your history only in a folder of its own")
        .contains(
            "this session cannot be recorded in your history (its folder "
                + tmp.resolve("state/backcare"));
    try (var files = Files.list(other)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void looseModesAreTightenedAndTheUserIsTold() throws IOException {
    write(cli.historyFile(), session("2024-05-19T07:30:00Z", "morning", 480, "done", 6, 4));
    Files.setPosixFilePermissions(
        cli.historyFile().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(cli.historyFile(), PosixFilePermissions.fromString("rw-rw-r--"));
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "backcare: note: made "
                + cli.historyFile().getParent()
                + " private to you (rwx------, was rwxr-xr-x): your history is for you alone\n"
                + "backcare: note: made "
                + cli.historyFile()
                + " private to you (rw-------, was rw-rw-r--): your history is for you alone\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.historyFile())))
        .isEqualTo("rw-------");
    assertThat(cli.exec("history").err()).isEmpty();

    // the same on the way in: a routine's append tightens a file that was loosened meanwhile
    Files.setPosixFilePermissions(cli.historyFile(), PosixFilePermissions.fromString("rw-r--r--"));
    Cli.Result run = cli.exec("routine", "quick", "--condition", "none");
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains("made " + cli.historyFile() + " private to you (rw-------, was rw-r--r--)");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.historyFile())))
        .isEqualTo("rw-------");
  }

  @Test
  void anEmptyOrRelativeHomeWithoutXdgFoldersIsAnErrorNamingTheVariable() throws IOException {
    for (String home : new String[] {"", "relative/home"}) {
      cli.env.remove("XDG_STATE_HOME");
      cli.env.remove("XDG_CONFIG_HOME");
      cli.env.put("HOME", home);
      for (String[] args : new String[][] {{"history"}, {"routine", "quick"}, {"routines"}}) {
        Cli.Result r = cli.exec(args);
        assertThat(r.code()).as(String.join(" ", args) + " with HOME=" + home).isEqualTo(2);
        assertThat(r.err())
            .startsWith(
                "backcare: HOME is "
                    + (home.isEmpty()
                        ? "empty"
                        : "\"relative/home\"," + " which is not an absolute path")
                    + " and XDG_")
            .contains("set HOME to your home folder")
            .doesNotContain("Exception");
      }
    }
    assertThat(Path.of("relative")).doesNotExist();
    assertThat(Path.of(".local")).doesNotExist();
    // a relative XDG_STATE_HOME is ignored, an absolute one is used whatever HOME says
    cli.env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
    cli.env.put("XDG_CONFIG_HOME", "relative/config");
    cli.env.put("HOME", tmp.toString());
    assertThat(cli.exec("routines").code()).isZero();
    assertThat(cli.exec("history").code()).isZero();
  }

  @Test
  void aTriageWithNowhereToRecordStillEndsWithItsOutcome() {
    cli.env.remove("XDG_STATE_HOME");
    cli.env.put("HOME", "");
    Cli.Result r = cli.exec("triage", "--answer", "bladder=yes", "--no-routine");
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("could not record this screen", "HOME is empty");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang's bound: a refusal takes milliseconds
  void aFifoAsTheHistoryIsRefusedAtOnceNeverWaitedOn() throws Exception {
    Files.createDirectories(cli.historyFile().getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", cli.historyFile().toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Cli.Result r = cli.exec("history");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a regular file");
    Cli.Result run = cli.exec("routine", "quick", "--dry-run");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("could not read your history", "is not a regular file");
  }
}
