package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures order records by their whole time: a line written by hand may have a fraction of a
 * second, and two records in the same second are ordered by it, not by the line they are on (the
 * review's case: an urgent screen hidden behind a self-care one written after it but timed before).
 */
class FiguresTest {
  @TempDir Path dir;

  private static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");

  /** The figures of a history, each record folded in as the forward read hands it on. */
  static Figures fold(HistoryStore store, ZonedDateTime now, Instant from, int keep)
      throws IOException {
    Figures f = new Figures(now, from, keep);
    store.forEach(
        new HistoryStore.Visitor() {
          @Override
          public void record(ReadRecord r, long offset) {
            f.add(r, offset);
          }

          @Override
          public void warning(String warning) {}
        });
    return f;
  }

  private Figures figures(List<String> lines, int keep) throws IOException {
    Path file = dir.resolve(HistoryStore.FILE_NAME);
    Files.write(file, lines);
    HistoryStore store = new HistoryStore(file, () -> NOW);
    Figures f = fold(store, ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC), null, keep);
    assertThat(f.latestTriage()).isEqualTo(store.read().latestTriage());
    return f;
  }

  @Test
  void theLaterScreenWithinASecondIsTheLatestWhereverItsLineIs() throws IOException {
    Figures f =
        figures(
            List.of(
                "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-18T06:00:00.900Z\","
                    + "\"outcome\":\"urgent\",\"triggered\":[\"numbness\"],\"conditions\":[\"disc\"],"
                    + "\"cleared\":false}",
                "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-18T06:00:00.100Z\","
                    + "\"outcome\":\"self-care\",\"triggered\":[],\"conditions\":[],\"cleared\":false}"),
            10);
    assertThat(f.latestTriage().orElseThrow().outcome()).isEqualTo("urgent");
    assertThat(f.alerts()).isNotEmpty();
  }

  @Test
  void sessionsWithinASecondAreInTheTableByTime() throws IOException {
    String late =
        HistoryLines.session(
            "2024-05-18T06:00:00.900Z", "late", "", 1, "[1]", 60, "done", "null", "null");
    String early =
        HistoryLines.session(
            "2024-05-18T06:00:00.100Z", "early", "", 1, "[1]", 60, "done", "null", "null");
    Path file = dir.resolve(HistoryStore.FILE_NAME);
    Figures f = figures(List.of(late, early), 10);
    HistoryStore store = new HistoryStore(file, () -> NOW);
    assertThat(HistoryListing.latest(store, f, 10))
        .extracting(SessionRecord::routine)
        .containsExactly("early", "late");
  }
}
