package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * `history --json` keeps the triages' JSON as they are read, up to a bound, and reads only those
 * past it again: the document is the same, byte for byte, whether every triage was kept, a few, or
 * none (as before the bound, when every triage's line was read again).
 */
class HistoryJsonTest {
  @TempDir Path dir;

  private static final ZonedDateTime NOW = SyntheticHistory.NOW.atZone(ZoneOffset.UTC);

  /** Triage lines not in backcare's own form: their JSON is their record's, encoded. */
  private static final List<String> ODD_TRIAGES =
      List.of(
          "{ \"type\": \"triage\", \"version\": 1, \"time\": \"2024-05-01T09:00:00+02:00\","
              + " \"outcome\": \"urgent\", \"triggered\": [\"numbness\"], \"conditions\": [],"
              + " \"cleared\": false }",
          "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-02T09:00:00Z\","
              + "\"outcome\":\"self-care\",\"triggered\":[\"persistent\"],"
              + "\"conditions\":[\"stenosis\"],\"cleared\":true,\"source\":\"gate\"}",
          "{\"version\":1,\"type\":\"triage\",\"outcome\":\"see-clinician\","
              + "\"time\":\"2024-05-03T09:00:00.250Z\",\"triggered\":[],\"conditions\":[\"disc\"],"
              + "\"cleared\":false,\"unknown\":\"\\u001b[31m\"}");

  private Path write(byte[] bytes) {
    return SyntheticHistory.write(dir, bytes);
  }

  /** The --json document of the history in {@code file}, keeping {@code triageBytes}. */
  private static String json(Path file, ZonedDateTime from, int triageBytes) {
    return json(file, from, triageBytes, t -> {});
  }

  /** The same, the sink handed to {@code after} once the document is written. */
  private static String json(
      Path file, ZonedDateTime from, int triageBytes, Consumer<HistoryJson> after) {
    HistoryStore store = new HistoryStore(file, () -> SyntheticHistory.NOW);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HistoryJson sink = new HistoryJson(out, store, from, triageBytes);
    HistoryListing.Problems quiet =
        new HistoryListing.Problems() {
          @Override
          public void note(String note) {}

          @Override
          public void warning(String warning) {}

          @Override
          public void finish() {}
        };
    try {
      HistoryListing.show(
          store,
          new HistoryListing.Request(NOW, from, 10, 80, true),
          sink,
          new PrintWriter(new StringWriter()),
          quiet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(sink.triageBytesHeld()).isLessThanOrEqualTo(triageBytes);
    after.accept(sink);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The lines of the document's list of triages, a triage a line ("[ ]" when none). */
  private static List<String> triages(String document) {
    List<String> lines = document.lines().toList();
    int at = lines.indexOf("  \"triages\" : [");
    if (at < 0) return List.of();
    List<String> rest = lines.subList(at + 1, lines.size());
    return rest.subList(0, rest.indexOf("  ],")); // "stats" and the rest follow
  }

  @Test
  void theDocumentIsTheSameWhateverNumberOfTriagesIsKept() {
    int[] overflowed = {0};
    qt().withFixedSeed(20261231L)
        .withExamples(80)
        .forAll(
            Generate.longRange(0, Long.MAX_VALUE),
            Generate.range(0, 600),
            Generate.range(0, 600),
            Generate.range(0, 30 * 24))
        .checkAssert(
            (seed, size, small, hours) -> {
              Random random = new Random(seed);
              List<String> lines =
                  new ArrayList<>(
                      new String(SyntheticHistory.make(seed, size), StandardCharsets.UTF_8)
                          .lines()
                          .toList());
              for (String odd : ODD_TRIAGES)
                if (random.nextBoolean()) lines.add(random.nextInt(lines.size() + 1), odd);
              Path file = write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
              ZonedDateTime from = hours == 0 ? null : NOW.minusHours(hours);

              String none = json(file, from, 0); // every triage read again, as before
              assertThat(json(file, from, HistoryJson.TRIAGE_BYTES)).isEqualTo(none);
              assertThat(json(file, from, Integer.MAX_VALUE)).isEqualTo(none);
              int listed = triages(none).size();
              assertThat(
                      json(
                          file,
                          from,
                          small,
                          t -> {
                            if (t.triagesKept() > 0 && t.triagesKept() < listed) overflowed[0]++;
                          }))
                  .isEqualTo(none);
            });
    // a bound of a few triages overflowed in many of the tries, past one kept triage or more
    assertThat(overflowed[0]).isGreaterThan(15);
  }

  @Test
  void aTriageAtTheBoundIsKeptAndTheNextOneReadAgain() {
    List<String> lines = new ArrayList<>();
    java.time.Instant first = SyntheticHistory.NOW.minusSeconds(40 * 86_400L);
    Random random = new Random(7);
    for (int i = 0; i < 12; i++) {
      lines.add(SyntheticHistory.session(random, first.plusSeconds(i * 86_400L)));
      lines.add(SyntheticHistory.triage(random, first.plusSeconds(i * 86_400L + 3600)));
    }
    lines.addAll(ODD_TRIAGES);
    Path file = write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    String all = json(file, null, 0);
    List<String> triages = triages(all);
    assertThat(triages).hasSize(15);
    // bounds that end exactly at a triage (it is kept), and a byte short of it (it is not, nor
    // any after it, even one that would fit)
    int bytes = 0;
    for (int i = 0; i < triages.size(); i++) {
      bytes += triages.get(i).strip().replaceAll(",$", "").length();
      int n = i + 1;
      assertThat(json(file, null, bytes, t -> assertThat(t.triagesKept()).isEqualTo(n)))
          .isEqualTo(all);
      assertThat(json(file, null, bytes - 1, t -> assertThat(t.triagesKept()).isEqualTo(n - 1)))
          .isEqualTo(all);
    }
    assertThat(
            json(
                file,
                null,
                HistoryJson.TRIAGE_BYTES,
                t -> assertThat(t.triagesKept()).isEqualTo(15)))
        .isEqualTo(all);
  }
}
