package backcare.remind;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When the reminders come: every interval after the start of the window (the first one interval in,
 * since nobody has sat long at the start of the day), up to and including its end, on the chosen
 * days. The same times are written as systemd OnCalendar expressions and as crontab lines.
 */
public final class Schedule {
  private final Settings settings;

  public Schedule(Settings settings) {
    this.settings = settings;
  }

  /** The reminder times of one day, in order. */
  public List<LocalTime> timesOfDay() {
    List<LocalTime> times = new ArrayList<>();
    int end = settings.to().toSecondOfDay() / 60;
    for (int m = settings.from().toSecondOfDay() / 60 + settings.everyMinutes();
        m <= end;
        m += settings.everyMinutes()) {
      times.add(LocalTime.of(m / 60, m % 60));
    }
    return times;
  }

  /**
   * The times as groups of hours that share the same minutes (hours, minutes), the fewest lines
   * that name exactly these times: every 50 minutes from 09:00 is 09,14:50, 10,15:40, ...
   */
  private Map<TreeSet<Integer>, TreeSet<Integer>> groups() {
    Map<Integer, TreeSet<Integer>> hoursByMinute = new TreeMap<>();
    for (LocalTime t : timesOfDay())
      hoursByMinute.computeIfAbsent(t.getMinute(), k -> new TreeSet<>()).add(t.getHour());
    Map<TreeSet<Integer>, TreeSet<Integer>> minutesByHours = new LinkedHashMap<>();
    for (Map.Entry<Integer, TreeSet<Integer>> e : hoursByMinute.entrySet()) {
      minutesByHours.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
    }
    // in the order of their first time of the day, so the file reads as the day goes
    Map<TreeSet<Integer>, TreeSet<Integer>> ordered = new LinkedHashMap<>();
    minutesByHours.entrySet().stream()
        .sorted(
            java.util.Comparator.comparingInt(e -> e.getKey().first() * 60 + e.getValue().first()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** One OnCalendar= value per group, e.g. {@code Mon..Fri *-*-* 09,14:50:00}. */
  public List<String> onCalendar() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<TreeSet<Integer>, TreeSet<Integer>> g : groups().entrySet()) {
      lines.add(
          settings.systemdDays()
              + " *-*-* "
              + list(g.getKey(), "..", true)
              + ":"
              + list(g.getValue(), "..", true)
              + ":00");
    }
    return lines;
  }

  /** The crontab lines that run {@code command} at these times (command already quoted for sh). */
  public List<String> cronLines(String command) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<TreeSet<Integer>, TreeSet<Integer>> g : groups().entrySet()) {
      lines.add(
          list(g.getValue(), "-", false)
              + " "
              + list(g.getKey(), "-", false)
              + " * * "
              + settings.cronDays()
              + " "
              + command.replace("%", "\\%")); // % ends a cron command
    }
    return lines;
  }

  /** The next {@code n} reminder times after {@code now}, in now's time zone. */
  public List<ZonedDateTime> next(ZonedDateTime now, int n) {
    List<ZonedDateTime> next = new ArrayList<>();
    List<LocalTime> times = timesOfDay();
    ZonedDateTime day = now.truncatedTo(ChronoUnit.DAYS);
    for (int d = 0; d < 8 * n + 8 && next.size() < n; d++, day = day.plusDays(1)) {
      if (!settings.days().contains(day.getDayOfWeek())) continue;
      for (LocalTime t : times) {
        ZonedDateTime at = ZonedDateTime.of(day.toLocalDate(), t, now.getZone());
        if (at.isAfter(now) && next.size() < n) next.add(at);
      }
    }
    return next;
  }

  /** "Next: Wed 2 Dec 09:50, ...": the times of the next reminders as every action says them. */
  public static String nextLine(String heading, List<ZonedDateTime> next) {
    return heading + String.join(", ", next.stream().map(Schedule::when).toList());
  }

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** "Wed 2 Dec 09:50" */
  static String when(ZonedDateTime t) {
    int h = t.getHour(), m = t.getMinute();
    return DAYS[t.getDayOfWeek().getValue() - 1]
        + " "
        + t.getDayOfMonth()
        + " "
        + MONTHS[t.getMonthValue() - 1]
        + " "
        + (h < 10 ? "0" : "")
        + h
        + (m < 10 ? ":0" : ":")
        + m;
  }

  /**
   * 9,10,11,14 as "09..11,14" (systemd, two digits) or "9-11,14" (cron); runs of three or more are
   * ranges.
   */
  private static String list(TreeSet<Integer> values, String range, boolean twoDigits) {
    List<Integer> v = new ArrayList<>(values);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < v.size(); ) {
      int j = i;
      while (j + 1 < v.size() && v.get(j + 1) == v.get(j) + 1) j++;
      if (j - i >= 2) {
        parts.add(num(v.get(i), twoDigits) + range + num(v.get(j), twoDigits));
      } else {
        for (int k = i; k <= j; k++) parts.add(num(v.get(k), twoDigits));
      }
      i = j + 1;
    }
    return String.join(",", parts);
  }

  private static String num(int n, boolean twoDigits) {
    return twoDigits && n < 10 ? "0" + n : String.valueOf(n);
  }
}
