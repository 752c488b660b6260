package backcare.cli;

import backcare.BadInputException;
import backcare.console.Devices;
import backcare.console.Screen;
import backcare.history.HistoryStore;
import backcare.history.SessionRecord;
import backcare.remind.ActionOptions;
import backcare.remind.HereLoop;
import backcare.remind.Programs;
import backcare.remind.Reminder;
import backcare.remind.Settings;
import backcare.remind.TimerSetup;
import backcare.text.HumanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description = {
      "A reminder to get up and move while you sit at a desk.",
      "A systemd user timer shows a desktop notification, or a countdown runs in a terminal (--here).",
      "ACTION: on (set up and start the timer; --cron prints crontab lines instead), off (stop it and"
          + " remove its files), status (is it on, the settings, the next three times), notify (one"
          + " reminder now: what the timer runs)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare remind on                    # 50m, 09:00-17:30",
      "  backcare remind on --every 1h --between 08:30-16:00",
      "  backcare remind on --days mon-thu",
      "  backcare remind status",
      "  backcare remind off",
      "  backcare remind --here --every 45m    # in a tmux pane",
      "  journalctl --user -u backcare-remind  # what it did"
    })
public final class RemindCommand implements Callable<Integer> {
  enum Action {
    ON,
    OFF,
    STATUS,
    NOTIFY;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @ParentCommand BackcareCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "ACTION",
      description = "${COMPLETION-CANDIDATES}; none with --here.")
  Action action;

  @Option(
      names = "--every",
      paramLabel = "TIME",
      description = "How often: 10m to 4h, e.g. 50m, 1h, 1h30m (default 50m).")
  String every;

  @Option(
      names = "--between",
      paramLabel = "HH:MM-HH:MM",
      description =
          "The hours to remind in (default 09:00-17:30); the first reminder comes one interval in.")
  String between;

  @Option(
      names = "--days",
      paramLabel = "DAYS",
      description = "Which days: mon-fri, mon,wed,fri, all (default mon-fri).")
  String days;

  @Option(
      names = "--routine",
      paramLabel = "ID",
      description = "The routine the reminder offers (default desk).")
  String routine;

  @Option(
      names = "--here",
      description = "Remind in this terminal instead: Enter runs the routine, s snoozes, q quits.")
  boolean here;

  @Option(
      names = "--cron",
      description = "With on: print crontab lines that do the same, for machines without systemd.")
  boolean cron;

  @Option(names = "--json", description = "With status: as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    checkCombination();
    if (here) return here();
    return switch (action) {
      case ON -> cron ? cron() : on();
      case OFF -> off();
      case STATUS -> RemindStatus.print(root.context(), json, out());
      case NOTIFY -> notifyNow();
    };
  }

  /** Each option goes with the actions it means something for (see {@link ActionOptions}). */
  private void checkCombination() {
    if (action == null && !here) {
      throw new BadInputException(
          "remind: say what to do: `backcare remind on`, `off`, `status`, or `--here`"
              + " for a reminder in this terminal");
    }
    List<String> problems = new ArrayList<>();
    if (action != null && here) {
      problems.add(
          "--here runs on its own, without "
              + action
              + ": `backcare remind --here [--every 50m] [--routine desk]`");
    }
    ParseResult given = spec.commandLine().getParseResult();
    problems.addAll(
        ActionOptions.misplaced(here ? "--here" : action.toString(), given::hasMatchedOption));
    if (!problems.isEmpty()) throw new BadInputException(problems);
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The settings asked for, with the routine checked against the library (yours included). */
  private Settings settings() {
    Settings s = Settings.parse(every, between, days, routine);
    Libraries.routine(Libraries.load(root.context(), err()), s.routine());
    return s;
  }

  private Integer on() throws IOException {
    return switch (setup().on(settings(), root.context().now().get())) {
      case DONE -> ExitCode.OK;
      case NO_SYSTEMD -> ExitCode.BAD_INPUT;
      case NOT_STARTED -> ExitCode.INTERNAL_ERROR;
    };
  }

  private Integer cron() {
    setup().cron(settings(), HumanWriter.unwrapped(out())); // crontab lines: never wrapped
    return ExitCode.OK;
  }

  private Integer off() throws IOException {
    setup().off();
    return ExitCode.OK;
  }

  private TimerSetup setup() {
    Context ctx = root.context();
    return new TimerSetup(ctx.env(), new Programs(ctx.env()), out(), err());
  }

  /**
   * One reminder now, unless it should stay quiet; never a failure (the timer's service runs it).
   */
  private Integer notifyNow() {
    Context ctx = root.context();
    int minutes = Settings.parse(every, null, null, null).everyMinutes();
    String id = routine == null ? Settings.DEFAULT_ROUTINE : routine.trim();
    if (!Reminder.hasDesktop(ctx.env()))
      return ExitCode.OK; // no desktop: nothing to say, nobody to say it to
    List<SessionRecord> recent = List.of();
    HistoryStore store = HistoryFiles.store(ctx);
    try {
      // read from the end of the history: only routines of the last interval (and an hour more)
      // matter
      recent =
          store.tail(Duration.ofMinutes(minutes + 60L), r -> (SessionRecord) r.record()).sessions();
    } catch (IOException e) {
      HistoryFiles.warnUnreadable(err(), store, e, "reminding anyway");
    }
    Reminder.show(new Programs(ctx.env()), minutes, id, recent, ctx.offsetNow(), out(), err());
    return ExitCode.OK;
  }

  /** The reminder in this terminal; Enter runs the routine as `backcare routine ID` would. */
  private Integer here() throws IOException {
    Context ctx = root.context();
    Settings s = Settings.parse(every, null, null, routine);
    Libraries.routine(Libraries.load(ctx, err()), s.routine());
    Devices devices = root.devices();
    Optional<Screen> screen = ctx.interactive() ? devices.openScreen() : Optional.empty();
    if (screen.isEmpty()) {
      throw new BadInputException(
          "remind --here needs a terminal (it waits for keys), and stdin and stdout are"
              + " not one, or the terminal is dumb; run it in a terminal, or use `backcare remind on`");
    }
    PrintWriter out = out();
    HereLoop loop =
        new HereLoop(
            ctx.clock(),
            ctx.now(),
            s.everyMinutes(),
            s.routine(),
            DisplayOptions.colourAllowed(false, ctx.env().get("NO_COLOR")));
    HereLoop.End end =
        loop.run(
            screen.get(),
            devices::openScreen,
            () -> {
              CommandLine routineLine = BackcareCommand.build(ctx, devices, "routine");
              routineLine.setOut(out).setErr(err());
              routineLine.execute("routine", s.routine());
            });
    out.println(
        end == HereLoop.End.QUIT ? "Reminders stopped." : "Reminders stopped (interrupted).");
    out.flush();
    return end == HereLoop.End.QUIT ? ExitCode.OK : ExitCode.INTERRUPTED;
  }
}
