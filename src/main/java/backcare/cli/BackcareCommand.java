package backcare.cli;

import backcare.Resources;
import backcare.commandmodel.CommandModels;
import backcare.console.Devices;
import backcare.console.SystemDevices;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "backcare",
    mixinStandardHelpOptions = true,
    versionProvider = BackcareCommand.Version.class,
    description = {
      "Look after a stiff lower back from the terminal: screen for red flags, then run a timed"
          + " stretching routine made safe for your conditions.",
      "",
      "This is not a diagnosis and does not replace a clinician."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; triage: self-care",
      "1:an internal error (run again with --debug and report it)",
      "2:bad usage or bad input",
      "3:triage: see a clinician soon; routine: not started, gated by such a screen",
      "4:triage: urgent, see a doctor today; routine: not started, gated by such a screen",
      "5:triage: emergency, go to an emergency department now; routine: not started, gated by such a screen",
      "130:a routine or timer interrupted by Ctrl-C, SIGTERM or SIGHUP"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare routines                   # with their times",
      "  backcare routine morning            # with a countdown",
      "  backcare routine desk --dry-run     # no waiting",
      "  backcare exercises cat-cow          # one in full",
      "  source <(backcare completion bash)  # Tab completion",
      "  backcare --debug routine morning    # for a bug report"
    })
public final class BackcareCommand implements Runnable {

  /**
   * Every subcommand, by the name in its {@code @Command}, in the order --help lists them. A
   * command line is built with only the subcommand its arguments name (building them all, when
   * picocli read their annotations, cost 6-11 ms of each start: docs/performance.md); --help,
   * completion, man pages and a name that needs "did you mean" get them all. To add a subcommand,
   * add its name here and a line to {@link Subcommand#get} (BackcareCommandTest checks the name).
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  /** The classes whose picocli converters are left out: java.sql.* and java.time.*. */
  static final String CONVERTERS_EXCLUDED = "java\\.(?:sql\\.|time\\.)\\X*";

  static {
    // picocli registers converters for java.sql and java.time types by reflection in every
    // CommandLine, which loads and initialises those classes: 4-6 ms of each start
    // (docs/performance.md). No option here has such a type (BackcareCommandTest checks): take a
    // String and parse it, as history --since does. The pattern is java\.(sql|time)\..* for class
    // names, written without a character class: "." (or any class, or a single literal character
    // between groups) makes java.util.regex link a lambda at every start, and \X (a grapheme
    // cluster) does not (docs/performance.md, "Start-up in one place").
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", CONVERTERS_EXCLUDED);
    }
    for (String name :
        new String[] {
          "triage",
          "routines",
          "routine",
          "exercises",
          "validate",
          "history",
          "heat",
          "cold",
          "remind",
          "report",
          "completion",
          "__ids"
        }) {
      SUBCOMMANDS.put(name, new Subcommand(name));
    }
  }

  /**
   * Makes a subcommand's object by its name, in one switch: a constructor reference per command was
   * a lambda for the JVM to link at every start, twelve of them (docs/performance.md, "Start-up").
   * Only the class of the command made is loaded.
   */
  private static final class Subcommand implements Supplier<Object> {
    private final String name;

    Subcommand(String name) {
      this.name = name;
    }

    @Override
    public Object get() {
      return switch (name) {
        case "triage" -> new TriageCommand();
        case "routines" -> new RoutinesCommand();
        case "routine" -> new RoutineCommand();
        case "exercises" -> new ExercisesCommand();
        case "validate" -> new ValidateCommand();
        case "history" -> new HistoryCommand();
        case "heat" -> new TimerCommand.Heat();
        case "cold" -> new TimerCommand.Cold();
        case "remind" -> new RemindCommand();
        case "report" -> new ReportCommand();
        case "completion" -> new CompletionCommand();
        case "__ids" -> new IdsCommand();
        default -> throw new IllegalArgumentException("no subcommand " + name);
      };
    }
  }

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of errors (for bug reports).")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Context context;
  private final Devices devices;

  public BackcareCommand(Context context) {
    this(context, null);
  }

  /**
   * {@code devices}: the terminal, sounds, voice and signals for timed runs; null for the real
   * ones.
   */
  public BackcareCommand(Context context, Devices devices) {
    this.context = context;
    this.devices = devices;
  }

  public Context context() {
    return context;
  }

  /** The terminal, sound player, speech tool and Ctrl-C handling that timed runs use. */
  public Devices devices() {
    return devices != null ? devices : new SystemDevices(context.env());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line as users run it, with every subcommand and backcare's error handling
   * installed.
   */
  public static CommandLine commandLine() {
    return commandLine(Context.system());
  }

  /** The full command line: every subcommand built (tests, help, completion, man pages). */
  public static CommandLine commandLine(Context context) {
    return commandLine(context, null);
  }

  /** As {@link #commandLine(Context)}, with scripted devices (tests of the full-screen display). */
  public static CommandLine commandLine(Context context, Devices devices) {
    return build(context, devices, null);
  }

  /**
   * The command line for these arguments, as Main runs it: only the subcommand they name is built,
   * or all of them when they name none (root --help, a typo that needs "did you mean").
   */
  public static CommandLine forArguments(Context context, String[] args) {
    return build(context, null, subcommandNamed(args));
  }

  /** {@code only}: the one subcommand to build, or null for all of them. */
  static CommandLine build(Context context, Devices devices, String only) {
    return build(context, devices, only, CommandModels.load());
  }

  /**
   * {@code models} null: the models are read from the annotations (as without the build's cache).
   */
  public static CommandLine build(
      Context context, Devices devices, String only, CommandModels models) {
    BackcareCommand root = new BackcareCommand(context, devices);
    StartupTrace.mark("models read");
    CommandLine cmd = models == null ? new CommandLine(root) : models.commandLine("", root);
    StartupTrace.mark("root built");
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
      if (only != null && !only.equals(e.getKey())) continue;
      Object sub = e.getValue().get();
      cmd.addSubcommand(e.getKey(), models == null ? sub : models.commandLine(e.getKey(), sub));
    }
    StartupTrace.mark("subcommand built");
    // no hidden features: "@file" is an argument like any other, never a file of arguments to read
    cmd.setExpandAtFiles(
        false); // picocli reads it from the root only; set on each for the same view everywhere
    for (CommandLine sub : cmd.getSubcommands().values()) sub.setExpandAtFiles(false);
    // every command has picocli's standard -V, --version: each answers with the program's version,
    // declared once, here, rather than in each @Command (one left out printed nothing)
    for (CommandLine sub : cmd.getSubcommands().values())
      sub.getCommandSpec().versionProvider(VERSION);
    UsageErrors.install(cmd);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    HumanOutput.install(cmd, context); // last: it wraps the handlers set above
    return cmd;
  }

  /** Each command's annotated object, by name ("" for the root): what the build caches. */
  public static Map<String, Object> annotatedCommands(Context context) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("", new BackcareCommand(context));
    SUBCOMMANDS.forEach((name, make) -> all.put(name, make.get()));
    return all;
  }

  /**
   * The subcommand the arguments run, or null when that is not plain: the first argument that is
   * not a root option (the root's options take no values) must be a known subcommand name.
   */
  static String subcommandNamed(String[] args) {
    for (String a : args) {
      if (a.equals("--")) return null;
      if (a.startsWith("-")) continue;
      return SUBCOMMANDS.containsKey(a) ? a : null;
    }
    return null;
  }

  private static final Version VERSION = new Version();

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      byte[] file = Resources.read("backcare/version.properties");
      if (file != null) p.load(new ByteArrayInputStream(file));
      return new String[] {
        "backcare "
            + p.getProperty("version", "unknown")
            + " (commit "
            + p.getProperty("commit", "unknown")
            + ")"
      };
    }
  }
}
