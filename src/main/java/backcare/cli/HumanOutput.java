package backcare.cli;

import backcare.text.HumanWriter;
import backcare.text.TerminalWidth;
import java.io.PrintWriter;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Puts a {@link HumanWriter} under everything a command line prints: picocli's out (made visible
 * and word-wrapped) and err (made visible, not wrapped, so file:line:column messages stay one line
 * each). The writers are put in place when the command line is built and again just before it
 * parses and runs, so a writer set with setOut or setErr in between (tests, triage's hand-over to
 * routine) is covered too. Usage help is drawn without picocli's own colours, which would reach the
 * terminal as visible escape codes, and to the terminal's width.
 */
final class HumanOutput {
  private HumanOutput() {}

  /** Call last when building {@code cmd}, after its subcommands and handlers are in place. */
  static void install(CommandLine cmd, Context context) {
    IntSupplier width =
        widthOnce(
            TerminalWidth.of(context.env(), context.interactive() && Context.systemTerminal()));
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    useHumanWriters(cmd, width);
    IExecutionStrategy run = cmd.getExecutionStrategy();
    cmd.setExecutionStrategy(
        parseResult -> {
          useHumanWriters(cmd, width);
          if (printsUsage(parseResult))
            cmd.setUsageHelpWidth(Math.max(MIN_USAGE_WIDTH, width.getAsInt()));
          return run.execute(parseResult);
        });
    IParameterExceptionHandler badArguments = cmd.getParameterExceptionHandler();
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          useHumanWriters(cmd, width);
          return badArguments.handleParseException(ex, args);
        });
  }

  /** picocli refuses a usage width under 55. */
  private static final int MIN_USAGE_WIDTH = 55;

  private static void useHumanWriters(CommandLine cmd, IntSupplier width) {
    PrintWriter out = cmd.getOut();
    if (!(out instanceof HumanWriter)) cmd.setOut(HumanWriter.over(out, width, true));
    PrintWriter err = cmd.getErr();
    if (!(err instanceof HumanWriter)) cmd.setErr(HumanWriter.over(err, width, false));
  }

  /** Whether this run shows usage help: asked for with --help, or the bare command. */
  private static boolean printsUsage(ParseResult parseResult) {
    if (parseResult.subcommand() == null) return true;
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.isUsageHelpRequested()) return true;
    }
    return false;
  }

  /** {@code width}, asked at most once. */
  private static IntSupplier widthOnce(IntSupplier width) {
    int[] known = {0};
    return () -> {
      if (known[0] == 0) known[0] = width.getAsInt();
      return known[0];
    };
  }
}
