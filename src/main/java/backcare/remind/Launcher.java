package backcare.remind;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command that runs this backcare, for the timer's service and for crontab lines: the {@code
 * bin/backcare} next to the jar when running from a checkout, else java on the jar (or on the class
 * path). {@code BACKCARE_LAUNCHER} names another program instead (an installed copy, say).
 */
public final class Launcher {
  public static final String VARIABLE = "BACKCARE_LAUNCHER";

  private Launcher() {}

  public static List<String> command(Map<String, String> env) {
    String given = env.get(VARIABLE);
    if (given != null && !given.isBlank())
      return List.of(Path.of(given).toAbsolutePath().toString());
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path code = codeLocation();
    if (code != null && Files.isRegularFile(code)) {
      // bin/backcare runs a copy at ROOT/target/run/backcare.jar: name the launcher, which rebuilds
      Path root =
          code.getParent() == null || code.getParent().getParent() == null
              ? null
              : code.getParent().getParent().getParent();
      Path script = root == null ? null : root.resolve("bin").resolve("backcare");
      if (script != null && Files.isExecutable(script)) return List.of(script.toString());
      return List.of(java, "-jar", code.toString());
    }
    return List.of(java, "-cp", System.getProperty("java.class.path"), "backcare.cli.Main");
  }

  private static Path codeLocation() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** The command as one line for sh (crontab), each word single-quoted when it needs it. */
  public static String shellLine(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) b.append(' ');
      b.append(w.matches("[A-Za-z0-9_./:=@+,-]+") ? w : "'" + w.replace("'", "'\\''") + "'");
    }
    return b.toString();
  }
}
