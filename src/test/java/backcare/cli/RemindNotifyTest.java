package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare remind notify`, what the timer's service runs: a fake notify-send (and loginctl) on the
 * PATH records what it was asked; the quiet rules are tried against a real history. It never fails,
 * so the unit never fails and floods the journal.
 */
class RemindNotifyTest {
  @TempDir Path dir;

  Cli cli;
  FakePrograms fakes;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(dir);
    cli.now = ZonedDateTime.parse("2026-12-01T10:40:00Z");
    fakes = new FakePrograms(dir.resolve("bin"));
    fakes.add("notify-send", "", 0);
    cli.env.put("PATH", fakes.dir.toString());
    cli.env.put("DISPLAY", ":0");
  }

  /**
   * The quick routine run for real so that it ends at {@code end} (it starts its plan's length
   * before), so the history has its end.
   */
  private void routineEndingAt(String end) {
    ZonedDateTime keep = cli.now;
    cli.now = ZonedDateTime.parse(end).minusSeconds(Planned.quick().totalSeconds());
    assertThat(cli.run("routine", "quick", "--pain", "2", "--pain-after", "1")).isZero();
    cli.now = keep;
  }

  @Test
  void withADesktopItShowsTheTimeSatWhyAndTheCommand() throws IOException {
    assertThat(cli.run("remind", "notify", "--every", "50m", "--routine", "desk")).isZero();

    assertThat(fakes.recorded("notify-send"))
        .isEqualTo(
            "--app-name=backcare\t--urgency=normal\t"
                + "--icon=appointment-soon\tTime to get up and move\t"
                + "You have been sitting for about 50 minutes.\n"
                + "A few minutes on your feet each hour keeps a stiff back from setting in.\n"
                + "Stretch: backcare routine desk"
                + FakePrograms.END);
    assertThat(cli.out).isEqualTo("backcare remind: reminder shown (sitting about 50 minutes).\n");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void onWaylandToo() throws IOException {
    cli.env.remove("DISPLAY");
    cli.env.put("WAYLAND_DISPLAY", "wayland-0");
    assertThat(cli.run("remind", "notify")).isZero();
    assertThat(fakes.calls("notify-send")).hasSize(1);
  }

  @Test
  void withoutADesktopItSaysNothingAndExitsZero() throws IOException {
    cli.env.remove("DISPLAY");

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(fakes.calls("notify-send")).isEmpty();
    assertThat(cli.out).isEmpty();
    assertThat(cli.err).isEmpty();
  }

  @Test
  void noReminderWithinTenMinutesOfAFinishedRoutine() throws IOException {
    routineEndingAt("2026-12-01T10:35:00Z"); // five minutes before now

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(fakes.calls("notify-send")).isEmpty();
    assertThat(cli.out).isEqualTo("backcare remind: no reminder now: a routine ended 5 min ago.\n");
  }

  @Test
  void aRoutineQuitOrSkippedIsNotAFinishedOneAndDoesNotSilenceTheReminder() {
    for (String ending : new String[] {"quit", "skipped", "interrupted"}) {
      backcare.history.SessionRecord s =
          new backcare.history.SessionRecord(
              1,
              java.time.OffsetDateTime.parse("2026-12-01T10:33:00Z"),
              java.time.OffsetDateTime.parse("2026-12-01T10:35:00Z"),
              "quick",
              null,
              java.util.List.of(),
              4,
              java.util.List.of(),
              java.util.List.of(1, 2, 3, 4),
              0,
              0,
              ending,
              null,
              null);
      assertThat(backcare.remind.Reminder.lastRoutineEnd(java.util.List.of(s)))
          .as(ending)
          .isEmpty();
    }
  }

  @Test
  void afterTenMinutesItRemindsAndCountsTheTimeSatFromTheRoutine() throws IOException {
    routineEndingAt("2026-12-01T10:15:00Z"); // 25 minutes before now

    assertThat(cli.run("remind", "notify", "--every", "50m")).isZero();

    assertThat(fakes.recorded("notify-send"))
        .contains("You have been sitting for about 25 minutes.");
  }

  @Test
  void justUnderAndAtTenMinutes() throws IOException {
    routineEndingAt("2026-12-01T10:30:01Z"); // 9 min 59 s before now
    assertThat(cli.run("remind", "notify")).isZero();
    assertThat(fakes.calls("notify-send")).isEmpty();

    cli.now = ZonedDateTime.parse("2026-12-01T10:40:01Z");
    assertThat(cli.run("remind", "notify")).isZero();
    assertThat(fakes.calls("notify-send")).hasSize(1);
  }

  @Test
  void noReminderWhileTheScreenIsLocked() throws IOException {
    cli.env.put("XDG_SESSION_ID", "3");
    fakes.script("loginctl", "echo yes");

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(fakes.calls("loginctl"))
        .containsExactly("show-session 3 --property=LockedHint --value");
    assertThat(fakes.calls("notify-send")).isEmpty();
    assertThat(cli.out).contains("no reminder now: the screen is locked");

    fakes.script("loginctl", "echo no");
    assertThat(cli.run("remind", "notify")).isZero();
    assertThat(fakes.calls("notify-send")).hasSize(1);
  }

  @Test
  void whenLogindCannotSayItReminds() throws IOException {
    cli.env.put("XDG_SESSION_ID", "3");
    fakes.script("loginctl", "echo 'Failed to connect to bus' >&2; exit 1");

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(fakes.calls("notify-send")).hasSize(1);
  }

  @Test
  void withoutNotifySendItSaysWhatToInstallAndStillExitsZero() {
    cli.env.put("PATH", dir.resolve("empty").toString());

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(cli.err).contains("notify-send is not installed", "sudo apt install libnotify-bin");
  }

  @Test
  void aFailingNotifySendIsAWarningNotAFailedUnit() throws IOException {
    fakes.script("notify-send", "echo 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2; exit 1");

    assertThat(cli.run("remind", "notify")).isZero();

    assertThat(cli.err)
        .contains("warning: notify-send could not show the reminder: Cannot autolaunch D-Bus");
  }
}
