package backcare.history;

import static backcare.history.Records.session;
import static backcare.history.Records.triage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.routine.Condition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  @TempDir Path tmp;

  private HistoryStore store() {
    return HistoryStore.forEnv(Map.of("XDG_STATE_HOME", tmp.resolve("state").toString()));
  }

  private static final String GOOD_1 =
      "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-01T07:30:00+02:00\","
          + "\"end\":\"2024-05-01T07:38:00+02:00\",\"routine\":\"morning\",\"file\":null,\"conditions\":[],\"totalSteps\":8,"
          + "\"stepsDone\":[1,2,3,4,5,6,7,8],\"stepsSkipped\":[],\"activeSeconds\":480,\"pausedSeconds\":0,"
          + "\"ending\":\"done\",\"painBefore\":5,\"painAfter\":3}";
  private static final String GOOD_2 =
      GOOD_1.replace("2024-05-01", "2024-05-02").replace("\"morning\"", "\"desk\"");
  private static final String GOOD_3 =
      GOOD_1.replace("2024-05-01", "2024-05-03").replace("\"morning\"", "\"evening\"");

  private HistoryStore.Contents readLines(String text) throws IOException {
    HistoryStore store = store();
    Files.createDirectories(store.file().getParent());
    Files.writeString(store.file(), text);
    return store.read();
  }

  private static List<String> routines(HistoryStore.Contents c) {
    return c.sessions().stream().map(SessionRecord::routine).toList();
  }

  @Test
  void anAppendedSessionAndTriageReadBackAsTheyWere() throws IOException {
    HistoryStore store = store();
    SessionRecord s =
        new SessionRecord(
            1,
            OffsetDateTime.parse("2024-05-01T07:30:00+02:00"),
            OffsetDateTime.parse("2024-05-01T07:38:12+02:00"),
            "gentle",
            "/home/a/my.yaml",
            List.of("stenosis"),
            6,
            List.of(1, 2, 4),
            List.of(3),
            470,
            22,
            "stopped-for-pain",
            6,
            null);
    store.append(s);
    TriageRecord t =
        TriageRecord.of(
            OffsetDateTime.parse("2024-05-02T09:00:00Z"),
            "see-clinician",
            List.of("persistent"),
            List.of("stenosis", "disc"),
            false);
    store.append(t);

    HistoryStore.Contents c = store.read();
    assertThat(c.warnings()).isEmpty();
    assertThat(c.records()).containsExactly(s, t);
    assertThat(c.latestTriageConditions()).contains(Set.of(Condition.STENOSIS, Condition.DISC));
    List<String> lines = Files.readAllLines(store.file());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-01T07:30:00+02:00\","
                + "\"end\":\"2024-05-01T07:38:12+02:00\",\"routine\":\"gentle\"")
        .endsWith("\"ending\":\"stopped-for-pain\",\"painBefore\":6,\"painAfter\":null}");
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-02T09:00:00Z\","
                + "\"outcome\":\"see-clinician\",\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\",\"disc\"],"
                + "\"cleared\":false}");
  }

  @Test
  void theFileIsCreatedPrivateInAPrivateFolder() throws IOException {
    HistoryStore store = store();
    store.append(session("2024-05-01T07:30:00Z", 4, 2));
    assertThat(store.file()).isEqualTo(tmp.resolve("state/backcare/history.jsonl"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("state"))))
        .isEqualTo("rwx------");
  }

  @Test
  void theLocationFollowsXdgStateHomeElseHome() {
    assertThat(HistoryStore.forEnv(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")).file())
        .isEqualTo(Path.of("/s/backcare/history.jsonl"));
    assertThat(HistoryStore.forEnv(Map.of("HOME", "/h")).file())
        .isEqualTo(Path.of("/h/.local/state/backcare/history.jsonl"));
    // the XDG spec: a relative path is invalid and ignored
    assertThat(HistoryStore.forEnv(Map.of("XDG_STATE_HOME", "rel", "HOME", "/h")).file())
        .isEqualTo(Path.of("/h/.local/state/backcare/history.jsonl"));
  }

  @Test
  void aMissingFileIsAnEmptyHistoryAndReadingDoesNotCreateIt() throws IOException {
    HistoryStore.Contents c = store().read();
    assertThat(c.records()).isEmpty();
    assertThat(c.warnings()).isEmpty();
    assertThat(tmp.resolve("state")).doesNotExist();
  }

  @Test
  void threadsAppendingAtOnceLoseAndInterleaveNothing() throws Exception {
    HistoryStore store = store();
    int threads = 6, each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < each; i++) store.append(numbered(id, i));
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    HistoryStore.Contents c = store.read();
    assertThat(c.warnings()).isEmpty();
    assertThat(new HashSet<>(routines(c))).hasSize(threads * each);
    assertThat(Files.readAllLines(store.file())).hasSize(threads * each);
  }

  private static SessionRecord numbered(int writer, int i) {
    OffsetDateTime t = OffsetDateTime.parse("2024-05-01T08:00:00Z");
    return new SessionRecord(
        1,
        t,
        t,
        "t" + writer + "-" + i,
        null,
        List.of(),
        1,
        List.of(1),
        List.of(),
        60,
        0,
        "done",
        3,
        2);
  }

  @Test
  void twoProcessesAndThisOneAppendingAtOnceLoseNothing() throws Exception {
    HistoryStore store = store();
    store.append(numbered(99, 0)); // the folder and file exist before the race
    Path go = tmp.resolve("go");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    int each = 100;
    List<Process> children = new ArrayList<>();
    for (String prefix : List.of("p1", "p2")) {
      Process p =
          new ProcessBuilder(
                  java,
                  "-XX:TieredStopAtLevel=1",
                  "-Xshare:auto",
                  "-cp",
                  cp,
                  AppendMain.class.getName(),
                  store.file().toString(),
                  go.toString(),
                  prefix,
                  String.valueOf(each))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      children.add(p);
    }
    for (Process p : children) {
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
      assertThat(r.readLine()).isEqualTo("ready");
    }
    Files.createFile(go);
    for (int i = 0; i < each; i++) store.append(numbered(0, i));
    for (Process p : children) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    HistoryStore.Contents c = store.read();
    assertThat(c.warnings()).isEmpty();
    Set<String> ids = new HashSet<>(routines(c));
    assertThat(ids).hasSize(3 * each + 1);
    for (int i = 0; i < each; i++) assertThat(ids).contains("p1-" + i, "p2-" + i, "t0-" + i);
  }

  /**
   * Issue 12: `history --json | less` reads for as long as the pager waits; a routine elsewhere
   * still records.
   */
  @Test
  void aLongReadDoesNotKeepAnotherProcessFromAppending() throws Exception {
    HistoryStore store = store();
    for (int i = 0; i < 3; i++) store.append(numbered(0, i));
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch appended = new CountDownLatch(1);
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                store.forEach(
                    new HistoryStore.Visitor() {
                      @Override
                      public void record(ReadRecord record, long offset) {
                        seen.add(((SessionRecord) record.record()).routine());
                        reading.countDown();
                        try {
                          appended.await(60, TimeUnit.SECONDS); // a pager that is not read from
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }

                      @Override
                      public void warning(String warning) {}
                    });
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    reader.start();
    assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
    Path go = tmp.resolve("go");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                cp,
                AppendMain.class.getName(),
                store.file().toString(),
                go.toString(),
                "other",
                "1")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8)).readLine())
        .isEqualTo("ready");
    Files.createFile(go);
    try {
      assertThat(p.waitFor(30, TimeUnit.SECONDS))
          .as("the other process appended while the read went on")
          .isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      appended.countDown();
      reader.join(30_000);
    }
    // the read ended where the file ended when it began; the next read has the new record
    assertThat(seen).containsExactly("t0-0", "t0-1", "t0-2");
    assertThat(routines(store.read())).containsExactly("t0-0", "t0-1", "t0-2", "other-0");
  }

  @Test
  void aCutOffLastLineIsReportedAndTheNextRecordStartsOnAFreshLine() throws IOException {
    String cut = GOOD_3.substring(0, 60);
    HistoryStore.Contents c = readLines(GOOD_1 + "\n" + GOOD_2 + "\n" + cut);
    assertThat(routines(c)).containsExactly("morning", "desk");
    assertThat(c.warnings())
        .singleElement()
        .asString()
        .startsWith(store().file() + ":3: the last line is cut off");

    HistoryStore store = store();
    byte[] before = Files.readAllBytes(store.file());
    store.append(session("2024-05-04T07:00:00Z", 4, 3));
    byte[] after = Files.readAllBytes(store.file());
    // appended, never rewritten: the old bytes are all still there, the cut line untouched
    assertThat(new String(after, UTF_8))
        .startsWith(new String(before, UTF_8) + "\n{\"type\":\"session\"");
    HistoryStore.Contents again = store.read();
    assertThat(routines(again)).containsExactly("morning", "desk", "morning");
    assertThat(again.warnings())
        .singleElement()
        .asString()
        .isEqualTo(store.file() + ":3: not valid JSON; left out");
  }

  @Test
  void aCompleteLastLineWithoutItsNewlineIsKeptAndNotGluedTo() throws IOException {
    HistoryStore.Contents c = readLines(GOOD_1 + "\n" + GOOD_2);
    assertThat(routines(c)).containsExactly("morning", "desk");
    assertThat(c.warnings()).isEmpty();
    store().append(session("2024-05-04T07:00:00Z", 4, 3));
    assertThat(Files.readAllLines(store().file())).hasSize(3);
    assertThat(store().read().warnings()).isEmpty();
  }

  @Test
  void everyKindOfDamagedLineIsNamedAndEveryGoodRecordKept() throws IOException {
    String text =
        String.join(
                "\n",
                GOOD_1, // 1
                "this is not json", // 2
                "\0\0\0\0\0\0", // 3 zeros after a power cut
                "", // 4 blank: skipped quietly
                "[1,2,3]", // 5
                GOOD_2, // 6
                "{\"type\":\"mood\",\"version\":3,\"time\":\"2024-05-02T09:00:00Z\"}", // 7
                GOOD_1.replace("\"start\":\"2024-05-01T07:30:00+02:00\",", ""), // 8
                GOOD_1.replace("\"painBefore\":5", "\"painBefore\":11"), // 9
                GOOD_1.replace(
                    "\"start\":\"2024-05-01T07:30:00+02:00\"", "\"start\":\"yesterday\""), // 10
                GOOD_1 + GOOD_2, // 11 two records glued together
                GOOD_3)
            + "\n"; // 12
    HistoryStore.Contents c = readLines(text);
    assertThat(routines(c)).containsExactly("morning", "desk", "evening");
    String f = store().file() + ":";
    assertThat(c.warnings())
        .containsExactly(
            f + "2: not valid JSON; left out",
            f + "3: not valid JSON; left out",
            f + "5: not a JSON object; left out",
            f + "7: unknown record type \"mood\" (written by a newer backcare?); left out",
            f + "8: session record with no \"start\"; left out",
            f + "9: session record with \"painBefore\" not a whole number from 0 to 10; left out",
            f
                + "10: session record with \"start\" not an ISO-8601 time with an offset (yesterday); left out",
            f + "11: not valid JSON; left out");
  }

  @Test
  void aLineFromANewerVersionKeepsWhatThisVersionKnows() throws IOException {
    String newer =
        GOOD_2
            .replace("\"version\":1", "\"version\":2")
            .replace("}", ",\"mood\":\"good\",\"heartRate\":70}");
    HistoryStore.Contents c = readLines(GOOD_1 + "\n" + newer + "\n");
    assertThat(routines(c)).containsExactly("morning", "desk");
    assertThat(c.sessions().get(1).version()).isEqualTo(2);
    assertThat(c.sessions().get(1).painBefore()).isEqualTo(5);
    assertThat(c.warnings())
        .containsExactly(
            store().file()
                + ":2: written by a newer backcare (record version 2); ignored fields mood, heartRate; kept the rest");
  }

  @Test
  void readingNeverChangesTheFile() throws IOException {
    String text = GOOD_1 + "\ngarbage\n" + GOOD_2.substring(0, 30);
    readLines(text);
    Path file = store().file();
    FileTime mtime = Files.getLastModifiedTime(file);
    store().read();
    store().read();
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
  }

  @Test
  void aFileWhereTheFolderShouldBeFailsTheAppendWithAReason() throws IOException {
    Files.writeString(tmp.resolve("state"), "a file, not a folder");
    HistoryStore store = store();
    assertThat(store.unwritableReason()).contains(tmp.resolve("state") + " is not a folder");
    assertThatThrownBy(() -> store.append(session("2024-05-01T07:30:00Z", 4, 2)))
        .isInstanceOf(IOException.class)
        .satisfies(
            e ->
                assertThat(HistoryStore.reason((IOException) e))
                    .isEqualTo("Not a directory (" + tmp.resolve("state/backcare") + ")"));
  }

  @Test
  void aReadOnlyFolderFailsTheAppendAndSaysSo() throws Exception {
    Path state = Files.createDirectories(tmp.resolve("state"));
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("r-x------"));
    try {
      if (Files.isWritable(state)) {
        // running as root: permissions stop nothing, so make the folder read-only for real
        aReadOnlyMountFailsTheAppend(state);
        return;
      }
      HistoryStore store = store();
      assertThat(store.unwritableReason()).contains("the folder " + state + " is read-only");
      assertThatThrownBy(() -> store.append(session("2024-05-01T07:30:00Z", 4, 2)))
          .isInstanceOf(IOException.class)
          .satisfies(
              e ->
                  assertThat(HistoryStore.reason((IOException) e))
                      .startsWith("permission denied ("));
    } finally {
      Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** A child JVM in its own mount namespace, where the state folder is bind-mounted read-only. */
  private void aReadOnlyMountFailsTheAppend(Path state) throws Exception {
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
    Path file = state.resolve("backcare").resolve("history.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                "unshare",
                "-m",
                "sh",
                "-c",
                "mount -o bind,ro \"$0\" \"$0\" && exec \"$1\" -XX:TieredStopAtLevel=1 -cp \"$2\" \"$3\" \"$4\"",
                state.toString(),
                java,
                cp,
                ReadOnlyProbeMain.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("unwritable: the folder " + state + " is read-only")
        .contains("append failed: ")
        .doesNotContain("append: ok");
    assertThat(file).doesNotExist();
  }

  @Test
  void aFullDiskIsReportedWithTheSystemsReason() {
    // a history linked to /dev/full is refused now (see HistoryHardeningTest), so the reason is
    // checked alone
    IOException full =
        new java.nio.file.FileSystemException(
            "/home/a/history.jsonl", null, "No space left on device");
    assertThat(HistoryStore.reason(full))
        .isEqualTo("No space left on device (/home/a/history.jsonl)");
  }

  @Test
  void theLatestTriageIsTheLatestByTime() throws IOException {
    HistoryStore store = store();
    store.append(triage("2024-05-03T09:00:00Z", "self-care", "pregnancy"));
    store.append(
        triage(
            "2024-05-01T09:00:00Z",
            "see-clinician",
            "stenosis")); // recorded late, happened earlier
    assertThat(store.read().latestTriage())
        .get()
        .extracting(TriageRecord::outcome)
        .isEqualTo("self-care");
    assertThat(store.read().latestTriageConditions()).contains(Set.of(Condition.PREGNANCY));
  }
}
