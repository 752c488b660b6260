package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Executables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium renders the page `backcare report` writes for a
 * full 90 days (about two sessions a day, every ending, a screen and its clearance, a routine whose
 * id is markup) and checks the DOM, the network and the printed pages. Needs the Debian packages
 * chromium and poppler-utils (pdfinfo); CI installs them. Skipped only where chromium is not
 * installed at all. Nothing it makes is kept: the PDFs go to a temporary folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  static final String HOSTILE_ROUTINE = "<img src=x onerror=alert(1)>";
  Path dir;
  Path chromium;
  Path report;
  int painAnswers;

  @BeforeAll
  void renderTheReport(@TempDir Path tmp) throws Exception {
    dir = tmp;
    chromium = Executables.find("chromium", System.getenv("PATH")).orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "chromium is not installed (Debian: apt-get install chromium poppler-utils); these tests need it");
    Cli cli = new Cli(dir);
    Files.createDirectories(cli.historyFile().getParent());
    Files.write(cli.historyFile(), denseHistory());
    report = dir.resolve("report.html");
    assertThat(cli.run("report", "-o", report.toString(), "--name", "Ann Smith")).isZero();
  }

  /**
   * 90 days up to the Cli's clock, 0-3 sessions a day (pain answered most times), and some screens.
   */
  List<String> denseHistory() {
    Random random = new Random(14);
    List<String> lines = new ArrayList<>();
    lines.add(
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-04-01T09:00:00Z\",\"outcome\":\"see-clinician\","
            + "\"triggered\":[\"persistent\",\"night-pain\"],\"conditions\":[\"stenosis\"],\"cleared\":false}");
    lines.add(
        "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-04-04T09:00:00Z\",\"outcome\":\"self-care\","
            + "\"triggered\":[\"persistent\",\"night-pain\"],\"conditions\":[\"stenosis\"],\"cleared\":true,\"source\":\"gate\"}");
    String[] routines = {
      "morning", "desk", "quick", "evening", HOSTILE_ROUTINE.replace("\"", "\\\"")
    };
    String[] endings = {
      "done", "done", "done", "done", "quit", "interrupted", "skipped", "stopped-for-pain"
    };
    int pain = 6;
    for (int day = 89; day >= 0; day--) {
      for (int k = random.nextInt(4); k > 0; k--) {
        String start = String.format("2024-05-%02dT%02d:00:00Z", 20, 11 - 3 * k);
        start = java.time.OffsetDateTime.parse(start).minusDays(day).toString();
        pain = Math.max(0, Math.min(10, pain + random.nextInt(3) - 1));
        String before = random.nextInt(10) < 9 ? String.valueOf(pain) : "null";
        String after =
            random.nextInt(10) < 7 ? String.valueOf(Math.max(0, pain - random.nextInt(3))) : "null";
        painAnswers += (before.equals("null") ? 0 : 1) + (after.equals("null") ? 0 : 1);
        lines.add(
            ReportCommandTest.session(
                start,
                routines[random.nextInt(routines.length)],
                endings[random.nextInt(endings.length)],
                "[1,2]",
                4,
                before,
                after));
      }
    }
    return lines;
  }

  @Test
  void theDomHasOnePointPerPainAnswerAndMarkupFromTheHistoryStaysText() throws Exception {
    String dom =
        chromium(List.of("--dump-dom", report.toUri().toString()), dir.resolve("profile-dom"))
            .out();
    assertThat(painAnswers).isGreaterThan(150);
    assertThat(
            Pattern.compile("<(circle|rect) class=\"point (before|after)\"")
                .matcher(dom)
                .results()
                .count())
        .isEqualTo(painAnswers);
    assertThat(dom).contains("Back care report").contains("Ann Smith");
    assertThat(dom)
        .doesNotContainPattern("(?i)<img\\b")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    // nothing in the rendered page could fetch anything
    assertThat(dom)
        .containsPattern("(?i)<td>[^<]*src=x") // the attribute-like text is text, in a cell
        .doesNotContainPattern(
            "(?i)<[a-z][^<>]*\\s(src|srcset|href|xlink:href|action|poster|data)\\s*=");
  }

  @Test
  void thePageMakesNoNetworkRequest() throws Exception {
    assertThat(pageRequests(report, "net-report")).isEmpty();
  }

  @Test
  void theNetworkCheckSeesARequestWhenAPageMakesOne() throws Exception {
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, "<!DOCTYPE html><img src=\"http://127.0.0.1:9/x.png\">");
    assertThat(pageRequests(probe, "net-probe")).containsExactly("http://127.0.0.1:9/x.png");
  }

  @Test
  void itPrintsOnOneOrTwoPagesOfLetterAndOfA4() throws Exception {
    assertThat(printedPages(report, "letter")).isBetween(1, 2);
    Path a4 = dir.resolve("report-a4.html");
    Files.writeString(
        a4, Files.readString(report).replace("<style>", "<style>@page { size: A4; }"));
    assertThat(printedPages(a4, "a4")).isBetween(1, 2);
  }

  /**
   * The URLs the page itself asked for, from Chromium's net log: requests whose initiator is the
   * page (a file page's origin is "null"); the browser's own (updates, accounts) have none.
   */
  List<String> pageRequests(Path page, String name) throws Exception {
    Path log = dir.resolve(name + ".json");
    chromium(
        List.of("--log-net-log=" + log, "--dump-dom", page.toUri().toString()),
        dir.resolve("profile-" + name));
    JsonNode netLog = new ObjectMapper().readTree(log.toFile());
    int startJob =
        netLog.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
    List<String> urls = new ArrayList<>();
    for (JsonNode e : netLog.get("events")) {
      JsonNode p = e.get("params");
      if (e.get("type").asInt() != startJob || p == null || !p.has("url")) continue;
      if (!p.path("initiator").asText().equals("not an origin")) urls.add(p.get("url").asText());
    }
    return urls;
  }

  int printedPages(Path page, String name) throws Exception {
    Path pdf = dir.resolve(name + ".pdf");
    chromium(
        List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()),
        dir.resolve("profile-" + name));
    assertThat(pdf).isNotEmptyFile();
    Run info = run(List.of("pdfinfo", pdf.toString()));
    assertThat(info.code())
        .as("pdfinfo (Debian: apt-get install poppler-utils): " + info.out())
        .isZero();
    var m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info.out());
    assertThat(m.find()).as(info.out()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  Run chromium(List<String> args, Path profile) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(args);
    // its own settings folders too, beside the profile: chromium writes there whatever the profile
    Run r =
        run(
            command,
            java.util.Map.of(
                "XDG_CONFIG_HOME", profile + "-config", "XDG_CACHE_HOME", profile + "-cache"));
    assertThat(r.code()).as("chromium " + args).isZero();
    return r;
  }

  record Run(int code, String out) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    return run(command, java.util.Map.of());
  }

  static Run run(List<String> command, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
