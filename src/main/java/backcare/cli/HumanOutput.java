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
        new WidthOnce(
            TerminalWidth.of(context.env(), context.interactive() && Context.systemTerminal()));
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    useHumanWriters(cmd, width);
    Writers writers =
        new Writers(cmd, width, cmd.getExecutionStrategy(), cmd.getParameterExceptionHandler());
    cmd.setExecutionStrategy(writers);
    cmd.setParameterExceptionHandler(writers);
  }

  /**
   * Puts the writers in place again before the command runs, or before a bad command line is
   * reported, then hands over. A class, not two lambdas linked at every start (docs/performance.md,
   * "Start-up in one place").
   */
  private static final class Writers implements IExecutionStrategy, IParameterExceptionHandler {
    private final CommandLine cmd;
    private final IntSupplier width;
    private final IExecutionStrategy run;
    private final IParameterExceptionHandler badArguments;

    Writers(
        CommandLine cmd,
        IntSupplier width,
        IExecutionStrategy run,
        IParameterExceptionHandler badArguments) {
      this.cmd = cmd;
      this.width = width;
      this.run = run;
      this.badArguments = badArguments;
    }

    @Override
    public int execute(ParseResult parseResult) {
      useHumanWriters(cmd, width);
      if (printsUsage(parseResult))
        cmd.setUsageHelpWidth(Math.max(MIN_USAGE_WIDTH, width.getAsInt()));
      return run.execute(parseResult);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args)
        throws Exception {
      useHumanWriters(cmd, width);
      return badArguments.handleParseException(ex, args);
    }
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
  private static final class WidthOnce implements IntSupplier {
    private final IntSupplier width;
    private int known;

    WidthOnce(IntSupplier width) {
      this.width = width;
    }

    @Override
    public int getAsInt() {
      if (known == 0) known = width.getAsInt();
      return known;
    }
  }
}
