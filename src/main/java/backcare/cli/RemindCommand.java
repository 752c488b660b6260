package backcare.cli;

import backcare.BadInputException;
import backcare.console.Devices;
import backcare.console.Screen;
import backcare.history.HistoryStore;
import backcare.remind.HereLoop;
import backcare.remind.Launcher;
import backcare.remind.Programs;
import backcare.remind.Reminder;
import backcare.remind.Schedule;
import backcare.remind.Settings;
import backcare.remind.Units;
import backcare.remind.UserTimer;
import backcare.text.HumanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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

  /**
   * Each option goes with the actions it means something for; anything else is refused, naming
   * where it goes.
   */
  private void checkCombination() {
    List<String> problems = new ArrayList<>();
    if (action == null && !here) {
      throw new BadInputException(
          "remind: say what to do: `backcare remind on`, `off`, `status`, or `--here`"
              + " for a reminder in this terminal");
    }
    if (action != null && here) {
      problems.add(
          "--here runs on its own, without "
              + action
              + ": `backcare remind --here [--every 50m] [--routine desk]`");
    }
    String where = here ? "--here" : action.toString();
    if (cron && !"on".equals(where))
      problems.add("--cron goes with `remind on`, not with " + where);
    if (json && !"status".equals(where))
      problems.add("--json goes with `remind status`, not with " + where);
    boolean schedule = "on".equals(where);
    if (between != null && !schedule)
      problems.add("--between goes with `remind on`, not with " + where);
    if (days != null && !schedule) problems.add("--days goes with `remind on`, not with " + where);
    boolean timed = schedule || "notify".equals(where) || here;
    if (every != null && !timed)
      problems.add("--every goes with `remind on`, notify or --here, not with " + where);
    if (routine != null && !timed)
      problems.add("--routine goes with `remind on`, notify or --here, not with " + where);
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
    Context ctx = root.context();
    Settings s = settings();
    PrintWriter out = out();
    Programs programs = new Programs(ctx.env());
    UserTimer timer = new UserTimer(programs);
    UserTimer.Systemd systemd = timer.systemd();
    if (systemd == UserTimer.Systemd.ABSENT) {
      PrintWriter err = err();
      err.println(
          "backcare: systemd is not available here (no systemctl on the PATH), so there is no timer to"
              + " set up; nothing was written. Instead:");
      err.println("  backcare remind --here   # a countdown in a spare terminal or tmux pane");
      err.println(
          "  backcare remind on --cron "
              + String.join(" ", s.options())
              + "   # prints crontab lines to add with `crontab -e`");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    Optional<Settings> before = timer.timerText().flatMap(Units::settingsOf);
    timer.write(Units.timer(s), Units.service(s, Launcher.command(ctx.env()), ctx.env()));
    out.println(
        "Reminders to get up and move: " + s.describe() + "; the " + s.routine() + " routine.");
    before.ifPresent(
        b ->
            out.println(
                "  (this replaces the earlier settings: "
                    + b.describe()
                    + ", the "
                    + b.routine()
                    + " routine)"));
    out.println("Wrote " + timer.timerFile() + " and " + Units.SERVICE + " beside it.");
    int code = ExitCode.OK;
    if (systemd == UserTimer.Systemd.RUNNING) {
      List<String> failures = timer.enableAndStart();
      if (failures.isEmpty()) {
        out.println(
            "The timer is enabled and started: it runs while you are logged in, and again after a restart.");
      } else {
        out.flush();
        for (String f : failures) err().println("backcare: " + f);
        err()
            .println(
                "backcare: the files are written; once that is fixed, run: "
                    + UserTimer.ENABLE_LATER);
        err().flush();
        code = ExitCode.INTERNAL_ERROR;
      }
    } else {
      out.println(
          "No systemd user manager is running here, so the timer is not started"
              + why(timer.whyNoManager())
              + ".");
      out.println(
          "When one runs (log in to a desktop session, or `loginctl enable-linger` once), start it with:");
      out.println("  " + UserTimer.ENABLE_LATER);
      out.println(
          "Meanwhile: `backcare remind --here` in a spare terminal, or `backcare remind on --cron` for crontab lines.");
    }
    RemindStatus.printNext(out, s, ctx.now().get());
    out.println("Check: backcare remind status; journalctl --user -u backcare-remind");
    out.flush();
    return code;
  }

  private static String why(String said) {
    return said.isBlank() ? "" : " (systemctl says: " + said + ")";
  }

  private Integer cron() {
    Context ctx = root.context();
    Settings s = settings();
    List<String> command = Units.notifyCommand(s, Launcher.command(ctx.env()));
    // cron starts jobs with almost no environment: pass on where the desktop and backcare's files
    // are
    StringBuilder vars = new StringBuilder();
    for (String name :
        List.of(
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
            "XDG_RUNTIME_DIR",
            "XDG_CONFIG_HOME",
            "XDG_STATE_HOME",
            "XDG_DATA_HOME")) {
      String v = ctx.env().get(name);
      if (v != null && !v.isBlank())
        vars.append(Launcher.shellLine(List.of(name + "=" + v))).append(' ');
    }
    PrintWriter out = HumanWriter.unwrapped(out()); // crontab lines: one a line, never wrapped
    out.println(
        "# backcare remind: "
            + s.describe()
            + "; the "
            + s.routine()
            + " routine."
            + " Add these lines with `crontab -e` (backcare never edits your crontab).");
    for (String line : new Schedule(s).cronLines(vars + Launcher.shellLine(command)))
      out.println(line);
    out.flush();
    return ExitCode.OK;
  }

  private Integer off() throws IOException {
    PrintWriter out = out();
    UserTimer timer = new UserTimer(new Programs(root.context().env()));
    UserTimer.Systemd systemd = timer.systemd();
    boolean wasThere = timer.timerText().isPresent() || Files.exists(timer.serviceFile());
    List<String> failures = new ArrayList<>();
    if (systemd == UserTimer.Systemd.RUNNING && wasThere) failures.addAll(timer.stopAndDisable());
    List<Path> removed = timer.remove();
    if (systemd == UserTimer.Systemd.RUNNING && wasThere) failures.addAll(timer.reload());
    if (!wasThere) {
      out.println(
          "Reminders were not on: there is no "
              + Units.TIMER
              + " in "
              + timer.timerFile().getParent()
              + ".");
    } else {
      out.println("Reminders are off.");
      if (systemd == UserTimer.Systemd.RUNNING)
        out.println("Stopped and disabled " + Units.TIMER + ".");
      for (Path p : removed) out.println("Removed " + p + ".");
    }
    out.flush();
    for (String f : failures) err().println("backcare: warning: " + f);
    err().flush();
    return ExitCode.OK;
  }

  /**
   * One reminder now, unless it should stay quiet; never a failure (the timer's service runs it).
   */
  private Integer notifyNow() {
    Context ctx = root.context();
    PrintWriter out = out();
    PrintWriter err = err();
    int minutes = Settings.parse(every, null, null, null).everyMinutes();
    String id = routine == null ? Settings.DEFAULT_ROUTINE : routine.trim();
    if (!Reminder.hasDesktop(ctx.env()))
      return ExitCode.OK; // no desktop: nothing to say, nobody to say it to
    OffsetDateTime now = ctx.offsetNow();
    Optional<OffsetDateTime> lastEnd = Optional.empty();
    HistoryStore store = HistoryFiles.store(ctx);
    try {
      // read from the end of the history: only routines of the last interval (and an hour more)
      // matter
      lastEnd =
          Reminder.lastRoutineEnd(
              store.tail(java.time.Duration.ofMinutes(minutes + 60L)).sessions());
    } catch (IOException e) {
      err.println(
          "backcare: warning: could not read your history, "
              + store.file()
              + ": "
              + HistoryStore.reason(e)
              + "; reminding anyway");
    }
    Optional<String> quiet = Reminder.tooSoonAfterRoutine(lastEnd, now);
    if (quiet.isPresent()) {
      out.println("backcare remind: no reminder now: " + quiet.get() + ".");
      out.flush();
      return ExitCode.OK;
    }
    Programs programs = new Programs(ctx.env());
    if (Reminder.screenLocked(programs).orElse(false)) {
      out.println("backcare remind: no reminder now: the screen is locked.");
      out.flush();
      return ExitCode.OK;
    }
    long sat = Reminder.minutesSat(minutes, lastEnd, now);
    Optional<Programs.Result> shown =
        programs.run("notify-send", Reminder.notifySendArguments(sat, id).toArray(String[]::new));
    if (shown.isEmpty()) {
      err.println(
          "backcare: notify-send is not installed, so the reminder cannot be shown; install it"
              + " (Debian, Ubuntu: sudo apt install libnotify-bin)");
    } else if (!shown.get().ok()) {
      err.println(
          "backcare: warning: notify-send could not show the reminder: " + shown.get().why());
    } else {
      out.println("backcare remind: reminder shown (sitting about " + Reminder.minutes(sat) + ").");
    }
    out.flush();
    err.flush();
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
