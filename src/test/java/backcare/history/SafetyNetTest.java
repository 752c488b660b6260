package backcare.history;

import static backcare.history.Records.session;
import static backcare.history.Records.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyNetTest {
  static final ZonedDateTime NOW = ZonedDateTime.parse("2024-05-20T12:00:00Z");

  /** The safety net over these records, as every caller gives it them: as its sessions' facts. */
  private static List<SafetyNet.Alert> check(
      List<SessionRecord> sessions, List<TriageRecord> triages, ZonedDateTime now) {
    return SafetyNet.check(sessions.stream().map(SafetyNet.Session::of).toList(), triages, now);
  }

  private static List<String> rules(List<SessionRecord> sessions, List<TriageRecord> triages) {
    return check(sessions, triages, NOW).stream().map(SafetyNet.Alert::rule).toList();
  }

  private static List<String> rules(List<SessionRecord> sessions) {
    return rules(sessions, List.of());
  }

  @Test
  void painBeforeRisingOverTwoWeeksCallsForAClinician() {
    List<SafetyNet.Alert> alerts =
        check(
            List.of(
                session("2024-05-08T08:00:00Z", 3, 2),
                session("2024-05-12T08:00:00Z", 4, 3),
                session("2024-05-18T08:00:00Z", 6, 5)),
            List.of(),
            NOW);
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("pain-rising");
              assertThat(a.message())
                  .startsWith(
                      "Your pain before stretching has been going up over the last two weeks:"
                          + " about 3 points on the 0-10 scale across your 3 sessions.")
                  .contains("doctor or physiotherapist");
            });
  }

  @Test
  void twoSessionsAreNotATrendAndOlderOnesDoNotCount() {
    assertThat(
            rules(
                List.of(
                    session("2024-05-01T08:00:00Z", 1, 1), // older than 14 days
                    session("2024-05-12T08:00:00Z", 4, 3),
                    session("2024-05-18T08:00:00Z", 8, 5))))
        .isEmpty();
  }

  @Test
  void fallingOrFlatPainIsFine() {
    assertThat(
            rules(
                List.of(
                    session("2024-05-08T08:00:00Z", 6, 5),
                    session("2024-05-12T08:00:00Z", 5, 3),
                    session("2024-05-18T08:00:00Z", 3, 2))))
        .isEmpty();
    assertThat(
            rules(
                List.of(
                    session("2024-05-08T08:00:00Z", 4, 4),
                    session("2024-05-12T08:00:00Z", 4, 4),
                    session("2024-05-18T08:00:00Z", 4, 4))))
        .isEmpty();
  }

  @Test
  void aRiseUnderOnePointIsNotCalledRising() {
    // 4,4,4,5 two days apart: the fitted line rises 0.9 points
    assertThat(SafetyNet.fittedRise(new double[] {0, 2, 4, 6}, new double[] {4, 4, 4, 5}))
        .isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(
            rules(
                List.of(
                    session("2024-05-12T08:00:00Z", 4, 4),
                    session("2024-05-14T08:00:00Z", 4, 4),
                    session("2024-05-16T08:00:00Z", 4, 4),
                    session("2024-05-18T08:00:00Z", 5, 4))))
        .isEmpty();
    // 4,4,5 four days apart: exactly 1 point
    assertThat(
            rules(
                List.of(
                    session("2024-05-10T08:00:00Z", 4, 4),
                    session("2024-05-14T08:00:00Z", 4, 4),
                    session("2024-05-18T08:00:00Z", 5, 4))))
        .containsExactly("pain-rising");
  }

  @Test
  void sessionsWithoutAPainAnswerAreLeftOutOfTheTrend() {
    assertThat(
            rules(
                List.of(
                    session("2024-05-08T08:00:00Z", 3, 2),
                    session("2024-05-12T08:00:00Z", null, 3),
                    session("2024-05-18T08:00:00Z", 6, 5))))
        .isEmpty();
  }

  @Test
  void twoSessionsStoppedForPainInAWeek() {
    List<SafetyNet.Alert> alerts =
        check(
            List.of(
                session("2024-05-14T08:00:00Z", 3, 5, "stopped-for-pain", 60),
                session("2024-05-19T08:00:00Z", 3, 5, "stopped-for-pain", 60)),
            List.of(),
            NOW);
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("stopped-for-pain");
              assertThat(a.message())
                  .startsWith("You stopped 2 sessions in the last 7 days because they hurt.");
            });
  }

  @Test
  void oneStopForPainOrTwoMoreThanAWeekApartIsNot() {
    assertThat(rules(List.of(session("2024-05-19T08:00:00Z", 3, 5, "stopped-for-pain", 60))))
        .isEmpty();
    assertThat(
            rules(
                List.of(
                    session("2024-05-13T08:00:00Z", 3, 5, "stopped-for-pain", 60),
                    session("2024-05-19T08:00:00Z", 3, 5, "stopped-for-pain", 60))))
        .isEmpty();
  }

  @Test
  void aWindowHoldsWhatStartedAfterItsStartToTheNanosecond() {
    // NOW less the 7 days of the stops' window, and a nanosecond after it
    String edge = "2024-05-13T12:00:00Z";
    String justIn = "2024-05-13T12:00:00.000000001Z";
    SessionRecord later = session("2024-05-19T08:00:00Z", 3, 5, "stopped-for-pain", 60);
    assertThat(rules(List.of(session(edge, 3, 5, "stopped-for-pain", 60), later))).isEmpty();
    assertThat(rules(List.of(session(justIn, 3, 5, "stopped-for-pain", 60), later)))
        .containsExactly("stopped-for-pain");
    // the 14 days of the trend's: the first of four rising sessions left out, then counted
    List<SessionRecord> rising =
        List.of(
            session("2024-05-12T08:00:00Z", 3, 2),
            session("2024-05-16T08:00:00Z", 4, 3),
            session("2024-05-19T08:00:00Z", 6, 5));
    assertThat(rules(rising)).containsExactly("pain-rising");
    List<SessionRecord> withEdge = new java.util.ArrayList<>(rising);
    withEdge.add(0, session("2024-05-06T12:00:00Z", 10, 2));
    assertThat(rules(withEdge)).containsExactly("pain-rising");
    withEdge.set(0, session("2024-05-06T12:00:00.000000001Z", 10, 2));
    assertThat(rules(withEdge)).isEmpty();
  }

  @Test
  void aRecentSeeClinicianTriageCallsForAClinician() {
    List<SafetyNet.Alert> alerts =
        check(
            List.of(),
            List.of(
                TriageRecord.of(
                    java.time.OffsetDateTime.parse("2024-05-17T09:00:00Z"),
                    "see-clinician",
                    List.of("persistent"),
                    List.of(),
                    false)),
            NOW);
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rule()).isEqualTo("triage");
              assertThat(a.message())
                  .startsWith(
                      "Your triage on 2024-05-17 said to book a doctor or physiotherapist soon"
                          + " (because of: persistent), and no triage since has cleared you.");
            });
  }

  @Test
  void urgentAndEmergencySayHowSoon() {
    assertThat(check(List.of(), List.of(triage("2024-05-07T13:00:00Z", "urgent")), NOW))
        .singleElement()
        .extracting(SafetyNet.Alert::message)
        .asString()
        .contains("said to see a doctor today");
    assertThat(check(List.of(), List.of(triage("2024-05-19T13:00:00Z", "emergency")), NOW))
        .singleElement()
        .extracting(SafetyNet.Alert::message)
        .asString()
        .contains("said to go to an emergency department now");
  }

  @Test
  void aLaterSelfCareTriageClearsItAndALaterWorryingOneBringsItBack() {
    TriageRecord worry = triage("2024-05-15T09:00:00Z", "see-clinician");
    TriageRecord cleared =
        TriageRecord.of(
            java.time.OffsetDateTime.parse("2024-05-17T09:00:00Z"),
            "self-care",
            List.of("persistent"),
            List.of(),
            true);
    assertThat(rules(List.of(), List.of(worry, cleared))).isEmpty();
    assertThat(rules(List.of(), List.of(worry, cleared, triage("2024-05-19T09:00:00Z", "urgent"))))
        .containsExactly("triage");
  }

  @Test
  void aTriageOlderThanTwoWeeksOrSelfCareIsQuiet() {
    assertThat(rules(List.of(), List.of(triage("2024-05-06T11:59:00Z", "emergency")))).isEmpty();
    assertThat(rules(List.of(), List.of(triage("2024-05-19T09:00:00Z", "self-care", "stenosis"))))
        .isEmpty();
  }

  @Test
  void anOutcomeThisVersionDoesNotKnowIsTreatedAsNeedingAClinician() {
    assertThat(rules(List.of(), List.of(triage("2024-05-19T09:00:00Z", "see-specialist"))))
        .containsExactly("triage");
  }

  @Test
  void everyRuleCanFireAtOnce() {
    assertThat(
            rules(
                List.of(
                    session("2024-05-08T08:00:00Z", 3, 2),
                    session("2024-05-15T08:00:00Z", 5, 7, "stopped-for-pain", 60),
                    session("2024-05-19T08:00:00Z", 7, 8, "stopped-for-pain", 60)),
                List.of(triage("2024-05-19T09:00:00Z", "see-clinician"))))
        .containsExactly("pain-rising", "stopped-for-pain", "triage");
  }
}
