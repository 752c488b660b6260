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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * backcare in a real process, the one way tests start one, for what only a real process shows:
 * signals, a closed stdin or one that is a pipe, the locale, the classes a start loads. Two ways
 * in: bin/backcare ({@link #start}, {@link #run}, {@link #launcher}), or Java alone ({@link #java}:
 * the JVM options a test chooses, without the script's). The launcher is a copy of bin/backcare in
 * a folder of its own, whose jar is a manifest pointing at this build's classes, so the test runs
 * the code under test through the real script and its JVM flags without a nested Maven build.
 *
 * <p>Every process gets {@link #env}: a user whose state, config and temporary files live in the
 * test's own folder, so nothing lands in the user's folders or /tmp (JLine writes its native
 * library to {@code jline.tmpdir} when a real terminal opens).
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
   * The environment of a user whose state and config live under {@code home} (a {@code @TempDir}),
   * in a UTF-8 locale, with temporary files in {@code home/tmp}: TMPDIR for the programs it starts,
   * and for Java through bin/backcare's BACKCARE_JAVA_OPTS ({@link #java} passes the same options
   * itself): Java's own temporary files and JLine's native library, which JLine would otherwise
   * write to /tmp and leave there.
   */
  static Map<String, String> env(Path home) throws IOException {
    Path tmp = Files.createDirectories(home.resolve("tmp"));
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("LANG", "C.UTF-8");
    env.put("TZ", "UTC");
    env.put("TMPDIR", tmp.toString());
    env.put("BACKCARE_JAVA_OPTS", String.join(" ", tmpdirOptions(tmp.toString())));
    return env;
  }

  private static List<String> tmpdirOptions(String tmp) {
    return List.of("-Djava.io.tmpdir=" + tmp, "-Djline.tmpdir=" + tmp);
  }

  /**
   * The command line of backcare in Java alone, without bin/backcare: java with these options (say
   * {@code -Xss512k}, or a class-loading log) and the temporary folder of {@code env}, this build's
   * classes, backcare's main class, then {@code args}.
   */
  static List<String> java(Map<String, String> env, List<String> options, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(tmpdirOptions(env.get("TMPDIR")));
    command.addAll(options);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** A command line as one string for bash, each word quoted. */
  static String shellWords(List<String> command) {
    List<String> words = new ArrayList<>();
    for (String w : command) words.add("'" + w.replace("'", "'\\''") + "'");
    return String.join(" ", words);
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

  /** Runs the launcher with these arguments to its end, stdin closed. */
  static Result run(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    p.getOutputStream().close();
    return finish(p);
  }

  /**
   * Runs a command (a {@link #java} one, say) to its end, stdin as given: {@link
   * ProcessBuilder.Redirect#PIPE} is a pipe that stays open and that no one writes to, as a child's
   * stdin by default, until the command ends.
   */
  static Result run(Map<String, String> env, List<String> command, ProcessBuilder.Redirect stdin)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectInput(stdin);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      return finish(p);
    } finally {
      p.getOutputStream().close();
    }
  }

  /**
   * Waits for the process to end, reading stdout and stderr as it goes; fails the test, the process
   * killed, when it has not ended in a minute (a hang, not a slow machine).
   */
  static Result finish(Process p) throws Exception {
    CompletableFuture<byte[]> out = drain(p.getInputStream());
    CompletableFuture<byte[]> err = drain(p.getErrorStream());
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(p.info().commandLine().orElse("the process") + " did not end");
    }
    return new Result(
        p.exitValue(),
        out.get(10, TimeUnit.SECONDS),
        new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    CompletableFuture<byte[]> all = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                all.complete(in.readAllBytes());
              } catch (IOException e) {
                all.completeExceptionally(e);
              }
            },
            "drain");
    t.setDaemon(true);
    t.start();
    return all;
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
