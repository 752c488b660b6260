package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * Issue 12: the backward tail reader finds what the forward reader finds (the latest triage and the
 * records of the window), reading only the end of the file.
 */
class HistoryTailTest {
  @TempDir Path dir;
  static final Supplier<Instant> NOW = () -> SyntheticHistory.NOW;

  private Path write(byte[] bytes) {
    return SyntheticHistory.write(dir, bytes);
  }

  @Test
  void theTailFindsTheLatestTriageAndTheWindowAsTheForwardReadDoes() {
    qt().withFixedSeed(20261212L)
        .withExamples(100)
        .forAll(
            Generate.longRange(0, Long.MAX_VALUE),
            Generate.oneOf(Generate.range(0, 40), Generate.range(0, 1500)))
        .checkAssert(
            (seed, size) -> {
              byte[] bytes = SyntheticHistory.make(seed, size);
              HistoryStore store = new HistoryStore(write(bytes), NOW);
              try {
                HistoryStore.Contents all = store.read();
                // the tail's two callers: records built (remind), the safety net's facts (routine)
                HistoryStore.Tail<HistoryRecord> tail =
                    store.tail(SafetyNet.WINDOW, ReadRecord::record);
                HistoryStore.Tail<SafetyNet.Session> facts =
                    store.tail(SafetyNet.WINDOW, SafetyNet.Session::read);
                Instant from = SyntheticHistory.NOW.minus(SafetyNet.WINDOW);
                List<SessionRecord> window =
                    all.sessions().stream()
                        .filter(s -> s.time().toInstant().isAfter(from))
                        .toList();
                assertThat(tail.latestTriage()).isEqualTo(all.latestTriage());
                assertThat(tail.sessions()).isEqualTo(window);
                assertThat(facts.latestTriage()).isEqualTo(all.latestTriage());
                assertThat(facts.sessions())
                    .isEqualTo(window.stream().map(SafetyNet.Session::of).toList());
                assertThat(facts.warnings()).isEqualTo(tail.warnings());
                assertThat(facts.triages()).isEqualTo(all.latestTriage().stream().toList());
                // the safety net says the same from either
                var now = SyntheticHistory.NOW.atZone(java.time.ZoneOffset.UTC);
                assertThat(SafetyNet.check(facts.sessions(), facts.triages(), now))
                    .isEqualTo(
                        SafetyNet.check(
                            all.sessions().stream().map(SafetyNet.Session::of).toList(),
                            all.triages(),
                            now));
                // a cut-off last line is named by both; every warning of the tail's is the forward
                // read's
                // or counted from the end
                List<String> cut =
                    all.warnings().stream().filter(w -> w.contains("cut off")).toList();
                assertThat(tail.warnings())
                    .containsAll(
                        cut.isEmpty()
                                || tail.warnings().stream()
                                    .anyMatch(
                                        w ->
                                            w.contains(" from the end: ")
                                                || w.contains(", last line: "))
                            ? List.of()
                            : cut);
                assertThat(tail.warnings().stream().anyMatch(w -> w.contains("cut off")))
                    .isEqualTo(!cut.isEmpty());
                for (String w : tail.warnings()) {
                  assertThat(
                          all.warnings().contains(w)
                              || w.contains(" from the end: ")
                              || w.contains(", last line: "))
                      .as(w)
                      .isTrue();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Bytes read by a tail of files of 2,000 and 100,000 records with the same last weeks. */
  @Test
  void theTailReadsTheSameFewBytesHoweverLongTheHistory() throws IOException {
    long small = tailBytes(2_000);
    long big = tailBytes(100_000);
    long bigSize = Files.size(dir.resolve("backcare").resolve(HistoryStore.FILE_NAME));
    assertThat(bigSize).isGreaterThan(20L << 20);
    assertThat(big).isEqualTo(small).isLessThanOrEqualTo(2L * Lines.CHUNK);
    // the forward read, through the same counter, reads every byte
    AtomicLong forward = new AtomicLong();
    counting(forward).read();
    assertThat(forward.get()).isEqualTo(bigSize);
  }

  /**
   * A file of {@code records} sessions an hour apart up to now, with a triage a day (the last ones
   * a week ago).
   */
  private long tailBytes(int records) throws IOException {
    StringBuilder b = new StringBuilder();
    java.util.Random random = new java.util.Random(1);
    for (int i = records; i > 0; i--) {
      Instant t = SyntheticHistory.NOW.minus(Duration.ofHours(i));
      b.append(
              i % 24 == 0 && i > 24 * 7
                  ? SyntheticHistory.triage(random, t)
                  : SyntheticHistory.session(random, t))
          .append('\n');
    }
    write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AtomicLong read = new AtomicLong();
    HistoryStore.Tail<SafetyNet.Session> tail =
        counting(read).tail(SafetyNet.WINDOW, SafetyNet.Session::read);
    HistoryStore.Contents all = counting(new AtomicLong()).read();
    Instant from = SyntheticHistory.NOW.minus(SafetyNet.WINDOW);
    assertThat(tail.sessions())
        .containsExactlyElementsOf(
            all.sessions().stream()
                .filter(r -> r.time().toInstant().isAfter(from))
                .map(SafetyNet.Session::of)
                .toList());
    assertThat(tail.latestTriage()).isPresent().isEqualTo(all.latestTriage());
    return read.get();
  }

  private HistoryStore counting(AtomicLong bytes) {
    return new HistoryStore(
        dir.resolve("backcare").resolve(HistoryStore.FILE_NAME),
        NOW,
        null,
        source ->
            (into, position) -> {
              int n = source.read(into, position);
              if (n > 0) bytes.addAndGet(n);
              return n;
            });
  }
}
