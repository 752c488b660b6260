package backcare.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `remind on`, `off` and `--cron` without picocli, on a PATH with no systemctl (the CLI's tests put
 * a fake one there for the timer's own paths).
 */
class TimerSetupTest {
  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Map<String, String> env;
  TimerSetup setup;

  @BeforeEach
  void setUp() throws IOException {
    env =
        Map.of(
            "PATH",
            Files.createDirectories(dir.resolve("bin")).toString(),
            "HOME",
            dir.toString(),
            "XDG_CONFIG_HOME",
            dir.resolve("config").toString(),
            "DISPLAY",
            ":0",
            Launcher.VARIABLE,
            "/opt/backcare/bin/backcare");
    setup =
        new TimerSetup(
            env, new Programs(env), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void withoutSystemdOnWritesNothingAndOffersTheOtherWays() throws IOException {
    Settings s = Settings.parse("45m", null, null, null);
    assertThat(setup.on(s, ZonedDateTime.parse("2026-12-01T10:00:00Z")))
        .isEqualTo(TimerSetup.Result.NO_SYSTEMD);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(
            "nothing was written",
            "backcare remind --here",
            "backcare remind on --cron --every 45m");
    assertThat(Units.folder(env)).doesNotExist();
  }

  @Test
  void offWithNothingSetUpSaysSoAndRemovesNothing() throws IOException {
    setup.off();
    assertThat(out.toString())
        .isEqualTo(
            "Reminders were not on: there is no backcare-remind.timer in "
                + Units.folder(env)
                + ".\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void cronLinesCarryTheDesktopsVariablesAndTheCommand() {
    StringWriter lines = new StringWriter();
    setup.cron(Settings.parse(null, "09:00-10:00", "mon", "quick"), new PrintWriter(lines));
    assertThat(lines.toString().lines().toList())
        .first()
        .asString()
        .startsWith("# backcare remind: ")
        .contains("the quick routine");
    assertThat(lines.toString().lines().skip(1).toList())
        .isNotEmpty()
        .allSatisfy(
            l ->
                assertThat(l)
                    .contains(
                        " * * 1 ", "DISPLAY=:0", "XDG_CONFIG_HOME=", "/opt/backcare/bin/backcare")
                    .contains("remind notify"));
  }
}
