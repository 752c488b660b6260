package backcare.report;

import backcare.report.Report.AlertSpan;
import backcare.report.Report.Answer;
import backcare.report.Report.ExerciseCount;
import backcare.report.Report.PainPoint;
import backcare.report.Report.Screen;
import backcare.report.Report.SessionRow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as plain data (maps, lists, strings, numbers) for `--json`: the same content as the
 * page.
 */
public final class ReportData {
  private ReportData() {}

  public static Map<String, Object> of(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("from", r.from().toString());
    m.put("to", r.to().toString());
    m.put("made", r.made().toString());
    m.put("zone", r.zone());
    m.put("latestScreen", r.latestScreen() == null ? null : screen(r.latestScreen()));
    m.put("earlierScreens", r.earlierScreens().stream().map(ReportData::screen).toList());
    m.put("earlierScreensLeftOut", r.earlierScreensLeftOut());
    m.put("safetyNet", r.alerts().stream().map(ReportData::alert).toList());
    m.put("pain", r.pain().stream().map(ReportData::pain).toList());
    m.put("sessions", r.sessions().stream().map(ReportData::session).toList());
    m.put("sessionsInPeriod", r.sessionsInPeriod());
    Report.Totals t = r.totals();
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("sessions", t.sessions());
    totals.put("skippedSessions", t.skippedSessions());
    totals.put("activeSeconds", t.activeSeconds());
    totals.put("stoppedForPain", t.stoppedForPain());
    totals.put(
        "stoppedForPainOn", t.stoppedOn().stream().map(java.time.LocalDate::toString).toList());
    totals.put("streakDays", t.streakDays());
    totals.put("streakForgivenDays", t.streakForgivenDays());
    totals.put("sessionsWithBothPain", t.sessionsWithBothPain());
    totals.put(
        "averagePainChange",
        t.averagePainChange() == null ? null : Math.round(t.averagePainChange() * 100) / 100.0);
    m.put("totals", totals);
    m.put("exercises", r.exercises().stream().map(ReportData::exercise).toList());
    m.put("skippedLines", r.skippedLines());
    m.put("hints", r.hints());
    return m;
  }

  private static Map<String, Object> screen(Screen s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", s.time().toString());
    m.put("outcome", s.outcome());
    m.put("outcomeWords", s.outcomeWords());
    m.put("cleared", s.cleared());
    m.put("clearance", s.clearance());
    m.put("triggered", s.triggered().stream().map(ReportData::answer).toList());
    m.put("conditions", s.conditions());
    return m;
  }

  private static Map<String, Object> answer(Answer a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("words", a.words());
    return m;
  }

  private static Map<String, Object> alert(AlertSpan a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", a.rule());
    m.put("message", a.message());
    m.put("from", a.from().toString());
    m.put("until", a.until() == null ? null : a.until().toString());
    return m;
  }

  private static Map<String, Object> pain(PainPoint p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", p.time().toString());
    m.put("when", p.before() ? "before" : "after");
    m.put("pain", p.pain());
    return m;
  }

  private static Map<String, Object> session(SessionRow s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", s.start().toString());
    m.put("routine", s.routine());
    m.put("routineTitle", s.routineTitle());
    m.put("activeSeconds", s.activeSeconds());
    m.put("ending", s.ending());
    m.put("painBefore", s.painBefore());
    m.put("painAfter", s.painAfter());
    m.put("conditions", s.conditions());
    return m;
  }

  private static Map<String, Object> exercise(ExerciseCount e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("sessions", e.sessions());
    return m;
  }
}
