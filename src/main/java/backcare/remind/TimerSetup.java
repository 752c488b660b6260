package backcare.remind;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What `backcare remind on`, `off` and `on --cron` do, without picocli: set up the systemd user
 * timer, take it down, or print crontab lines that do the same. What is done is said on {@code
 * out}, what went wrong on {@code err}.
 */
public final class TimerSetup {
  /** How `remind on` went. */
  public enum Result {
    /** The files are written (and the timer started, where a user manager runs). */
    DONE,
    /** No systemctl on the PATH: nothing was written. */
    NO_SYSTEMD,
    /** The files are written, but systemctl could not enable or start the timer. */
    NOT_STARTED
  }

  private final Map<String, String> env;
  private final UserTimer timer;
  private final PrintWriter out;
  private final PrintWriter err;

  public TimerSetup(Map<String, String> env, Programs programs, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.timer = new UserTimer(programs);
    this.out = out;
    this.err = err;
  }

  /** Writes the timer and its service for {@code s}, and starts it where systemd can. */
  public Result on(Settings s, ZonedDateTime now) throws IOException {
    UserTimer.Systemd systemd = timer.systemd();
    if (systemd == UserTimer.Systemd.ABSENT) {
      err.println(
          "backcare: systemd is not available here (no systemctl on the PATH), so there is no timer to"
              + " set up; nothing was written. Instead:");
      err.println("  backcare remind --here   # a countdown in a spare terminal or tmux pane");
      err.println(
          "  backcare remind on --cron "
              + String.join(" ", s.options())
              + "   # prints crontab lines to add with `crontab -e`");
      err.flush();
      return Result.NO_SYSTEMD;
    }
    Optional<Settings> before = timer.timerText().flatMap(Units::settingsOf);
    timer.write(Units.timer(s), Units.service(s, Launcher.command(env), env));
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
    Result result = Result.DONE;
    if (systemd == UserTimer.Systemd.RUNNING) {
      List<String> failures = timer.enableAndStart();
      if (failures.isEmpty()) {
        out.println(
            "The timer is enabled and started: it runs while you are logged in, and again after a restart.");
      } else {
        out.flush();
        for (String f : failures) err.println("backcare: " + f);
        err.println(
            "backcare: the files are written; once that is fixed, run: " + UserTimer.ENABLE_LATER);
        err.flush();
        result = Result.NOT_STARTED;
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
    out.println(Schedule.nextLine("Next: ", new Schedule(s).next(now, 3)));
    out.println("Check: backcare remind status; journalctl --user -u backcare-remind");
    out.flush();
    return result;
  }

  private static String why(String said) {
    return said.isBlank() ? "" : " (systemctl says: " + said + ")";
  }

  /** Stops the timer and removes its files; what systemctl could not do is a warning. */
  public void off() throws IOException {
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
    for (String f : failures) err.println("backcare: warning: " + f);
    err.flush();
  }

  /**
   * Crontab lines that do what the timer would, on {@code lines} (a writer that never wraps: one
   * crontab line a line). Nothing is written: the user adds them with `crontab -e`.
   */
  public void cron(Settings s, PrintWriter lines) {
    List<String> command = Units.notifyCommand(s, Launcher.command(env));
    // cron starts jobs with almost no environment: pass on where the desktop and backcare's files
    // are
    StringBuilder vars = new StringBuilder();
    for (String name : CRON_PASSES_ON) {
      String v = env.get(name);
      if (v != null && !v.isBlank())
        vars.append(Launcher.shellLine(List.of(name + "=" + v))).append(' ');
    }
    lines.println(
        "# backcare remind: "
            + s.describe()
            + "; the "
            + s.routine()
            + " routine."
            + " Add these lines with `crontab -e` (backcare never edits your crontab).");
    for (String line : new Schedule(s).cronLines(vars + Launcher.shellLine(command)))
      lines.println(line);
    lines.flush();
  }

  private static final List<String> CRON_PASSES_ON =
      List.of(
          "DISPLAY",
          "WAYLAND_DISPLAY",
          "DBUS_SESSION_BUS_ADDRESS",
          "XDG_RUNTIME_DIR",
          "XDG_CONFIG_HOME",
          "XDG_STATE_HOME",
          "XDG_DATA_HOME");
}
