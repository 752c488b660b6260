package backcare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * bin/backcare in a real process, for what only a real process shows: signals, a closed stdin, the
 * locale. The launcher is a copy of bin/backcare in a folder of its own, whose jar is a manifest
 * pointing at this build's classes, so the test runs the code under test through the real script
 * and its JVM flags without a nested Maven build.
 */
final class Launcher {
  private static Path root;

  private Launcher() {}

  static synchronized Path root() throws IOException {
    if (root != null) return root;
    // in the build's folder, not a temporary one: it stays for every test class of this run
    Path r = Path.of("target", "test-launcher").toAbsolutePath();
    deleteRecursively(r);
    Path bin = Files.createDirectories(r.resolve("bin"));
    Files.copy(Path.of("bin/backcare"), bin.resolve("backcare"));
    Files.setPosixFilePermissions(
        bin.resolve("backcare"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path built = Files.createDirectories(r.resolve("target")).resolve("backcare.jar");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "backcare.cli.Main");
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(built), m)) {
      // the manifest is the whole jar
    }
    Path run = Files.createDirectories(r.resolve("target/run")).resolve("backcare.jar");
    Files.copy(built, run);
    // no class-data archive for this jar: the launcher would otherwise make one at its first start
    Path failed = r.resolve("target/backcare.jsa.failed");
    Files.writeString(failed, "");
    Files.setLastModifiedTime(built, FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(run, FileTime.from(Instant.now().minusSeconds(30)));
    root = r;
    return r;
  }

  /**
   * The environment of a user whose state and config live under {@code home}, in a UTF-8 locale.
   */
  static Map<String, String> env(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("LANG", "C.UTF-8");
    env.put("TZ", "UTC");
    return env;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  static String launcher() throws IOException {
    return root().resolve("bin/backcare").toString();
  }

  /** Starts the launcher with these arguments, stdout and stderr piped. */
  static Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(launcher()));
    command.addAll(List.of(args));
    return startCommand(env, command);
  }

  static Process startCommand(Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().putAll(env);
    return pb.start();
  }

  record Result(int code, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /** Runs a shell command line (for redirections such as {@code <&-}) to its end. */
  static Result shell(Map<String, String> env, String commandLine) throws Exception {
    Process p = startCommand(env, List.of("/bin/bash", "-c", commandLine));
    return finish(p);
  }

  static Result run(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    p.getOutputStream().close();
    return finish(p);
  }

  static Result finish(Process p) throws Exception {
    var err = new java.util.concurrent.CompletableFuture<String>();
    Thread t = new Thread(() -> err.complete(readAll(p.getErrorStream())));
    t.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("backcare did not end");
    }
    return new Result(p.exitValue(), out, err.get(10, TimeUnit.SECONDS));
  }

  static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Sends a signal by name ("TERM", "HUP", "QUIT") with kill(1), as a user or a service manager
   * would.
   */
  static void kill(String signal, long pid) throws Exception {
    Process k = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
    if (k.waitFor() != 0) throw new AssertionError("kill -" + signal + " " + pid + " failed");
  }
}
