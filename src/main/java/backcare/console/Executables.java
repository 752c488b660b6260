package backcare.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program on the PATH, as a shell would. */
public final class Executables {
  private Executables() {}

  public static Optional<Path> find(String name, String path) {
    if (path == null || path.isEmpty()) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
