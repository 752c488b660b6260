package backcare.cli;

import backcare.BadInputException;
import backcare.history.HistoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code backcare report -o FILE} writes: all of it or nothing, readable by the user only.
 */
final class ReportFile {
  private ReportFile() {}

  /**
   * Writes the whole file or nothing: a new file of mode 600 beside it, renamed over it. A link at
   * that name is replaced, never followed.
   */
  static void write(Path file, String document) {
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInputException(
          "-o "
              + file
              + ": that is a folder; give a file name, e.g. "
              + file.resolve("report.html"));
    }
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(
          "-o " + file + ": no such folder " + dir + "; make it first, or give another place");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".backcare-report", ".tmp"); // 600 on POSIX
      Files.writeString(tmp, document, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write the report to " + file + ": " + HistoryStore.reason(e));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is the user's to remove; the error above says what failed
        }
      }
    }
  }
}
