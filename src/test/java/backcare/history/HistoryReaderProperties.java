package backcare.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Issue 10: for any history file of bounded size (random bytes, valid records mutated, huge numbers,
 * odd times, deep nesting), reading gives records and warnings, quickly, and never throws; every
 * record it gives is one that can be trusted. Fixed seed; the tries keep it to a few seconds.
 */
class HistoryReaderProperties {
    static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");
    static final long TIME_BOUND_MILLIS = 1000;

    static final List<String> GOOD = List.of(
            "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-01T07:30:00+02:00\",\"end\":\"2024-05-01T07:38:00+02:00\","
                    + "\"routine\":\"morning\",\"file\":null,\"conditions\":[\"stenosis\"],\"totalSteps\":8,"
                    + "\"stepsDone\":[1,2,3,4,5,6,7,8],\"stepsSkipped\":[],\"activeSeconds\":480,\"pausedSeconds\":0,"
                    + "\"ending\":\"done\",\"painBefore\":5,\"painAfter\":3}",
            "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-02T09:00:00Z\",\"outcome\":\"urgent\","
                    + "\"triggered\":[\"fever\"],\"conditions\":[],\"cleared\":false}");

    /** What a mutation puts in: numbers and times at and past every limit, JSON's edges, control bytes. */
    static final List<String> ODD = List.of("1e309", "-1e309", "99999999999999999999999999999999", "-0", "1.5",
            "9223372036854775808", "2147483648", "-2147483649", "NaN", "null", "true", "\"\"", "[]", "{}",
            "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2024-02-30T25:61:61+19:00\"",
            "\"1970-01-01T00:00:00Z\"", "\"2099-01-01T00:00:00Z\"", "\"2024-05-20T12:04:59Z\"", "\"2024-05-20T12:05:01Z\"",
            "\"9999-12-31T23:59:59-18:00\"", "\"0000-01-01T00:00:00Z\"", "\"2024-05-01T07:30:00.123456789+02:00\"",
            "[".repeat(3000), "{\"a\":".repeat(2000), "\"\\u0000\\u001b[2J\"", "\"\\ud800\"", "\u0000", "\n", "\r\n",
            "\"" + "x".repeat(5000) + "\"", "1" + "0".repeat(1200), "\u00ff\u00fe", "\\");

    @Provide
    Arbitrary<byte[]> historyFiles() {
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(8192);
        Arbitrary<String> mutatedLine = Combinators.combine(Arbitraries.of(GOOD), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 40), Arbitraries.of(ODD)).as((line, at, cut, odd) -> {
                    int from = at % line.length();
                    int to = Math.min(line.length(), from + cut);
                    return line.substring(0, from) + odd + line.substring(to);
                });
        Arbitrary<String> fieldSwapped = Combinators.combine(Arbitraries.of(GOOD),
                Arbitraries.of("start", "end", "time", "activeSeconds", "pausedSeconds", "painBefore", "version",
                        "totalSteps", "stepsDone", "conditions", "cleared", "type"),
                Arbitraries.of(ODD)).as((line, field, odd) ->
                        line.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|[^,}]*)", java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + odd)));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, mutatedLine), net.jqwik.api.Tuple.of(3, fieldSwapped),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(GOOD)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
        Arbitrary<byte[]> lines = line.list().ofMaxSize(60).map(l -> String.join("\n", l).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, randomBytes), net.jqwik.api.Tuple.of(4, lines));
    }

    @Property(tries = 400, seed = "20261201")
    void anyContentReadsAsTrustedRecordsAndWarningsInTimeNeverAnException(@ForAll("historyFiles") byte[] bytes) {
        long started = System.nanoTime();
        HistoryStore.Contents c = HistoryStore.parse("h.jsonl", bytes, NOW);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(TIME_BOUND_MILLIS);
        for (HistoryRecord r : c.records()) {
            assertThat(RecordJson.untrustedTime(r, HistoryStore.EARLIEST, NOW.plus(HistoryStore.CLOCK_SKEW))).isNull();
            if (r instanceof SessionRecord s) {
                assertThat(s.activeSeconds()).isBetween(0L, RecordJson.MAX_SECONDS);
                assertThat(s.pausedSeconds()).isBetween(0L, RecordJson.MAX_SECONDS);
            }
        }
        for (String w : c.warnings()) assertThat(w).matches("(?s)h\\.jsonl:\\d+: .*");
        // what every consumer does with the records must not throw either
        List<SessionRecord> sessions = c.sessionsByTime();
        Stats.totals(sessions);
        Stats.streak(sessions, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), java.time.ZoneOffset.UTC);
        SafetyNet.check(sessions, c.triages(), NOW.atZone(java.time.ZoneOffset.UTC));
        c.latestTriageConditions();
    }

    private Path dir;

    @BeforeProperty
    void makeFolder() throws Exception {
        dir = Files.createTempDirectory("history-props");
    }

    @AfterProperty
    void removeFolder() throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Property(tries = 60, seed = "20261202")
    void theStoreReadsAnyFileWithoutAnExceptionAndNeverChangesIt(@ForAll("historyFiles") byte[] bytes) throws Exception {
        Supplier<Instant> now = () -> NOW;
        Path file = dir.resolve("backcare").resolve(HistoryStore.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        HistoryStore.Contents c = new HistoryStore(file, now).read();
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        List<String> all = new ArrayList<>(c.warnings());
        all.addAll(c.notes());
        assertThat(c.records().size() + all.size()).isGreaterThanOrEqualTo(0);
    }
}
