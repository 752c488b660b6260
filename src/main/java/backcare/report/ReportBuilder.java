package backcare.report;

import backcare.history.ReadRecord;
import backcare.history.SafetyNet;
import backcare.history.SessionRecord;
import backcare.history.Stats;
import backcare.history.TriageRecord;
import backcare.report.Report.AlertSpan;
import backcare.report.Report.Answer;
import backcare.report.Report.ExerciseCount;
import backcare.report.Report.PainPoint;
import backcare.report.Report.Screen;
import backcare.report.Report.SessionRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report, built from the history alone: a pure function of the records, the period and the
 * clock.
 */
public final class ReportBuilder {
  /** Rows of the session table: enough for a clinician, few enough for two printed pages. */
  public static final int MAX_SESSION_ROWS = 12;

  public static final int MAX_EARLIER_SCREENS = 4;
  public static final int MAX_EXERCISES = 6;
  public static final int MAX_SKIPPED_LINES = 5;

  private ReportBuilder() {}

  /**
   * The report of the period from {@code from} to {@code now}.
   *
   * @param sessions every trusted session of the history (any order)
   * @param triages every trusted triage of the history (any order)
   * @param skippedLines the history's warnings about lines left out
   * @param from the start of the period
   * @param now the end of the period, in the user's time zone
   * @param name whom the report is for, or null
   */
  public static Report build(
      List<SessionRecord> sessions,
      List<TriageRecord> triages,
      List<String> skippedLines,
      ZonedDateTime from,
      ZonedDateTime now,
      String name,
      ReportContent content) {
    ZoneId zone = now.getZone();
    Instant start = from.toInstant();
    Instant end = now.toInstant();
    List<SessionRecord> all =
        sessions.stream().sorted(Comparator.comparing(s -> s.start().toInstant())).toList();
    List<SessionRecord> inPeriod =
        all.stream().filter(s -> within(s.start().toInstant(), start, end)).toList();
    List<TriageRecord> screens =
        triages.stream().sorted(Comparator.comparing(t -> t.time().toInstant())).toList();

    Screen latest = TriageRecord.latest(screens).map(t -> screen(t, zone, content)).orElse(null);
    List<TriageRecord> earlier =
        new ArrayList<>(
            screens.stream().filter(t -> within(t.time().toInstant(), start, end)).toList());
    if (!earlier.isEmpty() && latest != null) earlier.remove(earlier.size() - 1);
    List<TriageRecord> newestFirst = new ArrayList<>(earlier);
    java.util.Collections.reverse(newestFirst);
    List<Screen> earlierScreens =
        newestFirst.stream().limit(MAX_EARLIER_SCREENS).map(t -> screen(t, zone, content)).toList();

    List<PainPoint> pain = new ArrayList<>();
    for (SessionRecord s : inPeriod) {
      if (s.painBefore() != null)
        pain.add(new PainPoint(local(s.start(), zone), true, s.painBefore()));
      if (s.painAfter() != null)
        pain.add(new PainPoint(local(s.start(), zone), false, s.painAfter()));
    }

    List<SessionRecord> newest = new ArrayList<>(inPeriod);
    java.util.Collections.reverse(newest);
    List<SessionRow> rows =
        newest.stream().limit(MAX_SESSION_ROWS).map(s -> row(s, zone, content)).toList();

    Stats.Totals t = Stats.totals(inPeriod);
    Stats.Streak streak = Stats.streak(all, now.toLocalDate(), zone);
    int stops = (int) inPeriod.stream().filter(SessionRecord::stoppedForPain).count();
    List<LocalDate> stoppedOn =
        newest.stream()
            .filter(SessionRecord::stoppedForPain)
            .map(s -> s.start().atZoneSameInstant(zone).toLocalDate())
            .toList();
    Report.Totals totals =
        new Report.Totals(
            t.sessions(),
            t.skippedSessions(),
            t.activeSeconds(),
            stops,
            streak.days(),
            streak.forgiven(),
            t.sessionsWithBothPain(),
            t.averagePainChange(),
            stoppedOn);

    List<String> hints = hints(all, inPeriod, screens, pain);
    List<String> skipped =
        skippedLines.size() <= MAX_SKIPPED_LINES ? skippedLines : summarise(skippedLines);
    return new Report(
        name == null || name.isBlank() ? null : name.strip(),
        from.toLocalDate(),
        now.toLocalDate(),
        now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
        zone.getId(),
        latest,
        earlierScreens,
        earlier.size() - earlierScreens.size(),
        alerts(all, screens, from, now),
        pain,
        rows,
        inPeriod.size(),
        totals,
        exercises(inPeriod, content),
        skipped,
        hints);
  }

  private static boolean within(Instant t, Instant start, Instant end) {
    return !t.isBefore(start) && !t.isAfter(end);
  }

  private static java.time.LocalDateTime local(java.time.OffsetDateTime t, ZoneId zone) {
    return t.atZoneSameInstant(zone).toLocalDateTime();
  }

  private static Screen screen(TriageRecord t, ZoneId zone, ReportContent content) {
    List<Answer> answers =
        t.triggered().stream()
            .map(
                id -> {
                  String words = content.answerWords(id);
                  return new Answer(id, words == null ? id : words);
                })
            .toList();
    return new Screen(
        local(t.time(), zone),
        t.outcome(),
        outcomeWords(t),
        t.cleared(),
        t.fromGate(),
        answers,
        t.conditions());
  }

  static String outcomeWords(TriageRecord t) {
    if (t.fromGate())
      return "clearance: a clinician had examined the back since the last screen and said gentle exercise is fine (given before a routine)";
    return switch (t.outcome()) {
      case "self-care" ->
          t.cleared()
              ? "self-care after a clinician's clearance: the signs below had been examined and gentle exercise allowed"
              : "self-care: no warning signs found; gentle exercise advised";
      case "see-clinician" -> "see a doctor or physiotherapist within about a week";
      case "urgent" -> "urgent: see a doctor the same day";
      case "emergency" -> "emergency: go to an emergency department at once";
      default ->
          "\""
              + t.outcome()
              + "\", an outcome this version of backcare does not know (read as needing a clinician)";
    };
  }

  static String endingWords(String ending) {
    return switch (ending) {
      case "done" -> "done";
      case "quit" -> "quit early";
      case "stopped-for-pain" -> "stopped for pain";
      case "interrupted" -> "interrupted";
      case "skipped" -> "every step skipped";
      default -> ending;
    };
  }

  private static SessionRow row(SessionRecord s, ZoneId zone, ReportContent content) {
    return new SessionRow(
        local(s.start(), zone),
        s.routine(),
        content.routineTitle(s.routine()),
        s.activeSeconds(),
        s.ending(),
        endingWords(s.ending()),
        s.painBefore(),
        s.painAfter(),
        s.conditions());
  }

  /**
   * The safety net as it stood at each moment of the period: checked at every record and at the
   * start and end of every day (its rules look back at most 14 days, and a triage alert lapses by
   * time alone), with each run of days a rule held as one span.
   */
  static List<AlertSpan> alerts(
      List<SessionRecord> sessions,
      List<TriageRecord> triages,
      ZonedDateTime from,
      ZonedDateTime now) {
    TreeSet<Instant> moments = new TreeSet<>();
    Instant start = from.toInstant();
    Instant end = now.toInstant();
    for (SessionRecord s : sessions)
      if (within(s.start().toInstant(), start, end)) moments.add(s.start().toInstant());
    for (TriageRecord t : triages)
      if (within(t.time().toInstant(), start, end)) moments.add(t.time().toInstant());
    for (LocalDate d = from.toLocalDate(); !d.isAfter(now.toLocalDate()); d = d.plusDays(1)) {
      Instant dayStart = d.atStartOfDay(now.getZone()).toInstant();
      Instant dayEnd = d.plusDays(1).atStartOfDay(now.getZone()).toInstant().minusSeconds(1);
      if (within(dayStart, start, end)) moments.add(dayStart);
      if (within(dayEnd, start, end)) moments.add(dayEnd);
    }
    moments.add(end);
    Instant lookBack = start.minus(SafetyNet.TREND_WINDOW).minus(SafetyNet.TREND_WINDOW);
    List<SafetyNet.Session> recent =
        sessions.stream()
            .filter(s -> !s.start().toInstant().isBefore(lookBack))
            .map(SafetyNet.Session::of)
            .toList();
    Map<String, AlertSpan> open = new LinkedHashMap<>();
    List<AlertSpan> spans = new ArrayList<>();
    for (Instant at : moments) {
      long atNanos = ReadRecord.nanos(at);
      List<SafetyNet.Session> before =
          recent.stream().filter(s -> s.startNanos() <= atNanos).toList();
      List<TriageRecord> screens =
          triages.stream().filter(t -> !t.time().toInstant().isAfter(at)).toList();
      LocalDate day = at.atZone(now.getZone()).toLocalDate();
      Map<String, SafetyNet.Alert> holding = new LinkedHashMap<>();
      for (SafetyNet.Alert a : SafetyNet.check(before, screens, at.atZone(now.getZone())))
        holding.put(a.rule(), a);
      for (String rule : List.copyOf(open.keySet())) {
        if (!holding.containsKey(rule)) spans.add(open.remove(rule));
      }
      for (SafetyNet.Alert a : holding.values()) {
        AlertSpan was = open.get(a.rule());
        open.put(
            a.rule(), new AlertSpan(a.rule(), a.message(), was == null ? day : was.from(), day));
      }
    }
    for (AlertSpan s : open.values())
      spans.add(new AlertSpan(s.rule(), s.message(), s.from(), null));
    spans.sort(Comparator.comparing(AlertSpan::from));
    return joined(spans);
  }

  /**
   * Spans of one rule that touch (the next starts on the day the last ended, or the day after) as
   * one: a rule that lapses for an hour between two sessions is one run of days to a clinician.
   */
  static List<AlertSpan> joined(List<AlertSpan> spans) {
    List<AlertSpan> out = new ArrayList<>();
    Map<String, Integer> last = new LinkedHashMap<>();
    for (AlertSpan s : spans) {
      Integer i = last.get(s.rule());
      AlertSpan prev = i == null ? null : out.get(i);
      if (prev != null && prev.until() != null && !s.from().isAfter(prev.until().plusDays(1))) {
        out.set(i, new AlertSpan(prev.rule(), s.message(), prev.from(), s.until()));
      } else {
        last.put(s.rule(), out.size());
        out.add(s);
      }
    }
    return out;
  }

  private static List<ExerciseCount> exercises(
      List<SessionRecord> sessions, ReportContent content) {
    Map<String, ExerciseCount> counts = new LinkedHashMap<>();
    for (SessionRecord s : sessions) {
      if (s.skipped()) continue;
      Map<String, ReportContent.ExerciseRef> done = new LinkedHashMap<>();
      for (ReportContent.ExerciseRef e : content.exercisesDone(s)) done.putIfAbsent(e.id(), e);
      for (ReportContent.ExerciseRef e : done.values()) {
        ExerciseCount c = counts.get(e.id());
        counts.put(e.id(), new ExerciseCount(e.id(), e.name(), c == null ? 1 : c.sessions() + 1));
      }
    }
    return counts.values().stream()
        .sorted(
            Comparator.comparingInt(ExerciseCount::sessions)
                .reversed()
                .thenComparing(ExerciseCount::name))
        .limit(MAX_EXERCISES)
        .toList();
  }

  private static List<String> hints(
      List<SessionRecord> all,
      List<SessionRecord> inPeriod,
      List<TriageRecord> screens,
      List<PainPoint> pain) {
    List<String> hints = new ArrayList<>();
    if (screens.isEmpty()) {
      hints.add(
          "No red-flag screen is recorded. Run `backcare triage` first: it says whether stretching is safe"
              + " or a clinician should see you, and the report shows its answers.");
    }
    if (all.isEmpty()) {
      hints.add(
          "No sessions are recorded yet. Each `backcare routine` run is recorded with how it ended;"
              + " run one, e.g. `backcare routine morning`, and this report fills in.");
    } else if (inPeriod.isEmpty()) {
      hints.add(
          "No sessions in this period. Widen it with `--since`, e.g. `backcare report --since 2024-01-01`.");
    }
    if (!inPeriod.isEmpty() && pain.size() < 2) {
      hints.add(
          "Few pain scores are recorded, so the chart is thin. Answer the pain questions (0 to 10) before"
              + " and after each routine, or give `--pain N --pain-after N`.");
    }
    return hints;
  }

  private static List<String> summarise(List<String> lines) {
    List<String> shown = new ArrayList<>(lines.subList(0, MAX_SKIPPED_LINES));
    shown.add("and " + (lines.size() - MAX_SKIPPED_LINES) + " more such lines");
    return shown;
  }
}
