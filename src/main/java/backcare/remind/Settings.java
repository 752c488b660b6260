package backcare.remind;

import backcare.BadInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What `remind on` was asked for: how often, between which times of day, on which days, and the
 * routine the reminder offers. Parsed from the options as typed, and written back the same way (the
 * timer file keeps them so that `remind status` can show them).
 */
public record Settings(
    int everyMinutes, LocalTime from, LocalTime to, Set<DayOfWeek> days, String routine) {
  public static final int MIN_MINUTES = 10;
  public static final int MAX_MINUTES = 4 * 60;
  public static final String DEFAULT_EVERY = "50m";
  public static final String DEFAULT_BETWEEN = "09:00-17:30";
  public static final String DEFAULT_DAYS = "mon-fri";
  public static final String DEFAULT_ROUTINE = "desk";

  private static final Pattern INTERVAL =
      Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m(?:in)?)?");
  private static final Pattern BETWEEN = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");
  private static final List<String> DAY_NAMES =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final List<String> SYSTEMD_DAYS =
      List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  public Settings {
    days = Set.copyOf(days);
  }

  public static Settings defaults() {
    return parse(null, null, null, null);
  }

  /** The options as typed (null: the default); every problem found is reported at once. */
  public static Settings parse(String every, String between, String days, String routine) {
    List<String> problems = new ArrayList<>();
    int minutes = interval(every == null ? DEFAULT_EVERY : every, problems);
    LocalTime[] window = window(between == null ? DEFAULT_BETWEEN : between, problems);
    Set<DayOfWeek> d = days(days == null ? DEFAULT_DAYS : days, problems);
    String r = routine == null ? DEFAULT_ROUTINE : routine.trim();
    if (problems.isEmpty() && window[0].plusMinutes(minutes).isAfter(window[1])) {
      problems.add(
          "--between "
              + between(window[0], window[1])
              + " is shorter than --every "
              + formatMinutes(minutes)
              + ", so no reminder would ever come; give a longer window or a shorter interval");
    }
    if (!problems.isEmpty()) throw new BadInputException(problems);
    return new Settings(minutes, window[0], window[1], d, r);
  }

  /**
   * {@code 50m}, {@code 1h}, {@code 1h30m}, or a whole number of minutes; 10 minutes to 4 hours.
   */
  static int interval(String text, List<String> problems) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Integer minutes = null;
    if (t.matches("\\d{1,5}")) {
      minutes = Integer.parseInt(t);
    } else {
      Matcher m = INTERVAL.matcher(t);
      if (!t.isEmpty() && m.matches() && (m.group(1) != null || m.group(2) != null)) {
        minutes =
            (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 60)
                + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
      }
    }
    if (minutes == null) {
      problems.add(
          "--every " + text + ": not a time; write it as 50m, 1h or 1h30m, from 10m to 4h");
      return 0;
    }
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      problems.add(
          "--every " + text + " is out of range; give 10m to 4h (from 10 minutes to 4 hours)");
      return 0;
    }
    return minutes;
  }

  private static LocalTime[] window(String text, List<String> problems) {
    Matcher m = BETWEEN.matcher(text.trim());
    LocalTime[] none = {LocalTime.MIN, LocalTime.MAX};
    if (!m.matches()) {
      problems.add(
          "--between " + text + ": write it as HH:MM-HH:MM on the 24-hour clock, e.g. 09:00-17:30");
      return none;
    }
    int h1 = Integer.parseInt(m.group(1)), m1 = Integer.parseInt(m.group(2));
    int h2 = Integer.parseInt(m.group(3)), m2 = Integer.parseInt(m.group(4));
    if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) {
      problems.add(
          "--between "
              + text
              + ": not a time of day; hours go from 00 to 23, minutes from 00 to 59");
      return none;
    }
    LocalTime from = LocalTime.of(h1, m1), to = LocalTime.of(h2, m2);
    if (!from.isBefore(to)) {
      problems.add(
          "--between "
              + text
              + ": the start must come before the end on the same day (e.g. 09:00-17:30)");
      return none;
    }
    return new LocalTime[] {from, to};
  }

  /**
   * {@code mon-fri}, {@code mon,wed,fri}, {@code sat-sun}, {@code all}; a range may wrap past
   * Sunday.
   */
  private static Set<DayOfWeek> days(String text, List<String> problems) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("all") || t.equals("every") || t.equals("daily"))
      return EnumSet.allOf(DayOfWeek.class);
    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (String part : t.split(",", -1)) { // -1: "mon," is a day left out, not "mon"
      String[] ends = part.trim().split("-", -1);
      int a = day(ends[0]);
      int b = ends.length == 2 ? day(ends[1]) : a;
      if (ends.length > 2 || a < 0 || b < 0) {
        problems.add(
            "--days "
                + text
                + ": \""
                + part.trim()
                + "\" is not a day or a range of days; write e.g. "
                + "mon-fri, mon,wed,fri, sat-sun or all (days: "
                + String.join(", ", DAY_NAMES)
                + ")");
        return EnumSet.allOf(DayOfWeek.class);
      }
      for (int i = a; ; i = (i + 1) % 7) {
        set.add(DayOfWeek.of(i + 1));
        if (i == b) break;
      }
    }
    return set;
  }

  private static int day(String s) {
    String t = s.trim();
    if (t.length() < 3) return -1;
    return DAY_NAMES.indexOf(t.substring(0, 3)) >= 0 && dayPrefixOk(t)
        ? DAY_NAMES.indexOf(t.substring(0, 3))
        : -1;
  }

  private static boolean dayPrefixOk(String t) {
    String[] full = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (String f : full) if (f.startsWith(t)) return true;
    return false;
  }

  /** The options that give these settings back, in the order `remind on` takes them. */
  public List<String> options() {
    return List.of(
        "--every",
        formatMinutes(everyMinutes),
        "--between",
        between(from, to),
        "--days",
        daysOption(),
        "--routine",
        routine);
  }

  /** "every 50m, 09:00-17:30, Mon-Fri" */
  public String describe() {
    return "every "
        + formatMinutes(everyMinutes)
        + ", "
        + between(from, to)
        + ", "
        + daysText("-", false);
  }

  /** The days as systemd writes them: {@code Mon..Fri}, {@code Mon,Wed,Fri}, {@code Mon..Sun}. */
  public String systemdDays() {
    return daysText("..", false);
  }

  /** The days as cron writes them: {@code 1-5}, {@code 1,3,5} (Sunday is 0). */
  public String cronDays() {
    if (days.size() == 7) return "*";
    List<String> parts = new ArrayList<>();
    for (List<Integer> run : runs()) {
      int a = run.get(0) + 1, b = run.get(run.size() - 1) + 1;
      if (b == 7) { // Sunday is 0 in cron: a run ending on Sunday is written as two parts
        if (a < 7) parts.add(a == 6 ? "6" : a + "-6");
        parts.add("0");
      } else {
        parts.add(a == b ? String.valueOf(a) : a + "-" + b);
      }
    }
    return String.join(",", parts);
  }

  private String daysOption() {
    if (days.size() == 7) return "all";
    return daysText("-", true);
  }

  private String daysText(String range, boolean lower) {
    List<String> names = lower ? DAY_NAMES : SYSTEMD_DAYS;
    List<String> parts = new ArrayList<>();
    for (List<Integer> run : runs()) {
      String a = names.get(run.get(0)), b = names.get(run.get(run.size() - 1));
      if (run.size() == 1) parts.add(a);
      else if (run.size() == 2) parts.add(a + "," + b);
      else parts.add(a + range + b);
    }
    return String.join(",", parts);
  }

  /** The chosen days as runs of consecutive days, Monday first. */
  private List<List<Integer>> runs() {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = null;
    for (int i = 0; i < 7; i++) {
      if (days.contains(DayOfWeek.of(i + 1))) {
        if (run == null) {
          run = new ArrayList<>();
          runs.add(run);
        }
        run.add(i);
      } else {
        run = null;
      }
    }
    return runs;
  }

  public static String formatMinutes(int minutes) {
    int h = minutes / 60, m = minutes % 60;
    if (h == 0) return m + "m";
    return m == 0 ? h + "h" : h + "h" + m + "m";
  }

  static String between(LocalTime from, LocalTime to) {
    return from + "-" + to;
  }
}
