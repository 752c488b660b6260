package backcare.remind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two unit files of `remind on`, as text: a timer with one OnCalendar= line per group of times,
 * and a oneshot service that runs {@code backcare remind notify}. Always the same two names, so
 * running `remind on` again replaces them and there is never a second timer.
 */
public final class Units {
  public static final String TIMER = "backcare-remind.timer";
  public static final String SERVICE = "backcare-remind.service";
  static final String SETTINGS_PREFIX = "# settings: ";

  /** The variables that say where backcare's files are, passed on to the service when set. */
  static final List<String> PASSED_ON =
      List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME");

  private Units() {}

  /** $XDG_CONFIG_HOME/systemd/user (when absolute), else ~/.config/systemd/user. */
  public static Path folder(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return base.resolve("systemd").resolve("user");
  }

  public static String timer(Settings s) {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Written by `backcare remind on`; `backcare remind off` removes it. Edits are lost at the next `remind on`.\n");
    b.append(SETTINGS_PREFIX).append(String.join(" ", s.options())).append('\n');
    b.append("[Unit]\n");
    b.append("Description=backcare: a reminder to get up and move, ")
        .append(s.describe())
        .append('\n');
    b.append("\n[Timer]\n");
    for (String c : new Schedule(s).onCalendar()) b.append("OnCalendar=").append(c).append('\n');
    // a reminder missed while the machine slept is not made up for later: a skip is fine
    b.append("Persistent=false\n");
    b.append("AccuracySec=30s\n");
    b.append("Unit=").append(SERVICE).append('\n');
    b.append("\n[Install]\n");
    b.append("WantedBy=timers.target\n");
    return b.toString();
  }

  /** {@code launcher}: the program that runs backcare, and any arguments before backcare's own. */
  public static String service(Settings s, List<String> launcher, Map<String, String> env) {
    List<String> command = notifyCommand(s, launcher);
    StringBuilder b = new StringBuilder();
    b.append("# Written by `backcare remind on`; `backcare remind off` removes it.\n");
    b.append("[Unit]\n");
    b.append("Description=backcare: show the reminder to get up and move\n");
    b.append("\n[Service]\n");
    b.append("Type=oneshot\n");
    b.append("ExecStart=");
    for (int i = 0; i < command.size(); i++)
      b.append(i == 0 ? "" : " ").append(execWord(command.get(i)));
    b.append('\n');
    for (String name : PASSED_ON) {
      String v = env.get(name);
      if (v != null && !v.isBlank() && Path.of(v).isAbsolute()) {
        b.append("Environment=").append(quoted(name + "=" + v, false)).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The command line that shows the reminder, for the service and for a crontab line alike: {@code
   * launcher}, then {@code remind notify} with the settings' interval and routine.
   */
  public static List<String> notifyCommand(Settings s, List<String> launcher) {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(
        List.of(
            "remind",
            "notify",
            "--every",
            Settings.formatMinutes(s.everyMinutes()),
            "--routine",
            s.routine()));
    return command;
  }

  /** The settings a timer file was written with, or empty when it holds none we can read. */
  public static Optional<Settings> settingsOf(String timerText) {
    for (String line : timerText.split("\n")) {
      if (!line.startsWith(SETTINGS_PREFIX)) continue;
      String[] w = line.substring(SETTINGS_PREFIX.length()).trim().split(" ");
      String every = null, between = null, days = null, routine = null;
      for (int i = 0; i + 1 < w.length; i += 2) {
        switch (w[i]) {
          case "--every" -> every = w[i + 1];
          case "--between" -> between = w[i + 1];
          case "--days" -> days = w[i + 1];
          case "--routine" -> routine = w[i + 1];
          default -> {
            return Optional.empty();
          }
        }
      }
      try {
        return Optional.of(Settings.parse(every, between, days, routine));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * One word of ExecStart=, quoted when it must be: spaces, quotes, and systemd's % and $ escaped.
   */
  static String execWord(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@+,-]+")) return word;
    return quoted(word, true);
  }

  private static String quoted(String s, boolean dollars) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '%' -> b.append("%%");
        case '$' -> b.append(dollars ? "$$" : "$");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
