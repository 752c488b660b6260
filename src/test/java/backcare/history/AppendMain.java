package backcare.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A second process for HistoryStoreTest: says "ready", waits for a go file, then appends N sessions
 * whose routine ids are PREFIX-0 .. PREFIX-(N-1). Args: history-file go-file prefix n.
 */
public final class AppendMain {
  public static void main(String[] args) throws Exception {
    HistoryStore store = new HistoryStore(Path.of(args[0]));
    Path go = Path.of(args[1]);
    int n = Integer.parseInt(args[3]);
    System.out.println("ready");
    System.out.flush();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(go)) {
      if (System.nanoTime() > deadline) System.exit(3);
      Thread.sleep(1);
    }
    OffsetDateTime t = OffsetDateTime.parse("2024-05-01T08:00:00Z");
    for (int i = 0; i < n; i++) {
      store.append(
          new SessionRecord(
              1,
              t,
              t,
              args[2] + "-" + i,
              null,
              List.of(),
              1,
              List.of(1),
              List.of(),
              60,
              0,
              "done",
              3,
              2));
    }
  }
}
