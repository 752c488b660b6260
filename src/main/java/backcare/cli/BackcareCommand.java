package backcare.cli;

import backcare.BadInputException;
import backcare.console.Devices;
import backcare.console.SystemDevices;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

@Command(name = "backcare",
        mixinStandardHelpOptions = true,
        versionProvider = BackcareCommand.Version.class,
        description = {
                "Look after a stiff lower back from the terminal: screen for red flags, then run a",
                "timed stretching routine made safe for your conditions.",
                "",
                "This is not a diagnosis and does not replace a clinician."},
        subcommands = {
                TriageCommand.class,
                RoutinesCommand.class,
                RoutineCommand.class,
                ExercisesCommand.class,
                ValidateCommand.class,
                HistoryCommand.class,
                TimerCommand.Heat.class,
                TimerCommand.Cold.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0    done; triage: self-care",
                "  1    an internal error (run again with --debug and report it)",
                "  2    bad usage or bad input",
                "  3    triage: see a clinician soon",
                "  4    triage: urgent, see a doctor today",
                "  5    triage: emergency, go to an emergency department now",
                "  130  a routine interrupted by Ctrl-C"})
public final class BackcareCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of errors (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Context context;
    private final Devices devices;

    public BackcareCommand(Context context) {
        this(context, null);
    }

    /** {@code devices}: the terminal, sounds, voice and signals for timed runs; null for the real ones. */
    public BackcareCommand(Context context, Devices devices) {
        this.context = context;
        this.devices = devices;
    }

    public Context context() { return context; }

    /** The terminal, sound player, speech tool and Ctrl-C handling that timed runs use. */
    public Devices devices() {
        return devices != null ? devices : new SystemDevices(context.env());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line as users run it, with backcare's error handling installed. */
    public static CommandLine commandLine() {
        return commandLine(Context.system());
    }

    public static CommandLine commandLine(Context context) {
        return commandLine(context, null);
    }

    /** As {@link #commandLine(Context)}, with scripted devices (tests of the full-screen display). */
    public static CommandLine commandLine(Context context, Devices devices) {
        CommandLine cmd = new CommandLine(new BackcareCommand(context, devices));
        cmd.setExecutionExceptionHandler(BackcareCommand::handleException);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    private static int handleException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = debugRequested(parseResult);
        if (ex instanceof BadInputException bad) {
            for (String problem : bad.problems()) {
                err.println("backcare: " + problem);
            }
            if (debug) ex.printStackTrace(err);
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("backcare: internal error: " + ex
                + (debug ? "" : " (run again with --debug for details, and please report it)"));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = BackcareCommand.class.getResourceAsStream("/backcare/version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {
                    "backcare " + p.getProperty("version", "unknown")
                            + " (commit " + p.getProperty("commit", "unknown") + ")"};
        }
    }
}
