package backcare.remind;

import backcare.history.SessionRecord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reminder, as `remind notify` gives it: whether to stay quiet, and the words. Quiet when there
 * is no desktop to show it on, when a routine ended less than ten minutes ago, and while the screen
 * is locked (when logind can say); never an error, so the timer's service never fails.
 */
public final class Reminder {
  /** No reminder this soon after a routine ended. */
  public static final Duration AFTER_ROUTINE = Duration.ofMinutes(10);

  public static final String TITLE = "Time to get up and move";

  private Reminder() {}

  /** A graphical session to show a notification in: X11 or Wayland. */
  public static boolean hasDesktop(Map<String, String> env) {
    return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
  }

  /**
   * The end of the routine that was last finished (done, or stopped for pain), if any: quit,
   * skipped or interrupted runs do not count.
   */
  public static Optional<OffsetDateTime> lastRoutineEnd(List<SessionRecord> sessions) {
    return sessions.stream()
        .filter(s -> "done".equals(s.ending()) || s.stoppedForPain())
        .map(SessionRecord::end)
        .max((a, b) -> a.toInstant().compareTo(b.toInstant()));
  }

  /**
   * Why to stay quiet after a routine, or empty: a routine ended within {@link #AFTER_ROUTINE} of
   * now.
   */
  public static Optional<String> tooSoonAfterRoutine(
      Optional<OffsetDateTime> lastEnd, OffsetDateTime now) {
    if (lastEnd.isEmpty()) return Optional.empty();
    Duration since = Duration.between(lastEnd.get().toInstant(), now.toInstant());
    if (since.compareTo(AFTER_ROUTINE) >= 0) return Optional.empty();
    long minutes = Math.max(0, since.toMinutes());
    return Optional.of(
        "a routine ended " + (minutes == 0 ? "less than a minute" : minutes + " min") + " ago");
  }

  /**
   * How long the user has sat: the interval, or less when a routine ended more recently than that.
   */
  public static long minutesSat(
      int everyMinutes, Optional<OffsetDateTime> lastEnd, OffsetDateTime now) {
    long sat = everyMinutes;
    if (lastEnd.isPresent()) {
      long since = Duration.between(lastEnd.get().toInstant(), now.toInstant()).toMinutes();
      if (since >= 0 && since < sat) sat = since;
    }
    return sat;
  }

  /** The notification's body: the time sat, one line of why, and the command to run. */
  public static String body(long minutesSat, String routine) {
    return "You have been sitting for about "
        + minutes(minutesSat)
        + ".\n"
        + "A few minutes on your feet each hour keeps a stiff back from setting in.\n"
        + "Stretch: backcare routine "
        + routine;
  }

  public static String minutes(long m) {
    if (m < 60) return m + (m == 1 ? " minute" : " minutes");
    long h = m / 60, r = m % 60;
    String hours = h + (h == 1 ? " hour" : " hours");
    return r == 0 ? hours : hours + " " + r + " min";
  }

  /** The arguments to notify-send. */
  public static List<String> notifySendArguments(long minutesSat, String routine) {
    return List.of(
        "--app-name=backcare",
        "--urgency=normal",
        "--icon=appointment-soon",
        TITLE,
        body(minutesSat, routine));
  }

  /**
   * One reminder now, as `remind notify` gives it (the timer's service runs that): quiet when a
   * routine of {@code recent} ended too lately or the screen is locked (said on {@code out}),
   * otherwise shown with notify-send; a notify-send that is missing or fails is said on {@code
   * err}, never a failure. The caller has checked {@link #hasDesktop}.
   */
  public static void show(
      Programs programs,
      int everyMinutes,
      String routine,
      List<SessionRecord> recent,
      OffsetDateTime now,
      PrintWriter out,
      PrintWriter err) {
    Optional<OffsetDateTime> lastEnd = lastRoutineEnd(recent);
    Optional<String> quiet = tooSoonAfterRoutine(lastEnd, now);
    if (quiet.isPresent()) {
      out.println("backcare remind: no reminder now: " + quiet.get() + ".");
      out.flush();
      return;
    }
    if (screenLocked(programs).orElse(false)) {
      out.println("backcare remind: no reminder now: the screen is locked.");
      out.flush();
      return;
    }
    long sat = minutesSat(everyMinutes, lastEnd, now);
    Optional<Programs.Result> shown =
        programs.run("notify-send", notifySendArguments(sat, routine).toArray(String[]::new));
    if (shown.isEmpty()) {
      err.println(
          "backcare: notify-send is not installed, so the reminder cannot be shown; install it"
              + " (Debian, Ubuntu: sudo apt install libnotify-bin)");
    } else if (!shown.get().ok()) {
      err.println(
          "backcare: warning: notify-send could not show the reminder: " + shown.get().why());
    } else {
      out.println("backcare remind: reminder shown (sitting about " + minutes(sat) + ").");
    }
    out.flush();
    err.flush();
  }

  /**
   * Whether the screen is locked, when logind can tell: the LockedHint of this session
   * (XDG_SESSION_ID), else of the user's graphical session. Empty when nobody can say.
   */
  public static Optional<Boolean> screenLocked(Programs programs) {
    if (programs.find("loginctl").isEmpty()) return Optional.empty();
    String session = programs.env().get("XDG_SESSION_ID");
    if (!notBlank(session)) {
      Optional<String> uid = uid();
      if (uid.isEmpty()) return Optional.empty();
      session =
          programs
              .run("loginctl", "show-user", uid.get(), "--property=Display", "--value")
              .filter(Programs.Result::ok)
              .map(r -> r.out().strip())
              .orElse("");
    }
    if (!notBlank(session)) return Optional.empty();
    String hint =
        programs
            .run("loginctl", "show-session", session, "--property=LockedHint", "--value")
            .filter(Programs.Result::ok)
            .map(r -> r.out().strip())
            .orElse("");
    return switch (hint) {
      case "yes" -> Optional.of(true);
      case "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<String> uid() {
    try {
      return Optional.of(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid")));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
