package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import backcare.Property;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 10: for any history file of bounded size (random bytes, valid records mutated, huge
 * numbers, odd times, deep nesting), reading gives records and warnings, quickly, and never throws;
 * every record it gives is one that can be trusted. QuickTheories with a fixed seed; the tries keep
 * it to a few seconds.
 */
class HistoryReaderPropertyTest {
  static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");

  /** Processor time, not the wall clock: a parse's work, whatever else the machine does. */
  static final long TIME_BOUND_MILLIS = 1000;

  static final List<String> GOOD =
      List.of(
          "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-01T07:30:00+02:00\",\"end\":\"2024-05-01T07:38:00+02:00\","
              + "\"routine\":\"morning\",\"file\":null,\"conditions\":[\"stenosis\"],\"totalSteps\":8,"
              + "\"stepsDone\":[1,2,3,4,5,6,7,8],\"stepsSkipped\":[],\"activeSeconds\":480,\"pausedSeconds\":0,"
              + "\"ending\":\"done\",\"painBefore\":5,\"painAfter\":3}",
          "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-02T09:00:00Z\",\"outcome\":\"urgent\","
              + "\"triggered\":[\"fever\"],\"conditions\":[],\"cleared\":false}");

  /**
   * What a mutation puts in: numbers and times at and past every limit, JSON's edges, control
   * bytes.
   */
  static final List<String> ODD =
      List.of(
          "1e309",
          "-1e309",
          "99999999999999999999999999999999",
          "-0",
          "1.5",
          "9223372036854775808",
          "2147483648",
          "-2147483649",
          "NaN",
          "null",
          "true",
          "\"\"",
          "[]",
          "{}",
          "\"+999999999-12-31T23:59:59Z\"",
          "\"-999999999-01-01T00:00:00Z\"",
          "\"2024-02-30T25:61:61+19:00\"",
          "\"1970-01-01T00:00:00Z\"",
          "\"2099-01-01T00:00:00Z\"",
          "\"2024-05-20T12:04:59Z\"",
          "\"2024-05-20T12:05:01Z\"",
          "\"9999-12-31T23:59:59-18:00\"",
          "\"0000-01-01T00:00:00Z\"",
          "\"2024-05-01T07:30:00.123456789+02:00\"",
          "\"2024-02-29T07:30:00Z\"",
          "\"2023-02-29T07:30:00Z\"",
          "\"1900-02-29T07:30:00Z\"",
          "\"2000-02-29T23:59:59-18:00\"",
          "\"2024-04-31T07:30:00Z\"",
          "\"2024-13-01T07:30:00Z\"",
          "\"2024-05-01T24:00:00Z\"",
          "\"2024-05-01T07:60:00Z\"",
          "\"2024-05-01T07:30:00+18:01\"",
          "\"2024-05-01T07:30:00-00:00\"",
          "\"2024-05-01T07:30:00+1:00\"",
          "\"2024-05-01t07:30:00z\"",
          "\"2024-05-01T07:30:00\"",
          "\"2024-05-01 07:30:00Z\"",
          "[".repeat(3000),
          "{\"a\":".repeat(2000),
          "\"\\u0000\\u001b[2J\"",
          "\"\\ud800\"",
          "\u0000",
          "\n",
          "\r\n",
          "\"" + "x".repeat(5000) + "\"",
          "1" + "0".repeat(1200),
          "\u00ff\u00fe",
          "\\");

  static Gen<byte[]> historyFiles() {
    Gen<byte[]> randomBytes =
        Generate.byteArrays(
            Generate.range(0, 8192), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    Gen<String> good = Generate.pick(GOOD);
    Gen<String> odd = Generate.pick(ODD);
    Gen<String> mutatedLine =
        good.zip(
            Generate.range(0, 10_000),
            Generate.range(0, 40),
            odd,
            (line, at, cut, o) -> {
              int from = at % line.length();
              int to = Math.min(line.length(), from + cut);
              return line.substring(0, from) + o + line.substring(to);
            });
    Gen<String> fieldSwapped =
        good.zip(
            Generate.pick(
                List.of(
                    "start",
                    "end",
                    "time",
                    "activeSeconds",
                    "pausedSeconds",
                    "painBefore",
                    "version",
                    "totalSteps",
                    "stepsDone",
                    "conditions",
                    "cleared",
                    "type")),
            odd,
            (line, field, o) ->
                line.replaceFirst(
                    "\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|[^,}]*)",
                    java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + o)));
    Gen<String> line =
        Generate.frequency(
            Pair.of(3, mutatedLine),
            Pair.of(3, fieldSwapped),
            Pair.of(1, good),
            Pair.of(1, strings().allPossible().ofLengthBetween(0, 200)));
    Gen<byte[]> lines =
        lists()
            .of(line)
            .ofSizeBetween(0, 60)
            .map(l -> String.join("\n", l).getBytes(StandardCharsets.UTF_8));
    return Generate.frequency(Pair.of(1, randomBytes), Pair.of(4, lines));
  }

  @Test
  void anyContentReadsAsTrustedRecordsAndWarningsInTimeNeverAnException() {
    qt().withFixedSeed(20261201L)
        .withExamples(400)
        .forAll(historyFiles())
        .checkAssert(
            bytes -> {
              HistoryStore.Contents[] parsed = new HistoryStore.Contents[1];
              long nanos =
                  Property.cpuNanos(() -> parsed[0] = HistoryStore.parse("h.jsonl", bytes, NOW));
              assertThat(nanos / 1_000_000)
                  .as("ms of processor time")
                  .isLessThan(TIME_BOUND_MILLIS);
              HistoryStore.Contents c = parsed[0];
              for (HistoryRecord r : c.records()) {
                assertThat(
                        RecordJson.untrustedTime(
                            r, HistoryStore.EARLIEST, NOW.plus(HistoryStore.CLOCK_SKEW)))
                    .isNull();
                if (r instanceof SessionRecord s) {
                  assertThat(s.activeSeconds()).isBetween(0L, RecordJson.MAX_SECONDS);
                  assertThat(s.pausedSeconds()).isBetween(0L, RecordJson.MAX_SECONDS);
                }
              }
              for (String w : c.warnings()) assertThat(w).matches("(?s)h\\.jsonl:\\d+: .*");
              // what every consumer does with the records must not throw either
              List<SessionRecord> sessions = c.sessionsByTime();
              Stats.totals(sessions);
              Stats.streak(
                  sessions,
                  NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                  java.time.ZoneOffset.UTC);
              SafetyNet.check(
                  sessions.stream().map(SafetyNet.Session::of).toList(),
                  c.triages(),
                  NOW.atZone(java.time.ZoneOffset.UTC));
              c.latestTriageConditions();
            });
  }

  /**
   * Issue 12: a line read by hand (the plain form backcare writes) gives exactly the fields Jackson
   * gives; anything the hand reader declines is left to Jackson.
   */
  @Test
  void theHandReaderAgreesWithJacksonOnEveryLineItAccepts() {
    int[] accepted = {0};
    qt().withFixedSeed(20261203L)
        .withExamples(400)
        .forAll(historyFiles())
        .checkAssert(
            bytes -> {
              for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
                RecordJson.Fields plain = new RecordJson.Fields();
                if (!plain.readPlain(line)) continue;
                accepted[0]++;
                try {
                  assertThat(RecordJson.Fields.parseWithJackson(line)).as(line).isEqualTo(plain);
                } catch (java.io.IOException e) {
                  throw new AssertionError("read by hand, refused by Jackson: " + line, e);
                }
              }
            });
    for (String line : GOOD) {
      assertThat(new RecordJson.Fields().readPlain(line)).as(line).isTrue();
    }
    assertThat(accepted[0]).isGreaterThan(1000);
  }

  /**
   * Issue 12: a line read straight from its bytes ({@link PlainLine}, how `history` reads nearly
   * every line) decodes to exactly the record {@link RecordJson#decode} gives, with no warning; any
   * line it declines goes to RecordJson.decode. Over mutated and damaged lines and over realistic
   * histories.
   */
  @Test
  void theByteReaderAgreesWithTheFullReaderOnEveryLineItAccepts() {
    int[] accepted = {0};
    PlainLine plain = new PlainLine();
    java.util.function.Consumer<byte[]> check =
        bytes -> {
          int start = 0;
          for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            if (plain.scan(bytes, start, i)) {
              accepted[0]++;
              RecordJson.Decoded d = RecordJson.decode(line);
              assertThat(d.warning()).as(line).isNull();
              assertThat(plain.record()).as(line).isEqualTo(d.record());
              assertThat(plain.startSecond()).isEqualTo(d.record().time().toEpochSecond());
              long end =
                  d.record() instanceof SessionRecord s
                      ? s.end().toEpochSecond()
                      : d.record().time().toEpochSecond();
              assertThat(plain.endSecond()).as(line).isEqualTo(end);
              assertThat(plain.skipped())
                  .isEqualTo(d.record() instanceof SessionRecord s && s.skipped());
              assertThat(plain.stoppedForPain())
                  .isEqualTo(d.record() instanceof SessionRecord s && s.stoppedForPain());
            }
            start = i + 1;
          }
        };
    qt().withFixedSeed(20261213L).withExamples(400).forAll(historyFiles()).checkAssert(check);
    qt().withFixedSeed(20261214L)
        .withExamples(100)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(0, 200))
        .checkAssert((seed, size) -> check.accept(SyntheticHistory.make(seed, size)));
    for (String line : GOOD) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(plain.scan(bytes, 0, bytes.length)).as(line).isTrue();
    }
    assertThat(accepted[0]).isGreaterThan(5000);
  }

  /**
   * Issue 12: the byte reader judges a time's form, a field's name and null/true/false on its own
   * terms, not Jackson's. Every single byte of each of those, set to each of the 256 values, is
   * accepted exactly when the line is still a good record in the plain form: a time in backcare's
   * form that is a real time, the same names, the same words. Before each such line, a good one, so
   * that the reader's memory of the last day is in play.
   */
  @Test
  void everyByteOfATimeANameOrAWordIsJudgedAsOnItsOwn() {
    String session = GOOD.get(0);
    String triage = GOOD.get(1);
    PlainLine plain = new PlainLine();
    int judged = 0;
    for (String line : GOOD) {
      for (String part : List.of("\"start\":\"", "\"end\":\"", "\"time\":\"")) {
        int from = line.indexOf(part);
        if (from < 0) continue;
        int textFrom = from + part.length();
        int textTo = line.indexOf('"', textFrom);
        for (int at = from; at <= textTo; at++)
          judged += judgeEveryByte(plain, line, at, textFrom, textTo);
      }
      for (String part : List.of("null", "false", "\"painAfter\":", "\"type\":", "\"end\":")) {
        int from = line.indexOf(part);
        if (from < 0) continue;
        for (int at = from; at < from + part.length(); at++)
          judged += judgeEveryByte(plain, line, at, -1, -1);
      }
    }
    assertThat(session).contains("\"file\":null");
    assertThat(triage).contains("\"cleared\":false");
    assertThat(judged).isGreaterThan(20_000);
  }

  /**
   * Sets byte {@code at} of {@code line} to each value in turn and checks the reader's verdict:
   * when {@code at} is within the time at {@code line[textFrom..textTo)}, accepted exactly when
   * that time is in backcare's form and real; anywhere else, accepted only when the byte is the
   * line's own.
   */
  private static int judgeEveryByte(
      PlainLine plain, String line, int at, int textFrom, int textTo) {
    byte[] good = line.getBytes(StandardCharsets.US_ASCII);
    for (int v = 0; v < 256; v++) {
      byte[] bytes = good.clone();
      bytes[at] = (byte) v;
      assertThat(plain.scan(good, 0, good.length)).isTrue();
      boolean accepted = plain.scan(bytes, 0, bytes.length);
      boolean expected;
      if (at >= textFrom && at < textTo) {
        expected =
            timeInForm(new String(bytes, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1));
      } else {
        expected = v == (good[at] & 0xff);
      }
      String shown = new String(bytes, StandardCharsets.ISO_8859_1);
      assertThat(accepted).as("byte %d set to %d: %s", at, v, shown).isEqualTo(expected);
      if (accepted) {
        assertThat(plain.record())
            .as(shown)
            .isEqualTo(RecordJson.decode(new String(bytes, StandardCharsets.UTF_8)).record());
      }
    }
    return 256;
  }

  /** Backcare's form of a time, {@code 2024-05-06T07:30:00Z} or with {@code +HH:MM}, and real. */
  private static boolean timeInForm(String text) {
    if (!text.matches(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})"))
      return false;
    try {
      java.time.OffsetDateTime.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Issue 12: a good line's end is found by the same pass that reads it ({@link
   * PlainLine#scanLine}): it takes exactly the lines {@link PlainLine#scan} accepts once their
   * newline is known, when that newline comes before the limit, with the same fields; anything else
   * it leaves.
   */
  @Test
  void scanningToTheNewlineAcceptsWhatScanningTheLineAccepts() {
    PlainLine whole = new PlainLine();
    PlainLine ahead = new PlainLine();
    int[] taken = {0};
    qt().withFixedSeed(20261216L)
        .withExamples(300)
        .forAll(Generate.frequency(Pair.of(1, historyFiles()), Pair.of(2, oddlyEndedFiles())))
        .checkAssert(
            bytes -> {
              int start = 0;
              for (int i = 0; i <= bytes.length; i++) {
                if (i < bytes.length && bytes[i] != '\n') continue;
                boolean good = whole.scan(bytes, start, i) && i < bytes.length;
                // the limit anywhere from the line's start to past its newline
                for (int limit : new int[] {start, (start + i) / 2, i, i + 1, bytes.length}) {
                  if (limit > bytes.length) continue;
                  int length = ahead.scanLine(bytes, start, limit);
                  String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                  if (good && limit > i) {
                    assertThat(length).as(line).isEqualTo(i - start);
                    assertThat(ahead.record()).as(line).isEqualTo(whole.record());
                    assertThat(ahead.startSecond()).isEqualTo(whole.startSecond());
                    assertThat(ahead.endSecond()).isEqualTo(whole.endSecond());
                    assertThat(ahead.skipped()).isEqualTo(whole.skipped());
                    taken[0]++;
                  } else {
                    assertThat(length).as(line + " up to " + (limit - start)).isEqualTo(-1);
                  }
                }
                start = i + 1;
              }
            });
    assertThat(taken[0]).isGreaterThan(5000);
  }

  /**
   * Issue 12: {@link Lines#forwards} hands on the same lines, offsets and ends whether or not the
   * sink takes some lines itself ({@link Lines.ByteSink#take}), at any chunk size: here a sink that
   * takes every line of an even length that it finds whole in the chunk.
   */
  @Test
  void linesTakenByTheSinkLeaveTheOtherLinesAsTheyWere() {
    qt().withFixedSeed(20261217L)
        .withExamples(300)
        .forAll(
            Generate.frequency(Pair.of(1, historyFiles()), Pair.of(2, oddlyEndedFiles())),
            Generate.range(1, 700))
        .checkAssert(
            (bytes, chunkSize) -> {
              List<String> plain = new java.util.ArrayList<>();
              List<String> taking = new java.util.ArrayList<>();
              Lines.ByteSink plainSink =
                  (b, from, length, offset, unended) ->
                      plain.add(line(b, from, length, offset, unended));
              Lines.ByteSink takingSink =
                  new Lines.ByteSink() {
                    @Override
                    public boolean line(
                        byte[] b, int from, int length, long offset, boolean unended) {
                      return taking.add(
                          HistoryReaderPropertyTest.line(b, from, length, offset, unended));
                    }

                    @Override
                    public int take(byte[] b, int from, int limit, long offset) {
                      int end = from;
                      while (end < limit && b[end] != '\n') end++;
                      if (end == limit || (end - from) % 2 != 0) return -1;
                      taking.add(
                          HistoryReaderPropertyTest.line(b, from, end - from, offset, false));
                      return end - from;
                    }
                  };
              try {
                Lines.forwards(Lines.Source.of(bytes), bytes.length, Lines.CHUNK, plainSink);
                Lines.forwards(Lines.Source.of(bytes), bytes.length, chunkSize, takingSink);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              assertThat(taking).isEqualTo(plain);
            });
  }

  /**
   * Issue 12: {@link Lines#at} (a second look at some lines, by the offsets a forward read gave)
   * hands on exactly the lines the forward read gave at those offsets, at any chunk size: lines
   * across chunks, longer than a chunk, an unended last line.
   */
  @Test
  void aSecondLookAtSomeLinesGivesThemAsTheForwardReadDid() {
    qt().withFixedSeed(20261218L)
        .withExamples(300)
        .forAll(
            Generate.frequency(Pair.of(1, historyFiles()), Pair.of(2, oddlyEndedFiles())),
            Generate.range(1, 700),
            Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (bytes, chunkSize, seed) -> {
              List<String> all = new java.util.ArrayList<>();
              List<Long> offsets = new java.util.ArrayList<>();
              List<String> again = new java.util.ArrayList<>();
              java.util.Random pick = new java.util.Random(seed);
              try {
                Lines.forwards(
                    Lines.Source.of(bytes),
                    bytes.length,
                    Lines.CHUNK,
                    (b, from, length, offset, unended) -> {
                      if (pick.nextInt(3) > 0) {
                        all.add(line(b, from, length, offset, unended));
                        offsets.add(offset);
                      }
                      return true;
                    });
                long[] at = offsets.stream().mapToLong(Long::longValue).toArray();
                Lines.at(
                    Lines.Source.of(bytes),
                    bytes.length,
                    chunkSize,
                    at,
                    at.length,
                    (b, from, length, offset, unended) ->
                        again.add(line(b, from, length, offset, unended)));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              assertThat(again).isEqualTo(all);
            });
  }

  private static String line(byte[] b, int from, int length, long offset, boolean unended) {
    return offset
        + (unended ? " unended " : " ")
        + (b == null ? "(too long)" : new String(b, from, length, StandardCharsets.ISO_8859_1));
  }

  /**
   * Issue 12: how `history` reads a file (good lines taken whole by the scan that finds their end,
   * {@link HistoryStore#forwardRead}) gives exactly the records, offsets and warnings (by line
   * number) of reading it line by line, at any chunk size: lines across chunks, CRLF, a '}' then
   * more, cut-off, joined, blank and damaged lines, an unended last line.
   */
  @Test
  void theFusedReadGivesWhatTheLineByLineReadGives() {
    int[] taken = {0};
    qt().withFixedSeed(20261218L)
        .withExamples(300)
        .forAll(
            Generate.frequency(Pair.of(1, historyFiles()), Pair.of(3, oddlyEndedFiles())),
            Generate.frequency(
                Pair.of(3, Generate.range(1, 2000)), Pair.of(1, Generate.constant(Lines.CHUNK))))
        .checkAssert(
            (bytes, chunkSize) -> {
              List<String> byLine = new java.util.ArrayList<>();
              List<String> fused = new java.util.ArrayList<>();
              Lines.ByteSink lineByLine = forwardRead(byLine)::line;
              Lines.ByteSink read = forwardRead(fused);
              Lines.ByteSink counted =
                  new Lines.ByteSink() {
                    @Override
                    public boolean line(
                        byte[] b, int from, int length, long offset, boolean unended)
                        throws java.io.IOException {
                      return read.line(b, from, length, offset, unended);
                    }

                    @Override
                    public int take(byte[] b, int from, int limit, long offset)
                        throws java.io.IOException {
                      int length = read.take(b, from, limit, offset);
                      if (length >= 0) taken[0]++;
                      return length;
                    }
                  };
              try {
                Lines.forwards(Lines.Source.of(bytes), bytes.length, Lines.CHUNK, lineByLine);
                Lines.forwards(Lines.Source.of(bytes), bytes.length, chunkSize, counted);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              assertThat(fused).isEqualTo(byLine);
            });
    assertThat(taken[0]).isGreaterThan(10_000);
  }

  private static Lines.ByteSink forwardRead(List<String> events) {
    return HistoryStore.forwardRead(
        "h.jsonl",
        SyntheticHistory.NOW.plus(HistoryStore.CLOCK_SKEW),
        new HistoryStore.Visitor() {
          @Override
          public void record(ReadRecord record, long offset) {
            events.add(offset + " " + record.record() + " " + (record.canonical() != null));
          }

          @Override
          public void warning(String warning) {
            events.add(warning);
          }
        });
  }

  /**
   * Synthetic histories whose lines end in every way a line can: CRLF, a '}' then more, spaces, cut
   * off (and the next line after a newline, as an append after a crash writes it), two lines
   * joined, blank lines, a non-ASCII text, and a last line cut off or without its newline.
   */
  static Gen<byte[]> oddlyEndedFiles() {
    List<String> ends = List.of("\r", "}", " ", "x", "}}", "} ", ",", "\u00e9", "\r\r");
    return Generate.longRange(0, Long.MAX_VALUE)
        .zip(
            Generate.range(0, 300),
            (seed, size) -> {
              java.util.Random random = new java.util.Random(seed);
              String[] lines =
                  new String(SyntheticHistory.make(seed, size), StandardCharsets.UTF_8)
                      .split("\n", -1);
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int odd = random.nextInt(40);
                if (odd == 0) line = line + ends.get(random.nextInt(ends.size()));
                else if (odd == 1 && !line.isEmpty())
                  line = line.substring(0, random.nextInt(line.length()));
                else if (odd == 2) line = GOOD.get(random.nextInt(GOOD.size()));
                else if (odd == 3) line = line.replace("\"done\"", "\"d\u00f6ne\"");
                else if (odd == 4) b.append(random.nextBoolean() ? "\n" : "  \r\n");
                b.append(line);
                boolean last = i == lines.length - 1;
                if (!last && !(odd == 5)) b.append('\n'); // odd 5: joined with the next
              }
              return b.toString().getBytes(StandardCharsets.UTF_8);
            });
  }

  /**
   * Issue 12: the figures folded as the lines are read, mostly without building records (streak,
   * totals, latest sessions, safety net, latest triage), are those computed over the whole list of
   * records, with and without --since, in zones with clock changes and odd offsets.
   */
  @Test
  void theStreamedFiguresAreThoseOfTheWholeList() {
    Path file = dir.resolve("figures").resolve(HistoryStore.FILE_NAME);
    qt().withFixedSeed(20261215L)
        .withExamples(60)
        .forAll(
            Generate.longRange(0, Long.MAX_VALUE),
            Generate.range(0, 1500),
            Generate.range(0, 400 * 24),
            Generate.range(1, 120))
        .checkAssert(
            (seed, size, hours, keep) -> {
              java.time.ZoneId zone =
                  java.time.ZoneId.of(
                      StatsTest.ODD_ZONES.get((int) (seed % StatsTest.ODD_ZONES.size())));
              java.time.ZonedDateTime now = SyntheticHistory.NOW.atZone(zone);
              try {
                Files.createDirectories(file.getParent());
                Files.write(file, SyntheticHistory.make(seed, size));
                HistoryStore store = new HistoryStore(file, () -> SyntheticHistory.NOW);
                Instant from = hours == 0 ? null : now.toInstant().minusSeconds(hours * 3600L);
                assertThat(streamed(store, now, from, keep))
                    .isEqualTo(wholeList(store, now, from, keep));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  private static String streamed(
      HistoryStore store, java.time.ZonedDateTime now, Instant from, int keep)
      throws java.io.IOException {
    Figures f = FiguresTest.fold(store, now, from, keep);
    return List.of(
            f.streak(),
            f.totals(),
            f.sessions(),
            HistoryListing.latest(store, f, keep),
            f.alerts(),
            f.latestTriage())
        .toString();
  }

  /** The same figures, from every record in a list, the plain way. */
  private static String wholeList(
      HistoryStore store, java.time.ZonedDateTime now, Instant from, int keep)
      throws java.io.IOException {
    HistoryStore.Contents all = store.read();
    List<SessionRecord> inRange =
        all.sessionsByTime().stream()
            .filter(s -> from == null || !s.start().toInstant().isBefore(from))
            .toList();
    Instant netFrom = now.toInstant().minus(SafetyNet.WINDOW);
    List<SessionRecord> net =
        all.sessions().stream().filter(s -> s.start().toInstant().isAfter(netFrom)).toList();
    return List.of(
            Stats.streak(all.sessions(), now.toLocalDate(), now.getZone()),
            Stats.totals(inRange),
            inRange.size(),
            inRange.subList(Math.max(0, inRange.size() - keep), inRange.size()),
            SafetyNet.check(
                net.stream().map(SafetyNet.Session::of).toList(),
                all.latestTriage().map(List::of).orElse(List.of()),
                now),
            all.latestTriage())
        .toString();
  }

  @TempDir Path dir;

  @Test
  void theStoreReadsAnyFileWithoutAnExceptionAndNeverChangesIt() {
    Supplier<Instant> now = () -> NOW;
    Path file = dir.resolve("backcare").resolve(HistoryStore.FILE_NAME);
    qt().withFixedSeed(20261202L)
        .withExamples(60)
        .forAll(historyFiles())
        .checkAssert(
            bytes -> {
              try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                new HistoryStore(file, now).read();
                assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }
}
