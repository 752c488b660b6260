package backcare.cli;

import backcare.BadInputException;
import backcare.Suggest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place a command line's errors become words for the user, in backcare's voice: a usage
 * error is one or two lines ending with where to read more (never picocli's usage dump), exit 2; a
 * failure inside a command is bad input (exit 2) or an internal error (exit 1). Neither shows a
 * Java class name or a stack trace unless --debug asks for one.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** Installs both handlers on the command line and every subcommand it has now. */
  static void install(CommandLine cmd) {
    cmd.setParameterExceptionHandler(Handlers.BOTH);
    cmd.setExecutionExceptionHandler(Handlers.BOTH);
  }

  /**
   * {@link #usage} and {@link #failure} as picocli's handlers: a class, not two method references
   * linked at every start (docs/performance.md, "Start-up in one place").
   */
  private static final class Handlers
      implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    static final Handlers BOTH = new Handlers();

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      return usage(ex, args);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      return failure(ex, cmd, parseResult);
    }
  }

  /** picocli's IParameterExceptionHandler: a bad command line. */
  static int usage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("backcare: " + describe(ex, cmd));
    err.println("See '" + commandName(cmd) + " --help'.");
    if (debugIn(args)) ex.printStackTrace(err);
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** The problem in one line: what was wrong, with a did-you-mean where one is close. */
  static String describe(ParameterException ex, CommandLine cmd) {
    String where = cmd.getParent() == null ? "" : cmd.getCommandName() + ": ";
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return where
            + "unknown option '"
            + option
            + "'"
            + Suggest.didYouMean(option, nearestLengthFirst(option, optionNames(cmd)));
      }
      if (cmd.getParent() == null && !cmd.getSubcommands().isEmpty()) {
        return "unknown command '"
            + arg
            + "'"
            + Suggest.didYouMean(arg, nearestLengthFirst(arg, commandNames(cmd)));
      }
      return where + "unexpected argument '" + arg + "'";
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      List<String> what = new ArrayList<>();
      for (ArgSpec a : m.getMissing())
        what.add(a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel());
      boolean option =
          m.getMissing().stream().allMatch(ArgSpec::isOption)
              && ex.getMessage().contains("for option");
      return where
          + (option
              ? String.join(", ", what) + " needs a value"
              : "missing " + String.join(", ", what));
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) return where + notTogether(ex);
    ArgSpec spec = ex.getArgSpec();
    if (spec != null
        && ex.getValue() != null
        && ex.getMessage() != null
        && ex.getMessage().startsWith("Invalid value")) {
      String value = ex.getValue();
      Class<?> type = spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
      if (type.isEnum()) {
        // the value that failed: one of a split list, such as "stenoss" of "disc,stenoss"
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("but was '(.*)'$").matcher(ex.getMessage());
        if (m.find()) value = m.group(1);
      }
      return spec.isOption()
          ? where + ((OptionSpec) spec).longestName() + " " + value + ": " + expected(type, value)
          : (cmd.getParent() == null ? "" : cmd.getCommandName() + " ")
              + value
              + ": "
              + expected(type, value);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException && spec instanceof OptionSpec o) {
      return where + o.longestName() + " is given more than once; give it once";
    }
    return where + plain(ex.getMessage());
  }

  /**
   * Two arguments of an exclusive group: picocli's "Error: --json, --svg are mutually exclusive
   * (specify only one)" in our words.
   */
  private static String notTogether(ParameterException ex) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^Error: (.*) are mutually exclusive")
            .matcher(ex.getMessage());
    if (!m.find()) return plain(ex.getMessage());
    List<String> names = new ArrayList<>();
    for (String a : m.group(1).split(", ")) names.add(a.replaceAll("=.*", ""));
    return names.size() == 2
        ? "give either " + names.get(0) + " or " + names.get(1) + ", not both"
        : "give only one of " + String.join(", ", names);
  }

  private static String expected(Class<?> type, String value) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "not a whole number";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "not a number (write it like 1.5)";
    }
    if (type.isEnum()) {
      List<String> names = enumNames(type);
      // a list of three or fewer is read at a glance: no guess beside it
      String guess =
          names.size() <= 3
              ? ""
              : Suggest.didYouMean(value.toLowerCase(java.util.Locale.ROOT), enumNames(type));
      String last = names.remove(names.size() - 1);
      names.add(names.isEmpty() ? last : names.remove(names.size() - 1) + " or " + last);
      return "give " + String.join(", ", names) + guess;
    }
    return "not a value this option takes";
  }

  private static List<String> enumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object c : type.getEnumConstants())
      names.add(c.toString().toLowerCase(java.util.Locale.ROOT));
    return names;
  }

  /** picocli's own wording, with the Java type names it may mention taken out. */
  private static String plain(String message) {
    String m =
        message == null
            ? "a command line backcare cannot read"
            : message.lines().findFirst().orElse("");
    return m.replaceAll("\\(?\\b(java|picocli)\\.[\\w.$]+\\)?", "").replaceAll("\\s+", " ").trim();
  }

  /** Suggest keeps the first of equally close names: "routien" is then routine, not routines. */
  private static List<String> nearestLengthFirst(String word, List<String> names) {
    return names.stream()
        .sorted(java.util.Comparator.comparingInt(n -> Math.abs(n.length() - word.length())))
        .toList();
  }

  private static List<String> optionNames(CommandLine cmd) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (!o.hidden()) names.addAll(List.of(o.names()));
    }
    return names;
  }

  private static List<String> commandNames(CommandLine cmd) {
    return cmd.getSubcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

  private static String commandName(CommandLine cmd) {
    return cmd.getParent() == null ? "backcare" : "backcare " + cmd.getCommandName();
  }

  private static boolean debugIn(String[] args) {
    for (String a : args) {
      if (a.equals("--")) return false;
      if (a.equals("--debug")) return true;
    }
    return false;
  }

  /** picocli's IExecutionExceptionHandler: what went wrong inside a command. */
  static int failure(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof backcare.session.RunFailure f && f.getCause() instanceof Exception cause) {
      ex = cause; // the run's summary is shown and recorded already; report what went wrong
    }
    boolean debug = debugRequested(parseResult);
    if (ex instanceof BadInputException bad) {
      for (String problem : bad.problems()) err.println("backcare: " + problem);
      if (debug) ex.printStackTrace(err);
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    err.println(
        "backcare: internal error: "
            + internalError(ex)
            + (debug ? "" : " (run again with --debug for details, and please report it)"));
    if (debug) ex.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  /**
   * What an unexpected failure was, without its class name: the message when it is one we or the
   * system wrote (an I/O reason, a broken state we check for); the JVM's own messages (null
   * pointers, indexes) are internals, shown only with --debug.
   */
  static String internalError(Throwable ex) {
    boolean worded =
        ex instanceof IOException
            || ex instanceof UncheckedIOException
            || ex.getClass() == IllegalStateException.class
            || ex.getClass() == IllegalArgumentException.class;
    if (worded && ex.getMessage() != null && !ex.getMessage().isBlank())
      return ex.getMessage().lines().findFirst().orElse("");
    if (ex instanceof OutOfMemoryError) return "backcare ran out of memory";
    if (ex instanceof StackOverflowError) return "backcare ran out of stack";
    return "something unexpected went wrong inside backcare";
  }

  static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--debug")) return true;
    }
    return false;
  }
}
