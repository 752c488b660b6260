package backcare.cli;

import backcare.session.Clock;
import backcare.session.FakeClock;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs backcare in-process exactly as Main does (only the named subcommand built), with no user
 * folder and a fake clock.
 */
final class InProcess {
  record Result(int code, String out, String err) {}

  private InProcess() {}

  static Context context(Clock clock) {
    return Context.scripted(
        Map.of("XDG_CONFIG_HOME", "/nonexistent/backcare-test", "HOME", "/nonexistent"),
        clock,
        InputStream.nullInputStream());
  }

  /** As Main runs it: only the named subcommand built. */
  static Result run(String... args) {
    return run(BackcareCommand.forArguments(context(new FakeClock()), args), args);
  }

  /** With every subcommand built, as before lazy registration. */
  static Result runFull(String... args) {
    return run(BackcareCommand.commandLine(context(new FakeClock())), args);
  }

  static Result run(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
