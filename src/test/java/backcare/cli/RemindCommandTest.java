package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare remind on/status/off` and `--cron` as a user meets them, with a fake systemctl on the
 * PATH (so no test ever touches a real user manager): what is written, what systemctl is asked, and
 * what the user is told, with a user manager, without one, and without systemd at all.
 */
class RemindCommandTest {
  @TempDir Path dir;

  Cli cli;
  FakePrograms fakes;

  static final String MANAGER_RUNNING =
      """
            case "$*" in
              *is-active*) echo active ;;
              *show*) echo Version=252 ;;
            esac
            exit 0""";
  static final String NO_MANAGER =
      """
            echo "Failed to connect to bus: No medium found" >&2
            exit 1""";

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(dir);
    cli.now = ZonedDateTime.parse("2026-12-01T12:05:00Z"); // a Tuesday
    fakes = new FakePrograms(dir.resolve("bin"));
    cli.env.put("PATH", fakes.dir.toString());
    cli.env.put("BACKCARE_LAUNCHER", "/opt/back care/bin/backcare");
  }

  Path timer() {
    return dir.resolve("config/systemd/user/backcare-remind.timer");
  }

  Path service() {
    return dir.resolve("config/systemd/user/backcare-remind.service");
  }

  @Test
  void onWritesBothUnitsThenEnablesAndStartsTheTimer() throws IOException {
    fakes.script("systemctl", MANAGER_RUNNING);

    assertThat(cli.run("remind", "on")).isZero();

    assertThat(cli.out)
        .contains(
            "Reminders to get up and move: every 50m, 09:00-17:30, Mon-Fri; the desk routine.",
            "The timer is enabled and started",
            "Next: Tue 1 Dec 12:20, Tue 1 Dec 13:10, Tue 1 Dec 14:00",
            "journalctl --user -u backcare-remind");
    assertThat(cli.err).isEmpty();
    assertThat(fakes.calls("systemctl"))
        .containsExactly(
            "--user show --property=Version",
            "--user daemon-reload",
            "--user enable backcare-remind.timer",
            "--user restart backcare-remind.timer");
    assertThat(Files.readString(timer()))
        .contains(
            "OnCalendar=Mon..Fri *-*-* 09,14:50:00",
            "Unit=backcare-remind.service",
            "WantedBy=timers.target",
            "Persistent=false");
    assertThat(Files.readString(service()))
        .contains(
            "Type=oneshot",
            "ExecStart=\"/opt/back care/bin/backcare\" remind notify --every 50m --routine desk",
            "Environment=\"XDG_STATE_HOME=" + dir.resolve("state") + "\"");
  }

  @Test
  void onAgainReplacesTheSettingsAndNeverLeavesASecondTimer() throws IOException {
    fakes.script("systemctl", MANAGER_RUNNING);
    assertThat(cli.run("remind", "on")).isZero();

    assertThat(
            cli.run(
                "remind",
                "on",
                "--every",
                "1h",
                "--between",
                "08:00-12:00",
                "--days",
                "sat-sun",
                "--routine",
                "quick"))
        .isZero();

    assertThat(cli.out)
        .contains(
            "every 1h, 08:00-12:00, Sat,Sun; the quick routine",
            "this replaces the earlier settings: every 50m, 09:00-17:30, Mon-Fri, the desk routine");
    try (var files = Files.list(timer().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("backcare-remind.service", "backcare-remind.timer");
    }
    assertThat(Files.readString(timer()))
        .contains("OnCalendar=Sat,Sun *-*-* 09..12:00:00")
        .doesNotContain("Mon..Fri");
    assertThat(Files.readString(service())).contains("--every 1h --routine quick");
    // the new settings take effect at once: the timer is restarted, not just enabled
    assertThat(fakes.calls("systemctl")).endsWith("--user restart backcare-remind.timer");
  }

  @Test
  void statusShowsOnTheSettingsAndTheNextThreeTimes() throws IOException {
    fakes.script("systemctl", MANAGER_RUNNING);
    cli.run("remind", "on", "--every", "2h", "--days", "mon,wed,fri");

    assertThat(cli.run("remind", "status")).isZero();

    assertThat(cli.out)
        .startsWith("Reminders are on: the timer is active.\n")
        .contains(
            "every 2h, 09:00-17:30, Mon,Wed,Fri; the desk routine.",
            "next: Wed 2 Dec 11:00, Wed 2 Dec 13:00, Wed 2 Dec 15:00",
            "journalctl --user -u backcare-remind");

    assertThat(cli.run("remind", "status", "--json")).isZero();
    assertThat(cli.out)
        .contains(
            "\"on\" : true",
            "\"state\" : \"active\"",
            "\"every\" : \"2h\"",
            "\"days\" : \"mon,wed,fri\"",
            "\"everyMinutes\" : 120",
            "\"next\" : [ \"2026-12-02T11:00Z\", \"2026-12-02T13:00Z\", \"2026-12-02T15:00Z\" ]");
  }

  @Test
  void offStopsDisablesAndRemovesTheUnitsAndSaysSo() throws IOException {
    fakes.script("systemctl", MANAGER_RUNNING);
    cli.run("remind", "on");

    assertThat(cli.run("remind", "off")).isZero();

    assertThat(cli.out)
        .contains(
            "Reminders are off.",
            "Stopped and disabled backcare-remind.timer.",
            "Removed " + timer(),
            "Removed " + service());
    assertThat(timer()).doesNotExist();
    assertThat(service()).doesNotExist();
    assertThat(fakes.calls("systemctl"))
        .endsWith(
            "--user show --property=Version",
            "--user disable --now backcare-remind.timer",
            "--user daemon-reload");

    assertThat(cli.run("remind", "off")).isZero();
    assertThat(cli.out).contains("Reminders were not on");
    assertThat(cli.run("remind", "status")).isZero();
    assertThat(cli.out).startsWith("Reminders are off.");
    assertThat(cli.run("remind", "status", "--json")).isZero();
    assertThat(cli.out)
        .contains("\"on\" : false", "\"state\" : \"off\"", "\"settings\" : null", "\"next\" : [ ]");
  }

  @Test
  void withoutAUserManagerOnWritesTheUnitsSaysSoAndGivesTheOneCommandForLater() throws IOException {
    fakes.script("systemctl", NO_MANAGER);

    assertThat(cli.run("remind", "on")).isZero();

    assertThat(cli.out)
        .contains(
            "No systemd user manager is running here, so the timer is not started"
                + " (systemctl says: Failed to connect to bus: No medium found).",
            "  systemctl --user enable --now backcare-remind.timer\n",
            "backcare remind --here",
            "backcare remind on --cron");
    assertThat(timer()).exists();
    assertThat(fakes.calls("systemctl")).allMatch(c -> c.startsWith("--user show"));

    assertThat(cli.run("remind", "status")).isZero();
    assertThat(cli.out)
        .startsWith("Reminders are set up but not running: no systemd user manager")
        .contains("when it runs, next: Tue 1 Dec 12:20");
    assertThat(cli.run("remind", "off")).isZero();
    assertThat(cli.out)
        .contains("Reminders are off.", "Removed " + timer())
        .doesNotContain("Stopped");
    assertThat(timer()).doesNotExist();
  }

  @Test
  void withoutSystemdOnWritesNothingAndOffersHereAndCron() {
    assertThat(cli.run("remind", "on", "--every", "45m")).isEqualTo(2);

    assertThat(cli.err)
        .contains(
            "systemd is not available here (no systemctl on the PATH)",
            "nothing was written",
            "backcare remind --here",
            "backcare remind on --cron --every 45m --between 09:00-17:30 --days mon-fri --routine desk");
    assertThat(cli.out).isEmpty();
    assertThat(timer()).doesNotExist();
  }

  @Test
  void cronPrintsCrontabLinesForTheSameTimesAndEditsNothing() {
    cli.env.put("DISPLAY", ":0");
    cli.env.put("COLUMNS", "60"); // crontab lines stay whole however narrow the terminal
    assertThat(cli.run("remind", "on", "--cron")).isZero();

    assertThat(cli.out.lines().toList())
        .containsExactly(
            "# backcare remind: every 50m, 09:00-17:30, Mon-Fri; the desk routine. Add these lines with"
                + " `crontab -e` (backcare never edits your crontab).",
            cron("50 9,14"),
            cron("40 10,15"),
            cron("30 11,16"),
            cron("20 12,17"),
            cron("10 13"),
            cron("0 14"));
    assertThat(timer()).doesNotExist();
  }

  private String cron(String minuteHour) {
    return minuteHour
        + " * * 1-5 DISPLAY=:0 XDG_CONFIG_HOME="
        + dir.resolve("config")
        + " XDG_STATE_HOME="
        + dir.resolve("state")
        + " '/opt/back care/bin/backcare' remind notify --every 50m --routine desk";
  }

  @Test
  void badOptionsAreRefusedWithTheRangeOrTheRightFormAndExitTwo() {
    assertThat(cli.run("remind", "on", "--every", "5m")).isEqualTo(2);
    assertThat(cli.err).contains("--every 5m is out of range; give 10m to 4h");
    assertThat(cli.run("remind", "on", "--every", "4h10m")).isEqualTo(2);
    assertThat(cli.err).contains("--every 4h10m is out of range");
    assertThat(cli.run("remind", "on", "--every", "soon")).isEqualTo(2);
    assertThat(cli.err).contains("--every soon: not a time; write it as 50m, 1h or 1h30m");
    assertThat(cli.run("remind", "on", "--between", "17:00-09:00", "--days", "funday"))
        .isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "--between 17:00-09:00: the start must come before the end",
            "--days funday: \"funday\" is not a day");
    assertThat(cli.run("remind", "on", "--between", "09:00-09:30")).isEqualTo(2);
    assertThat(cli.err).contains("is shorter than --every 50m, so no reminder would ever come");
    assertThat(cli.run("remind", "on", "--routine", "dsek")).isEqualTo(2);
    assertThat(cli.err).contains("unknown routine \"dsek\"", "did you mean desk");
    assertThat(cli.run("remind", "onn")).isEqualTo(2);
    assertThat(cli.err).contains("remind onn: give on, off, status or notify (did you mean on?)");
    assertThat(cli.run("remind")).isEqualTo(2);
    assertThat(cli.err).contains("say what to do");
    assertThat(cli.run("remind", "status", "--every", "1h", "--cron")).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            "--cron goes with `remind on`", "--every goes with `remind on`, notify or --here");
    assertThat(cli.run("remind", "on", "--here")).isEqualTo(2);
    assertThat(cli.err).contains("--here runs on its own");
    assertThat(cli.err).doesNotContain("Exception", "\tat ");
    assertThat(timer()).doesNotExist();
  }

  @Test
  void completionOffersTheActions() {
    assertThat(cli.run("completion", "bash")).isZero();
    assertThat(cli.out).contains("remind").containsPattern("on off status notify|\"on\" \"off\"");
  }
}
