package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Issue 12: the data formats write a line in the form backcare writes (canonical) from its bytes,
 * without building its record, and any other line from its record. For every line the byte reader
 * accepts: what the figures read from it is what its record holds; it is canonical exactly when
 * {@link RecordJson#encode} of its record gives its bytes back; and then its JSON (the line itself)
 * and its CSV row are those its record gives. Any record's JSON reads back as its fields.
 */
class PlainFormatsPropertyTest {
  private static final List<String> TEXTS =
      List.of(
          "morning", "desk", "a,b", "x\"y", "rücken", "tab\there", "emoji\uD83D\uDE00", "", " ");
  private static final List<String> FILES =
      List.of("/home/me/r.yaml", "C:,x.yaml", "odd\u0085name.yaml", "é.yaml");
  private static final List<String> IDS = List.of("sciatica", "pregnancy", "a,b", "q1");
  private static final List<Integer> OFFSETS = List.of(0, 0, 0, 120, -300, 330);

  /** Records of every shape a line can hold, encoded as backcare writes them. */
  static String encodedRecord(Random r) {
    OffsetDateTime t =
        Instant.parse("2024-01-01T00:00:00Z")
            .plusSeconds(r.nextInt(10_000_000))
            .atOffset(ZoneOffset.ofTotalSeconds(60 * OFFSETS.get(r.nextInt(OFFSETS.size()))));
    if (r.nextInt(5) == 0) {
      return RecordJson.encode(
          new TriageRecord(
              1,
              t,
              pick(r, List.of("self-care", "emergency", "soon", "a,b")),
              some(r, IDS),
              some(r, IDS),
              r.nextBoolean(),
              r.nextBoolean() ? null : pick(r, List.of("gate", "unfinished", "x,y")),
              r.nextBoolean() ? null : pick(r, TEXTS),
              r.nextBoolean() ? List.of() : some(r, TEXTS)));
    }
    return RecordJson.encode(
        new SessionRecord(
            1,
            t,
            t.plusSeconds(r.nextInt(1000)),
            pick(r, TEXTS.subList(0, TEXTS.size() - 2)),
            r.nextInt(3) == 0 ? pick(r, FILES) : null,
            some(r, IDS),
            r.nextInt(12),
            steps(r),
            steps(r),
            r.nextInt(5000),
            r.nextInt(100),
            pick(r, List.of("done", "skipped", "stopped-for-pain", "a,b")),
            r.nextBoolean() ? null : r.nextInt(11),
            r.nextBoolean() ? null : r.nextInt(11)));
  }

  /**
   * A line in the shapes encode never writes though they read the same. A triage's: an empty advice
   * list, a null source or headline, its optional fields in another order. A session's: every field
   * there but two of them swapped, an empty list as null, a UTC time as +00:00 (each past what
   * {@link PlainLine#canonical}'s quick look at a session's fields in order may take).
   */
  static List<String> nearlyCanonical(String line) {
    if (line.startsWith("{\"type\":\"session\"")) return nearlyCanonicalSession(line);
    if (!line.startsWith("{\"type\":\"triage\"")) return List.of();
    String body = line.substring(0, line.length() - 1);
    List<String> variants = new ArrayList<>();
    if (!line.contains("\"advice\"")) variants.add(body + ",\"advice\":[]}");
    if (!line.contains("\"source\"")) variants.add(body + ",\"source\":null}");
    if (!line.contains("\"headline\"")) variants.add(body + ",\"headline\":null}");
    int source = line.indexOf(",\"source\":");
    int headline = line.indexOf(",\"headline\":");
    if (source > 0 && headline > source) { // headline before source
      int afterHeadline = line.indexOf(",\"", headline + 1);
      String head = line.substring(headline, afterHeadline < 0 ? line.length() - 1 : afterHeadline);
      variants.add(line.substring(0, source) + head + line.substring(source).replace(head, ""));
    }
    return variants;
  }

  private static List<String> nearlyCanonicalSession(String line) {
    List<String> variants = new ArrayList<>();
    int painBefore = line.indexOf(",\"painBefore\":");
    int painAfter = line.indexOf(",\"painAfter\":");
    variants.add( // the pains the other way round: the last two fields
        line.substring(0, painBefore)
            + line.substring(painAfter, line.length() - 1)
            + line.substring(painBefore, painAfter)
            + "}");
    for (String list : List.of("\"conditions\":[]", "\"stepsDone\":[]", "\"stepsSkipped\":[]"))
      if (line.contains(list)) variants.add(line.replace(list, list.replace("[]", "null")));
    if (line.contains("Z\",")) variants.add(line.replaceFirst("Z\",", "+00:00\","));
    return variants;
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static <T> List<T> some(Random r, List<T> from) {
    List<T> list = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) list.add(pick(r, from));
    return list;
  }

  private static List<Integer> steps(Random r) {
    List<Integer> list = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) list.add(1 + r.nextInt(1000));
    return list;
  }

  @Test
  void aCanonicalLineIsWrittenFromItsBytesAsFromItsRecord() {
    int[] canonical = {0};
    int[] otherSessions = {0}; // read by the byte reader, not canonical
    PlainLine plain = new PlainLine();
    java.util.function.Consumer<String> check =
        line -> {
          RecordJson.Decoded decoded = RecordJson.decode(line);
          if (decoded.record() != null) { // its JSON is its record's, whatever the text
            ReadRecord r = new ReadRecord.Built(decoded.record());
            assertThat(tree(json(r))).as(line).isEqualTo(tree(decoded.record()));
          }
          byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
          if (!plain.scan(bytes, 0, bytes.length)) return;
          HistoryRecord record = plain.record();
          ReadRecord built = new ReadRecord.Built(record);
          assertThat(
                  List.of(
                      plain.isSession(),
                      plain.timeNanos(),
                      plain.skipped(),
                      plain.stoppedForPain()))
              .as(line)
              .isEqualTo(
                  List.of(
                      built.isSession(),
                      built.timeNanos(),
                      built.skipped(),
                      built.stoppedForPain()));
          // what the safety net takes of a line, read or built, is what it takes of the record
          assertThat(SafetyNet.Session.read(plain))
              .as(line)
              .isEqualTo(SafetyNet.Session.read(built))
              .isEqualTo(record instanceof SessionRecord s ? SafetyNet.Session.of(s) : null);
          assertThat(List.of(plain.activeSeconds(), plain.painBefore(), plain.painAfter()))
              .as(line)
              .isEqualTo(List.of(built.activeSeconds(), built.painBefore(), built.painAfter()));
          boolean same = RecordJson.encode(record).equals(line);
          assertThat(plain.canonical() != null).as(line).isEqualTo(same);
          if (!same) {
            if (record instanceof SessionRecord) otherSessions[0]++;
            return;
          }
          canonical[0]++;
          assertThat(json(plain)).as(line).isEqualTo(line).isEqualTo(json(built));
          if (record instanceof SessionRecord s) {
            assertThat(csv(plain)).as(line).isEqualTo(csv(new ReadRecord.Built(s)));
          }
        };
    qt().withFixedSeed(20261202L)
        .withExamples(3000)
        .forAll(Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            seed -> {
              String line = encodedRecord(new Random(seed));
              check.accept(line);
              for (String variant : nearlyCanonical(line)) check.accept(variant);
            });
    qt().withFixedSeed(20261203L)
        .withExamples(300)
        .forAll(HistoryReaderPropertyTest.historyFiles())
        .checkAssert(
            bytes -> {
              for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1))
                check.accept(line);
            });
    assertThat(canonical[0]).isGreaterThan(1000);
    assertThat(otherSessions[0]).isGreaterThan(1000);
  }

  /**
   * A CSV row longer than a batch ({@link CsvRow#BATCH}), between short ones: written whole from
   * the line's bytes (straight into the row's buffer, which grows for it) as from its record.
   */
  @Test
  void aRowLongerThanTheBatchIsWrittenWholeFromItsLine() {
    OffsetDateTime t = OffsetDateTime.parse("2024-05-01T07:30:00Z");
    String longId = "a,b".repeat(CsvRow.BATCH / 2);
    List<SessionRecord> sessions = new ArrayList<>();
    for (String id : List.of("morning", longId, "desk", longId + longId, "quick"))
      sessions.add(
          new SessionRecord(
              1,
              t,
              t.plusSeconds(60),
              id,
              null,
              List.of("disc,x", "y"),
              3,
              List.of(1, 2),
              List.of(3),
              60,
              0,
              "done",
              4,
              null));
    ByteArrayOutputStream fromLines = new ByteArrayOutputStream();
    ByteArrayOutputStream fromRecords = new ByteArrayOutputStream();
    HistoryListing.RecordSink lines = DataFormats.csv(fromLines);
    HistoryListing.RecordSink records = DataFormats.csv(fromRecords);
    PlainLine plain = new PlainLine();
    for (SessionRecord s : sessions) {
      byte[] line = RecordJson.encode(s).getBytes(StandardCharsets.UTF_8);
      assertThat(plain.scan(line, 0, line.length)).isTrue();
      assertThat(plain.canonical()).isNotNull();
      lines.add(plain, 0);
      records.add(new ReadRecord.Built(s), 0);
    }
    try {
      lines.finish(null);
      records.finish(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String csv = fromLines.toString(StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(fromRecords.toString(StandardCharsets.UTF_8));
    assertThat(csv.split("\n")).hasSize(6);
    assertThat(csv).contains(",\"" + longId + longId + "\",,\"disc,x;y\",3,1;2,3,60,0,done,4,");
  }

  /** The record's JSON as `history --json` and `--jsonl` write it ({@link DataFormats#json}). */
  private static String json(ReadRecord r) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      DataFormats.json(r, b::write);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The record's fields as Jackson's own ObjectMapper writes them, read back. */
  private static com.fasterxml.jackson.databind.JsonNode tree(HistoryRecord r) {
    try {
      return tree(MAPPER.writeValueAsString(RecordJson.fields(r)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String csv(ReadRecord r) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    HistoryListing.RecordSink sink = DataFormats.csv(b);
    sink.add(r, 0);
    try {
      sink.finish(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString(StandardCharsets.UTF_8);
  }
}
