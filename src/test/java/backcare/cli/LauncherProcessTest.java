package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, points 8 and 10, in a real process started through bin/backcare. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherProcessTest {
  @TempDir Path home;

  private Path historyFile() {
    return home.resolve("state/backcare/history.jsonl");
  }

  /** Reads lines until one contains {@code text}; returns everything read. */
  private static String readUntil(BufferedReader r, String text) throws Exception {
    StringBuilder b = new StringBuilder();
    for (String line; (line = r.readLine()) != null; ) {
      b.append(line).append('\n');
      if (line.contains(text)) return b.toString();
    }
    throw new AssertionError("never saw \"" + text + "\" in:\n" + b);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "HUP"})
  void aSignalEndsAPipedRunAsCtrlCDoesWithTheSummaryExit130AndOneRecord(String signal)
      throws Exception {
    Process p = Launcher.start(Launcher.env(home), "routine", "quick");
    p.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String before = readUntil(out, "Get into position");
    Launcher.kill(signal, p.pid());
    String after = Launcher.readAll(p.getInputStream());
    String err = Launcher.readAll(p.getErrorStream());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(before + after + err).isEqualTo(130);
    assertThat(after)
        .containsPattern(
            "\\[\\d\\d:\\d\\d\\] "
                + Pattern.quote(Planned.quick().ended("Interrupted", 0))
                + " done in \\d+s\\.\\n$");
    assertThat(err).doesNotContain("Exception", "\tat ");
    List<String> records = Files.readAllLines(historyFile());
    assertThat(records)
        .singleElement()
        .asString()
        .contains("\"routine\":\"quick\"", "\"ending\":\"interrupted\"");
  }

  @Test
  void sigquitPrintsNoThreadDumpAndTheRunGoesOn() throws Exception {
    Process p = Launcher.start(Launcher.env(home), "routine", "quick");
    p.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String before = readUntil(out, "Get into position");
    Launcher.kill("QUIT", p.pid());
    Thread.sleep(700);
    assertThat(p.isAlive()).isTrue();
    Launcher.kill("TERM", p.pid());
    String after = Launcher.readAll(p.getInputStream());
    String err = Launcher.readAll(p.getErrorStream());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(before + after + err)
        .doesNotContain("Full thread dump", "java.lang.Thread.State", "\"main\"");
    assertThat(after).contains(Planned.quick().ended("Interrupted", 0) + " done");
    assertThat(Files.readAllLines(historyFile())).hasSize(1);
  }

  @Test
  void sigtermInATerminalGivesTheTerminalBackAndRecordsOnce() throws Exception {
    Map<String, String> env = Launcher.env(home);
    env.put("TERM", "xterm-256color");
    // script(1) gives the run a pseudo-terminal; -e passes on backcare's exit code
    Process script =
        Launcher.startCommand(
            env,
            List.of(
                "script",
                "-qfec",
                Launcher.launcher() + " routine quick --pain 3 --quiet",
                "/dev/null"));
    var screen = new StringBuilder();
    var reader = new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8);
    char[] buf = new char[4096];
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!screen.toString().contains("\u001b[?1049h") && System.nanoTime() < deadline) {
      int n = reader.read(buf);
      if (n < 0) break;
      screen.append(buf, 0, n);
    }
    assertThat(screen.toString()).as("the full screen opened").contains("\u001b[?1049h");
    // the ready page: Enter turns its pages and starts the run on the last one
    var keys = script.getOutputStream();
    for (int page = 0; page < 8 && !screen.toString().contains("GET INTO POSITION"); page++) {
      keys.write('\r');
      keys.flush();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!screen.toString().contains("GET INTO POSITION")
          && System.nanoTime() < until
          && reader.ready()) {
        int n = reader.read(buf);
        if (n < 0) break;
        screen.append(buf, 0, n);
      }
      Thread.sleep(300);
      while (reader.ready()) {
        int n = reader.read(buf);
        if (n < 0) break;
        screen.append(buf, 0, n);
      }
    }
    assertThat(screen.toString()).as("the run started").contains("GET INTO POSITION");
    Thread.sleep(500);
    ProcessHandle java =
        script
            .toHandle()
            .descendants()
            .filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false))
            .findFirst()
            .orElseThrow();
    Launcher.kill("TERM", java.pid());
    for (int n; (n = reader.read(buf)) >= 0; ) screen.append(buf, 0, n);
    assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String all = screen.toString();
    String afterScreen = all.substring(all.lastIndexOf("\u001b[?1049l"));
    assertThat(script.exitValue()).as(all).isEqualTo(130);
    assertThat(all).contains("\u001b[?25h"); // the cursor shown again
    assertThat(afterScreen)
        .contains(
            Planned.quick().ended("Interrupted", 0) + " done"); // the summary, on the user's screen
    assertThat(Files.readAllLines(historyFile()))
        .singleElement()
        .asString()
        .contains("\"ending\":\"interrupted\"");
  }

  @Test
  void aClosedStdinIsNoInputNeverAFileTheJvmOpened() throws Exception {
    Map<String, String> env = Launcher.env(home);
    Launcher.Result devNull =
        Launcher.shell(env, Launcher.launcher() + " triage --no-routine </dev/null");
    Launcher.Result closed = Launcher.shell(env, Launcher.launcher() + " triage --no-routine <&-");
    assertThat(devNull.code()).isEqualTo(2);
    assertThat(closed.code()).isEqualTo(devNull.code());
    assertThat(closed.err()).isEqualTo(devNull.err());
    assertThat(closed.outText()).isEqualTo(devNull.outText());
    // and without the launcher, Java alone: the JVM puts its own lib/modules on descriptor 0
    String direct = Launcher.shellWords(Launcher.java(env, List.of(), "triage", "--no-routine"));
    Launcher.Result jvmClosed = Launcher.shell(env, direct + " <&-");
    assertThat(jvmClosed.code()).isEqualTo(devNull.code());
    assertThat(jvmClosed.err()).isEqualTo(devNull.err());
  }

  private Path accentedRoutine() throws Exception {
    String quick = Files.readString(Path.of("routines/quick.yaml"));
    String title = quick.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
    Path f = home.resolve("doux.yaml");
    Files.writeString(
        f, quick.replace(title, "title: \"Étirements doux — côté dos\""), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void underLcAllCJsonIsUtf8AndTextFallsBackToAscii() throws Exception {
    Path routine = accentedRoutine();
    for (String locale : new String[] {"C", "POSIX"}) {
      Map<String, String> env = Launcher.env(home);
      env.remove("LANG");
      env.put("LC_ALL", locale);
      Launcher.Result json =
          Launcher.run(env, "routine", "--file", routine.toString(), "--dry-run", "--json");
      assertThat(json.code()).as(json.err()).isZero();
      assertThat(json.outText()).contains("\"title\" : \"Étirements doux — côté dos\"");
      assertThat(json.out()).isEqualTo(json.outText().getBytes(StandardCharsets.UTF_8));

      Launcher.Result text =
          Launcher.run(env, "routine", "--file", routine.toString(), "--dry-run");
      assertThat(text.code()).as(text.err()).isZero();
      assertThat(text.outText()).contains("Etirements doux -- cote dos");
      for (byte b : text.out()) assertThat(b & 0xff).as("an ASCII byte").isLessThan(0x80);
    }
  }

  @Test
  void underLcAllCTheHistoryIsReadAndPrintedAsUtf8Data() throws Exception {
    HistoryCommandTest.write(
        historyFile(),
        HistoryCommandTest.session("2024-05-19T07:30:00Z", "café-matin", 480, "done", 6, 4));
    Map<String, String> env = Launcher.env(home);
    env.remove("LANG");
    env.put("LC_ALL", "C");
    Launcher.Result json = Launcher.run(env, "history", "--json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.outText()).contains("\"routine\":\"café-matin\"");
    Launcher.Result csv = Launcher.run(env, "history", "--csv");
    assertThat(csv.outText()).contains(",café-matin,");
    Launcher.Result text = Launcher.run(env, "history");
    assertThat(text.outText()).contains("cafe-matin").contains("6 -> 4");
  }
}
