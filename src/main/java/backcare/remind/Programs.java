package backcare.remind;

import backcare.console.Executables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Other programs (systemctl, notify-send, loginctl), found on the PATH of the given environment and
 * run in it, with a time limit so that a hung bus never hangs backcare.
 */
public final class Programs {
  static final long TIMEOUT_SECONDS = 20;

  /**
   * How a program ended: its exit code (-1: it did not finish in time or could not start), stdout
   * and stderr.
   */
  public record Result(int code, String out, String err) {
    public boolean ok() {
      return code == 0;
    }

    /** The first line of stderr (or stdout), for a message. */
    public String why() {
      String s = err.isBlank() ? out : err;
      s = s.strip();
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl);
    }
  }

  private final Map<String, String> env;

  public Programs(Map<String, String> env) {
    this.env = env;
  }

  public Map<String, String> env() {
    return env;
  }

  public Optional<Path> find(String name) {
    return Executables.find(name, env.get("PATH"));
  }

  /** Runs {@code name args...}; empty when the program is not on the PATH. */
  public Optional<Result> run(String name, String... args) {
    Optional<Path> program = find(name);
    if (program.isEmpty()) return Optional.empty();
    List<String> command = new ArrayList<>();
    command.add(program.get().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    pb.environment().clear();
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread outReader = reader(p.getInputStream(), out);
      Thread errReader = reader(p.getErrorStream(), err);
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(
            new Result(-1, "", name + " did not finish within " + TIMEOUT_SECONDS + " s"));
      }
      outReader.join(1000);
      errReader.join(1000);
      return Optional.of(
          new Result(
              p.exitValue(),
              out.toString(StandardCharsets.UTF_8),
              err.toString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.of(new Result(-1, "", name + " could not be started: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(new Result(-1, "", name + " was interrupted"));
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static Thread reader(InputStream in, ByteArrayOutputStream to) {
    Thread t = new Thread(() -> copy(in, to), "backcare-program-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void copy(InputStream in, ByteArrayOutputStream to) {
    try (in) {
      in.transferTo(to);
    } catch (IOException ignored) {
      // the program closed its end: what came is enough
    }
  }
}
