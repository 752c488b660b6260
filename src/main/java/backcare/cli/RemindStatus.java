package backcare.cli;

import backcare.remind.Programs;
import backcare.remind.Schedule;
import backcare.remind.Settings;
import backcare.remind.Units;
import backcare.remind.UserTimer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code backcare remind status}. */
final class RemindStatus {
  private RemindStatus() {}

  /** {@code backcare remind status}: whether reminders are on, their settings and the next few. */
  static int print(Context ctx, boolean json, PrintWriter out) throws IOException {
    UserTimer timer = new UserTimer(new Programs(ctx.env()));
    Optional<String> text = timer.timerText();
    Optional<Settings> s = text.flatMap(Units::settingsOf);
    UserTimer.Systemd systemd = timer.systemd();
    String state =
        text.isEmpty()
            ? "off"
            : systemd == UserTimer.Systemd.ABSENT
                ? "no-systemd"
                : systemd == UserTimer.Systemd.NO_USER_MANAGER ? "no-user-manager" : timer.state();
    boolean on = state.equals("active");
    List<ZonedDateTime> next =
        s.map(x -> new Schedule(x).next(ctx.now().get(), 3)).orElse(List.of());
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("on", on);
      m.put("state", state);
      Map<String, Object> settings = null;
      if (s.isPresent()) {
        settings = new LinkedHashMap<>();
        List<String> o = s.get().options();
        for (int i = 0; i + 1 < o.size(); i += 2) settings.put(o.get(i).substring(2), o.get(i + 1));
        settings.put("everyMinutes", s.get().everyMinutes());
      }
      m.put("settings", settings);
      m.put("next", next.stream().map(t -> t.toOffsetDateTime().toString()).toList());
      m.put("timer", text.isPresent() ? timer.timerFile().toString() : null);
      m.put("service", text.isPresent() ? timer.serviceFile().toString() : null);
      Json.print(out, m);
      return ExitCode.OK;
    }
    switch (state) {
      case "off" -> {
        out.println(
            "Reminders are off. Turn them on with `backcare remind on` (or `backcare remind --here`).");
        out.flush();
        return ExitCode.OK;
      }
      case "active" -> out.println("Reminders are on: the timer is active.");
      case "no-user-manager" ->
          out.println(
              "Reminders are set up but not running: no systemd user manager is"
                  + " running here. When one is, run: "
                  + UserTimer.ENABLE_LATER);
      case "no-systemd" ->
          out.println(
              "Reminders are set up but cannot run: systemd is not available here."
                  + " Try `backcare remind --here`, or `backcare remind on --cron`.");
      default ->
          out.println(
              "Reminders are set up but the timer is "
                  + state
                  + ". Start it with: "
                  + UserTimer.ENABLE_LATER);
    }
    if (s.isPresent()) {
      out.println("  " + s.get().describe() + "; the " + s.get().routine() + " routine.");
    } else {
      out.println(
          "  The settings in "
              + timer.timerFile()
              + " cannot be read; `backcare remind on` writes them again.");
    }
    if (!next.isEmpty())
      out.println(Schedule.nextLine(on ? "  next: " : "  when it runs, next: ", next));
    out.println("  files: " + timer.timerFile() + ", " + Units.SERVICE);
    out.println("  check: journalctl --user -u backcare-remind");
    out.flush();
    return ExitCode.OK;
  }
}
