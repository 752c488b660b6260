package backcare.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A second process for HistoryStoreTest, run where the state folder is truly read-only (a read-only
 * bind mount, when the tests run as root and permissions stop nothing). Prints what the store says
 * before writing, then the reason the append failed. Args: history-file.
 */
public final class ReadOnlyProbeMain {
  public static void main(String[] args) {
    HistoryStore store = new HistoryStore(Path.of(args[0]));
    System.out.println("unwritable: " + store.unwritableReason().orElse("(none)"));
    OffsetDateTime t = OffsetDateTime.parse("2024-05-01T08:00:00Z");
    try {
      store.append(
          new SessionRecord(
              1, t, t, "probe", null, List.of(), 1, List.of(1), List.of(), 60, 0, "done", 3, 2));
      System.out.println("append: ok");
    } catch (IOException e) {
      System.out.println("append failed: " + HistoryStore.reason(e));
    }
  }
}
