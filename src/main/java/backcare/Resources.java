package backcare;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file packaged with backcare's classes (the build's caches, the version), read from the class
 * path alone. {@code Class.getResourceAsStream} asks the JDK's boot and platform loaders first,
 * which look for the name in every JDK module: ~3 ms of each start. Our module's {@code
 * getResourceAsStream} goes to the class path at once (docs/performance.md, "Start-up").
 */
public final class Resources {
  private Resources() {}

  /** The bytes of {@code name} ("backcare/commands.bin": no leading slash), or null if absent. */
  public static byte[] read(String name) throws IOException {
    try (InputStream in = Resources.class.getModule().getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /**
   * The build's binary caches, read back: a DataInputStream over {@code bytes} without {@code
   * ByteArrayInputStream}'s lock, which it would take four times for every int read.
   */
  public static DataInputStream dataInput(byte[] bytes) {
    return new DataInputStream(new Unlocked(bytes));
  }

  private static final class Unlocked extends InputStream {
    private final byte[] bytes;
    private int next;

    Unlocked(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) return 0;
      int n = Math.min(length, bytes.length - next);
      if (n <= 0) return -1;
      System.arraycopy(bytes, next, into, offset, n);
      next += n;
      return n;
    }
  }
}
