package backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.history.SessionRecord;
import backcare.history.TriageRecord;
import backcare.report.Report.AlertSpan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
  static final ZonedDateTime NOW = ZonedDateTime.parse("2024-05-20T12:00:00Z");
  static final ZonedDateTime FROM = NOW.minusDays(90);

  static SessionRecord session(
      String start,
      String routine,
      String ending,
      Integer before,
      Integer after,
      List<Integer> done,
      int total) {
    OffsetDateTime t = OffsetDateTime.parse(start);
    return new SessionRecord(
        1,
        t,
        t.plusMinutes(5),
        routine,
        null,
        List.of("stenosis"),
        total,
        done,
        List.of(),
        60L * done.size(),
        0,
        ending,
        before,
        after);
  }

  static SessionRecord session(String start, String ending, Integer before, Integer after) {
    return session(start, "morning", ending, before, after, List.of(1, 2), 2);
  }

  static TriageRecord screen(String time, String outcome, String... triggered) {
    return TriageRecord.of(
        OffsetDateTime.parse(time), outcome, List.of(triggered), List.of("stenosis"), false);
  }

  /** Two exercises a routine; a step done means its exercise; words for "persistent". */
  static final ReportContent CONTENT =
      new ReportContent() {
        @Override
        public String answerWords(String id) {
          return id.equals("persistent") ? "stiffness that lasts" : null;
        }

        @Override
        public String routineTitle(String id) {
          return id.equals("morning") ? "Morning loosener" : null;
        }

        @Override
        public List<ExerciseRef> exercisesDone(SessionRecord s) {
          Map<Integer, ExerciseRef> steps =
              Map.of(
                  1, new ExerciseRef("cat-cow", "Cat-cow"), 2, new ExerciseRef("bridge", "Bridge"));
          return s.stepsDone().stream().map(steps::get).toList();
        }
      };

  static Report build(List<SessionRecord> sessions, List<TriageRecord> triages) {
    return ReportBuilder.build(sessions, triages, List.of(), FROM, NOW, null, CONTENT);
  }

  @Test
  void onlyThePeriodCountsButTheStreakUsesAllHistory() {
    List<SessionRecord> s =
        List.of(
            session("2024-01-01T08:00:00Z", "done", 9, 9), // before the period
            session("2024-05-18T08:00:00Z", "done", 5, 3),
            session("2024-05-19T08:00:00Z", "skipped", 4, null),
            session("2024-05-20T08:00:00Z", "stopped-for-pain", 6, null));
    Report r = build(s, List.of());
    assertThat(r.sessionsInPeriod()).isEqualTo(3);
    assertThat(r.pain()).extracting(Report.PainPoint::pain).containsExactly(5, 3, 4, 6);
    assertThat(r.pain())
        .extracting(Report.PainPoint::before)
        .containsExactly(true, false, true, true);
    assertThat(r.sessions())
        .extracting(Report.SessionRow::endingWords)
        .containsExactly("stopped for pain", "every step skipped", "done"); // newest first
    assertThat(r.sessions().get(0).routineTitle()).isEqualTo("Morning loosener");
    Report.Totals t = r.totals();
    assertThat(t.sessions()).isEqualTo(2);
    assertThat(t.skippedSessions()).isEqualTo(1);
    assertThat(t.stoppedForPain()).isEqualTo(1);
    assertThat(t.stoppedOn()).hasSize(1); // every stop dated, even past the table's rows
    assertThat(t.stops()).isEqualTo("1 (" + t.stoppedOn().get(0) + ")");
    assertThat(t.streakDays()).isEqualTo(3);
    assertThat(t.averagePainChange()).isEqualTo(-2.0);
    assertThat(r.from()).isEqualTo(LocalDate.parse("2024-02-20"));
    assertThat(r.to()).isEqualTo(LocalDate.parse("2024-05-20"));
  }

  @Test
  void theSessionTableKeepsTheLatestRowsAndTheChartEveryAnswer() {
    List<SessionRecord> s = new ArrayList<>();
    for (int d = 60; d >= 1; d--)
      s.add(session(NOW.minusDays(d).toOffsetDateTime().toString(), "done", d % 10, d % 7));
    Report r = build(s, List.of());
    assertThat(r.sessions()).hasSize(ReportBuilder.MAX_SESSION_ROWS);
    assertThat(r.sessions().get(0).start()).isEqualTo(NOW.minusDays(1).toLocalDateTime());
    assertThat(r.sessionsInPeriod()).isEqualTo(60);
    assertThat(r.pain()).hasSize(120);
  }

  @Test
  void theLatestScreenInFullAndTheEarlierOnesNewestFirst() {
    List<TriageRecord> t =
        new ArrayList<>(List.of(screen("2024-01-02T09:00:00Z", "self-care"))); // before the period
    for (int i = 1; i <= 6; i++) t.add(screen("2024-03-0" + i + "T09:00:00Z", "self-care"));
    TriageRecord asked =
        screen("2024-05-01T09:00:00Z", "see-clinician", "persistent", "unknown-id");
    t.add(asked);
    t.add(TriageRecord.clearance(OffsetDateTime.parse("2024-05-03T09:00:00Z"), asked));
    Report r = build(List.of(), t);
    Report.Screen latest = r.latestScreen();
    assertThat(latest.clearance()).isTrue();
    assertThat(latest.outcomeWords()).startsWith("clearance: a clinician");
    assertThat(latest.triggered())
        .containsExactly(
            new Report.Answer("persistent", "stiffness that lasts"),
            new Report.Answer("unknown-id", "unknown-id"));
    assertThat(r.earlierScreens()).hasSize(ReportBuilder.MAX_EARLIER_SCREENS);
    assertThat(r.earlierScreens().get(0).outcome()).isEqualTo("see-clinician");
    assertThat(r.earlierScreens().get(1).time())
        .isEqualTo(java.time.LocalDateTime.parse("2024-03-06T09:00"));
    assertThat(r.earlierScreensLeftOut()).isEqualTo(3); // 7 earlier in the period, 4 listed
  }

  @Test
  void aLatestScreenBeforeThePeriodIsStillShownFirst() {
    Report r = build(List.of(), List.of(screen("2023-12-01T09:00:00Z", "urgent", "persistent")));
    assertThat(r.latestScreen().outcome()).isEqualTo("urgent");
    assertThat(r.latestScreen().outcomeWords()).contains("same day");
    assertThat(r.earlierScreens()).isEmpty();
  }

  @Test
  void safetyNetAlertsAreDatedSpans() {
    // two stops for pain on 1 and 3 April: the rule holds from the 3rd until a week after the 1st
    // (8 April, 08:00)
    List<SessionRecord> s =
        List.of(
            session("2024-04-01T08:00:00Z", "stopped-for-pain", 5, null),
            session("2024-04-03T08:00:00Z", "stopped-for-pain", 5, null),
            session("2024-05-19T08:00:00Z", "stopped-for-pain", 5, null),
            session("2024-05-20T08:00:00Z", "stopped-for-pain", 5, null));
    // a screen that asks for a clinician on 10 May, never cleared: holds still (less than 14 days)
    Report r = build(s, List.of(screen("2024-05-10T09:00:00Z", "see-clinician", "persistent")));
    assertThat(r.alerts())
        .containsExactly(
            new AlertSpan(
                "stopped-for-pain",
                r.alerts().get(0).message(),
                LocalDate.parse("2024-04-03"),
                LocalDate.parse("2024-04-08")),
            new AlertSpan(
                "triage", r.alerts().get(1).message(), LocalDate.parse("2024-05-10"), null),
            new AlertSpan(
                "stopped-for-pain",
                r.alerts().get(2).message(),
                LocalDate.parse("2024-05-20"),
                null));
    assertThat(r.alerts().get(1).current()).isTrue();
  }

  @Test
  void aClearanceEndsTheTriageAlert() {
    TriageRecord asked = screen("2024-05-01T09:00:00Z", "urgent", "persistent");
    Report r =
        build(
            List.of(),
            List.of(
                asked,
                TriageRecord.clearance(OffsetDateTime.parse("2024-05-04T09:00:00Z"), asked)));
    assertThat(r.alerts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("triage");
              assertThat(a.from()).isEqualTo(LocalDate.parse("2024-05-01"));
              assertThat(a.until())
                  .isEqualTo(
                      LocalDate.parse("2024-05-04")); // held that morning, until the clearance
            });
  }

  @Test
  void exercisesDoneMostCountSessionsNotSkippedOnes() {
    List<SessionRecord> s =
        List.of(
            session("2024-05-10T08:00:00Z", "morning", "done", null, null, List.of(1, 2), 2),
            session("2024-05-11T08:00:00Z", "morning", "quit", null, null, List.of(1), 2),
            session("2024-05-12T08:00:00Z", "morning", "skipped", null, null, List.of(), 2));
    Report r = build(s, List.of());
    assertThat(r.exercises())
        .containsExactly(
            new Report.ExerciseCount("cat-cow", "Cat-cow", 2),
            new Report.ExerciseCount("bridge", "Bridge", 1));
  }

  @Test
  void anEmptyHistoryGivesHintsNotAnError() {
    Report r = build(List.of(), List.of());
    assertThat(r.latestScreen()).isNull();
    assertThat(r.sessions()).isEmpty();
    assertThat(r.alerts()).isEmpty();
    assertThat(r.hints())
        .hasSize(2)
        .anyMatch(h -> h.contains("backcare triage"))
        .anyMatch(h -> h.contains("backcare routine"));
    Report thin =
        build(
            List.of(session("2024-05-10T08:00:00Z", "done", null, null)),
            List.of(screen("2024-05-01T09:00:00Z", "self-care")));
    assertThat(thin.hints()).singleElement().asString().contains("pain questions");
  }

  @Test
  void manySkippedLinesAreSummarised() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 8; i++) lines.add("history.jsonl:" + i + ": not valid JSON; left out");
    Report r = ReportBuilder.build(List.of(), List.of(), lines, FROM, NOW, "  Ann  ", CONTENT);
    assertThat(r.skippedLines())
        .hasSize(ReportBuilder.MAX_SKIPPED_LINES + 1)
        .last()
        .asString()
        .isEqualTo("and 3 more such lines");
    assertThat(r.name()).isEqualTo("Ann");
  }

  @Test
  void spansOfOneRuleThatTouchAreOneRunOfDays() {
    LocalDate d = LocalDate.parse("2026-11-04");
    List<AlertSpan> spans =
        List.of(
            new AlertSpan("pain-rising", "a", d, d.plusDays(8)),
            new AlertSpan("triage", "t", d.plusDays(1), d.plusDays(2)),
            new AlertSpan("pain-rising", "b", d.plusDays(9), d.plusDays(11)),
            new AlertSpan("pain-rising", "c", d.plusDays(11), null),
            new AlertSpan("triage", "t", d.plusDays(10), d.plusDays(12)));
    assertThat(ReportBuilder.joined(spans))
        .containsExactly(
            new AlertSpan("pain-rising", "c", d, null),
            new AlertSpan("triage", "t", d.plusDays(1), d.plusDays(2)),
            new AlertSpan("triage", "t", d.plusDays(10), d.plusDays(12)));
  }
}
