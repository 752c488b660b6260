package backcare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a whole file the user named, within a limit, for every reader of user files (routines,
 * exercise libraries, answers). Only a regular file is read: a named pipe, socket or device is
 * refused before it is opened, because opening or reading one can wait forever or never end. The
 * limit is counted in the bytes actually read, not taken from the file's size, which /proc and
 * growing files misreport.
 */
public final class BoundedFile {
  private BoundedFile() {}

  /**
   * The file's bytes; a {@link BadInputException} naming {@code name} when it is missing, not a
   * regular file, over {@code maxBytes} or unreadable.
   *
   * @param what what the file should be, for messages: "a YAML file"
   * @param limit the rule it broke when too large, for messages: "routine files may be at most 1
   *     MB"
   */
  public static byte[] read(Path path, String name, long maxBytes, String what, String limit) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(path, BasicFileAttributes.class); // follows links, as opening does
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": file not found");
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    if (attributes.isDirectory()) {
      throw new BadInputException(name + ": is a directory, not " + what);
    }
    if (!attributes.isRegularFile()) {
      throw new BadInputException(
          name
              + ": is "
              + kindOfSpecialFile(path)
              + ", not "
              + what
              + "; save what it holds to a file and give that file");
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(name, attributes.size() + " bytes", limit);
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[(int) Math.min(maxBytes + 1, Math.max(attributes.size() + 1, 8192))];
      int length = 0;
      while (true) {
        if (length == buffer.length) {
          if (length > maxBytes) throw tooLarge(name, "more than " + maxBytes + " bytes", limit);
          buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) length * 2));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) break;
        length += n;
      }
      if (length > maxBytes) throw tooLarge(name, "more than " + maxBytes + " bytes", limit);
      return Arrays.copyOf(buffer, length);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": file not found");
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static BadInputException tooLarge(String name, String size, String limit) {
    return new BadInputException(name + ": the file is " + size + "; " + limit);
  }

  private static BadInputException unreadable(String name, IOException e) {
    if (e instanceof AccessDeniedException)
      return new BadInputException(name + ": permission denied");
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new BadInputException(name + ": cannot be read (" + reason + ")");
  }

  /**
   * "a named pipe (FIFO)", "a socket", "a device", from the file's mode where the system tells it.
   */
  private static String kindOfSpecialFile(Path path) {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
      return switch (type) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0140000 -> "a socket";
        case 0020000, 0060000 -> "a device";
        default -> "a special file";
      };
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return "a special file (not a regular file)";
    }
  }
}
