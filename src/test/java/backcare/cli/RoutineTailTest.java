package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a routine's start reads the end of the history, not all of it. The bytes this process
 * reads while `routine quick --dry-run` runs over a 30 MB history are counted by Linux
 * (/proc/self/io, rchar: every read(2) of the process), not timed.
 */
class RoutineTailTest {
  @TempDir Path tmp;

  private static long bytesReadSoFar() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
      if (line.startsWith("rchar:")) return Long.parseLong(line.substring(6).trim());
    }
    throw new IllegalStateException("no rchar in /proc/self/io");
  }

  @Test
  void aDryRunReadsTheTailOfABigHistoryNotAllOfIt() throws IOException {
    Cli cli = new Cli(tmp);
    assertThat(cli.exec("routine", "quick", "--dry-run").code())
        .isZero(); // classes and routines loaded once
    HistoryCommandTest.write(cli.historyFile());
    Instant now = cli.now.toInstant();
    try (Writer w = Files.newBufferedWriter(cli.historyFile(), StandardCharsets.UTF_8)) {
      // a session every 10 minutes for about two years, a self-care triage a day; the latest sets
      // stenosis
      int records = 100_000;
      for (int i = records; i > 0; i--) {
        String at = now.minusSeconds(600L * i).atOffset(ZoneOffset.UTC).toString();
        w.write(
            i % 144 == 0
                ? HistoryCommandTest.triage(at, "self-care", i == 144 ? "\"stenosis\"" : "")
                : HistoryCommandTest.session(at, "morning", 300, "done", 3, 2));
        w.write('\n');
      }
    }
    long size = Files.size(cli.historyFile());
    assertThat(size).isGreaterThan(25L << 20);
    long before = bytesReadSoFar();
    Cli.Result r = cli.exec("routine", "quick", "--dry-run");
    long read = bytesReadSoFar() - before;
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Using the conditions from your triage on ");
    assertThat(r.out()).contains("stenosis");
    assertThat(read).as("bytes read of a %d-byte history", size).isLessThan(1L << 20);
    assertThat(r.err()).isEmpty();

    // a damaged line near the end is named by its place from the end (the start was never read)
    Files.writeString(
        cli.historyFile(),
        "garbage\n"
            + HistoryCommandTest.session(now.toString(), "desk", 60, "done", 2, 2).substring(0, 50),
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Result damaged = cli.exec("routine", "quick", "--dry-run");
    assertThat(damaged.code()).isZero();
    assertThat(damaged.err())
        .isEqualTo(
            "backcare: warning: "
                + cli.historyFile()
                + ", line 2 from the end: not valid JSON;"
                + " left out\nbackcare: warning: "
                + cli.historyFile()
                + ", last line: the last line is cut off (a write that"
                + " did not finish, perhaps a crash or power cut); left out\nbackcare: warning: every good record of the"
                + " last weeks was read; backcare never changes or trims the file\n");
  }
}
