package backcare.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * History files made from a seed, as a long life of backcare leaves them: records in time order but
 * for some hours of jitter (a session is written when it ends), triages among the sessions, now and
 * then a damaged line, a record from the future or a blank line, records on the edge of the safety
 * net's window, and perhaps a cut-off or unended last line.
 */
final class SyntheticHistory {
  static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");
  private static final List<String> ROUTINES =
      List.of("morning", "desk", "evening-unwind", "quick", "gentle");
  private static final List<String> ENDINGS =
      List.of("done", "done", "done", "done", "quit", "skipped", "stopped-for-pain", "interrupted");
  private static final List<String> OUTCOMES =
      List.of("self-care", "self-care", "see-clinician", "urgent", "emergency");

  private SyntheticHistory() {}

  /** Writes {@code bytes} as the history file of a folder "backcare" in {@code dir}; its path. */
  static Path write(Path dir, byte[] bytes) {
    try {
      Path file = dir.resolve("backcare").resolve(HistoryStore.FILE_NAME);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] make(long seed, int records) {
    Random random = new Random(seed);
    double triageShare = new double[] {0, 0.01, 0.05, 0.3}[random.nextInt(4)];
    Duration span = Duration.ofHours(1 + random.nextInt(24 * 400));
    Instant first = NOW.minus(span);
    Instant edge = NOW.minus(SafetyNet.WINDOW);
    StringBuilder b = new StringBuilder(records * 300);
    for (int i = 0; i < records; i++) {
      Instant t = first.plusMillis((long) ((double) span.toMillis() * i / Math.max(1, records)));
      t = t.plusSeconds(random.nextInt(12 * 3600) - 6 * 3600); // out of order by up to 6 hours
      int odd = random.nextInt(100);
      // near the window's edge: on it, or a second either side
      if (odd < 30 && Duration.between(t, edge).abs().toHours() < 12)
        t = edge.plusSeconds(random.nextInt(3) - 1);
      if (t.isAfter(NOW)) t = NOW;
      if (odd == 3) {
        b.append("garbage ").append(i);
      } else if (odd == 4) {
        b.append(session(random, NOW.plus(Duration.ofDays(3))));
      } else if (odd == 5) {
        b.append("   ");
      } else if (random.nextDouble() < triageShare) {
        b.append(triage(random, t));
      } else {
        b.append(session(random, t));
      }
      b.append('\n');
    }
    int end = random.nextInt(10);
    if (end == 0 && b.length() > 0) b.setLength(b.length() - 1); // a last line without its newline
    if (end == 1) b.append(session(random, NOW.minusSeconds(60)), 0, 70); // cut off
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String session(Random random, Instant start) {
    OffsetDateTime s = start.atOffset(ZoneOffset.ofHours(random.nextInt(5) - 2));
    int seconds = 60 + random.nextInt(900);
    String ending = ENDINGS.get(random.nextInt(ENDINGS.size()));
    Integer before = random.nextInt(5) == 0 ? null : random.nextInt(11);
    Integer after = random.nextInt(4) == 0 ? null : random.nextInt(11);
    return HistoryLines.session(
        IsoTime.format(s),
        IsoTime.format(s.plusSeconds(seconds)),
        ROUTINES.get(random.nextInt(ROUTINES.size())),
        "",
        6,
        "[1,2,3,4,5,6]",
        seconds,
        ending,
        String.valueOf(before),
        String.valueOf(after));
  }

  static String triage(Random random, Instant time) {
    String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
    return "{\"type\":\"triage\",\"version\":1,\"time\":\""
        + IsoTime.format(time.atOffset(ZoneOffset.UTC))
        + "\",\"outcome\":\""
        + outcome
        + "\",\"triggered\":[],\"conditions\":[\""
        + (random.nextBoolean() ? "stenosis" : "disc")
        + "\"],\"cleared\":false}";
  }
}
