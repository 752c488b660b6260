package backcare;

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
}
