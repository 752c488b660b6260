package backcare.cli;

import backcare.session.FakeClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * backcare as a user meets it, in a test: through picocli with captured output and exit code, a
 * private state and config folder, a fake clock, a fixed wall clock that moves with the fake clock,
 * and stdin and the terminal flag of the test's choosing.
 */
final class Cli {
  final Map<String, String> env = new HashMap<>();
  final FakeClock clock = new FakeClock();
  ZonedDateTime now = ZonedDateTime.parse("2024-05-20T12:00:00Z");
  boolean interactive;
  InputStream stdin = new ByteArrayInputStream(new byte[0]);

  /** The output of the last {@link #run}. */
  String out;

  String err;

  Cli(Path dir) {
    env.put("XDG_STATE_HOME", dir.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    env.put("HOME", dir.toString());
    env.put("LANG", "C.UTF-8");
    env.put("COLUMNS", "1000"); // lines whole: wrapping is HumanOutputTest's
  }

  Path historyFile() {
    return Path.of(env.get("XDG_STATE_HOME"), "backcare", "history.jsonl");
  }

  Path userRoutines() {
    return Path.of(env.get("XDG_CONFIG_HOME"), "backcare", "routines");
  }

  Cli stdin(String text) {
    stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  record Result(int code, String out, String err) {}

  /** Runs the command line; the output stays in {@link #out} and {@link #err}. */
  int run(String... args) {
    Result r = exec(args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  Result exec(String... args) {
    long clockStart = clock.nanoTime();
    ZonedDateTime base = now;
    Context ctx =
        new Context(
            Map.copyOf(env),
            clock,
            stdin,
            interactive,
            () -> base.plusNanos(clock.nanoTime() - clockStart));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CommandLine cmd = BackcareCommand.commandLine(ctx);
    cmd.setOut(new PrintWriter(o, true));
    cmd.setErr(new PrintWriter(e, true));
    int code = cmd.execute(args);
    return new Result(code, o.toString(), e.toString());
  }
}
