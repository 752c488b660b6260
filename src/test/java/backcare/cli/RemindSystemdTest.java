package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.remind.Schedule;
import backcare.remind.Settings;
import backcare.remind.Units;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unit files `remind on` writes, for a set of option combinations, checked by systemd itself:
 * `systemd-analyze --user verify` (with a private XDG_RUNTIME_DIR: no user manager is needed) and
 * every OnCalendar= expression by `systemd-analyze calendar`, whose next times must be exactly the
 * ones `remind status` shows. Skipped only where systemd-analyze is not installed at all.
 */
class RemindSystemdTest {
  static Path analyze;

  @TempDir Path dir;

  @BeforeAll
  static void findSystemdAnalyze() {
    analyze =
        backcare.console.Executables.find("systemd-analyze", System.getenv("PATH")).orElse(null);
    Assumptions.assumeTrue(
        analyze != null,
        "systemd-analyze is not installed (Debian: apt-get install systemd); these tests need it");
  }

  record Run(int code, String out) {}

  static Run run(Map<String, String> env, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--every 10m --between 00:00-23:59 --days all",
        "--every 4h --between 06:00-22:00 --days sat-sun",
        "--every 1h30m --between 08:15-16:45 --days mon,wed,fri --routine quick",
        "--every 25m --between 07:05-19:55 --days fri-mon",
        "--every 13m --between 09:00-10:00 --days tue"
      })
  void theUnitsPassSystemdVerifyAndTheirCalendarsGiveTheTimesStatusShows(String options)
      throws Exception {
    // a launcher in a folder whose name needs quoting, as a user's home may
    Path launcher = Files.createDirectories(dir.resolve("my 100% bin")).resolve("backcare");
    Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    FakePrograms fakes = new FakePrograms(dir.resolve("fake"));
    fakes.script("systemctl", RemindCommandTest.NO_MANAGER);
    Cli cli = new Cli(dir);
    cli.env.put("PATH", fakes.dir.toString());
    cli.env.put("BACKCARE_LAUNCHER", launcher.toString());
    List<String> args = new ArrayList<>(List.of("remind", "on"));
    if (!options.isEmpty()) args.addAll(List.of(options.split(" ")));

    assertThat(cli.run(args.toArray(String[]::new))).as(cli.err).isZero();

    Path units = dir.resolve("config/systemd/user");
    Path runtime = Files.createDirectories(dir.resolve("runtime"));
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    Run verify =
        run(
            Map.of(
                "XDG_RUNTIME_DIR",
                runtime.toString(),
                "HOME",
                dir.toString(),
                "XDG_CONFIG_HOME",
                dir.resolve("config").toString()),
            List.of(
                analyze.toString(),
                "--user",
                "verify",
                units.resolve(Units.TIMER).toString(),
                units.resolve(Units.SERVICE).toString()));
    assertThat(verify.code()).as(verify.out()).isZero();
    assertThat(verify.out()).as("systemd-analyze verify says nothing about good units").isBlank();

    String timer = Files.readString(units.resolve(Units.TIMER));
    Settings settings = Units.settingsOf(timer).orElseThrow();
    List<String> calendars =
        timer
            .lines()
            .filter(l -> l.startsWith("OnCalendar="))
            .map(l -> l.substring("OnCalendar=".length()))
            .toList();
    assertThat(calendars).isEqualTo(new Schedule(settings).onCalendar()).isNotEmpty();
    ZonedDateTime base = ZonedDateTime.of(LocalDateTime.of(2026, 12, 1, 12, 5, 30), ZoneOffset.UTC);
    int n = 12;
    assertThat(systemdNext(calendars, base, n)).isEqualTo(new Schedule(settings).next(base, n));
    assertThat(systemdNext(calendars, base, n)).hasSize(n);
  }

  private static final Pattern ELAPSE =
      Pattern.compile("(?:Next elapse|Iter\\. #\\d+): \\w{3} (\\S+ \\S+) UTC");

  /**
   * The first {@code n} times systemd computes for the union of the expressions after {@code base}.
   */
  static List<ZonedDateTime> systemdNext(List<String> calendars, ZonedDateTime base, int n)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                analyze.toString(),
                "calendar",
                "--iterations=" + n,
                "--base-time="
                    + base.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    + " UTC"));
    command.addAll(calendars);
    Run r = run(Map.of("TZ", "UTC"), command);
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).doesNotContain("Failed");
    TreeSet<ZonedDateTime> all = new TreeSet<>();
    Matcher m = ELAPSE.matcher(r.out());
    while (m.find()) {
      all.add(LocalDateTime.parse(m.group(1).replace(' ', 'T')).atZone(ZoneOffset.UTC));
    }
    return all.stream().limit(n).toList();
  }
}
