package backcare.history;

import static backcare.history.Records.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The routine's gate as a rule over the triage records (triage.md, "The routine's gate"). */
class ScreeningTest {
  static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");

  private static Screening.Status status(TriageRecord... triages) {
    return Screening.of(List.of(triages), NOW).status();
  }

  @Test
  void aScreenThatAskedForAClinicianGatesForFourteenDays() {
    for (String level :
        List.of("see-clinician", "urgent", "emergency", "a-level-from-a-newer-version")) {
      assertThat(status(triage("2024-05-19T09:00:00Z", level)))
          .as(level)
          .isEqualTo(Screening.Status.GATED);
      assertThat(status(triage("2024-05-06T12:00:01Z", level)))
          .as(level)
          .isEqualTo(Screening.Status.GATED);
      // 14 days or more: no longer gated, but not forgotten: the box says it again
      assertThat(status(triage("2024-05-06T12:00:00Z", level)))
          .as(level)
          .isEqualTo(Screening.Status.LAPSED);
      assertThat(status(triage("2024-04-21T12:00:01Z", level)))
          .as(level)
          .isEqualTo(Screening.Status.LAPSED);
      assertThat(status(triage("2024-04-20T12:00:00Z", level)))
          .as(level)
          .isEqualTo(Screening.Status.OUT_OF_DATE);
    }
  }

  @Test
  void aLaterSelfCareScreenOrAClearanceLiftsTheGateAndALaterWorryBringsItBack() {
    TriageRecord worry = triage("2024-05-15T09:00:00Z", "urgent", "disc");
    TriageRecord clearance =
        TriageRecord.clearance(OffsetDateTime.parse("2024-05-17T09:00:00Z"), worry);
    assertThat(status(worry, clearance)).isEqualTo(Screening.Status.CURRENT);
    assertThat(status(worry, triage("2024-05-16T09:00:00Z", "self-care")))
        .isEqualTo(Screening.Status.CURRENT);
    assertThat(status(worry, clearance, triage("2024-05-19T09:00:00Z", "see-clinician")))
        .isEqualTo(Screening.Status.GATED);
    // by time, not by line: a clearance written before an earlier worry does not lift a later one
    assertThat(status(clearance, triage("2024-05-18T09:00:00Z", "emergency")))
        .isEqualTo(Screening.Status.GATED);
  }

  @Test
  void neverScreenedOrAScreenThirtyDaysOldShowsTheBoxAndNothingGates() {
    assertThat(Screening.of(List.of(), NOW))
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo(Screening.Status.NEVER);
              assertThat(s.wantsReminder()).isTrue();
              assertThat(s.gated()).isFalse();
            });
    assertThat(status(triage("2024-04-20T12:00:00Z", "self-care")))
        .isEqualTo(Screening.Status.OUT_OF_DATE);
    assertThat(status(triage("2024-04-20T12:00:01Z", "self-care")))
        .isEqualTo(Screening.Status.CURRENT);
    assertThat(
            Screening.of(List.of(triage("2024-05-19T09:00:00Z", "self-care")), NOW).wantsReminder())
        .isFalse();
  }

  @Test
  void theClearanceKeepsTheScreensConditionsAndSaysWhereItCameFrom() {
    TriageRecord screen =
        TriageRecord.of(
            OffsetDateTime.parse("2024-05-19T09:00:00Z"),
            "see-clinician",
            List.of("persistent"),
            List.of("stenosis", "a-condition-from-a-newer-version"),
            false);
    TriageRecord c =
        TriageRecord.clearance(OffsetDateTime.parse("2024-05-20T12:00:00.700Z"), screen);
    assertThat(c.outcome()).isEqualTo("self-care");
    assertThat(c.cleared()).isTrue();
    assertThat(c.fromGate()).isTrue();
    assertThat(c.triggered()).containsExactly("persistent");
    assertThat(c.conditions()).containsExactly("stenosis", "a-condition-from-a-newer-version");
    assertThat(RecordJson.encode(c))
        .isEqualTo(
            "{\"type\":\"triage\",\"version\":1,\"time\":\"2024-05-20T12:00:00Z\","
                + "\"outcome\":\"self-care\",\"triggered\":[\"persistent\"],\"conditions\":[\"stenosis\","
                + "\"a-condition-from-a-newer-version\"],\"cleared\":true,\"source\":\"gate\"}");
    // a screen's line is as it always was: no source
    assertThat(RecordJson.encode(screen)).doesNotContain("source");
    RecordJson.Decoded back = RecordJson.decode(RecordJson.encode(c));
    assertThat(back.warning()).isNull();
    assertThat(back.record()).isEqualTo(c);
    assertThat(RecordJson.decode(RecordJson.encode(screen)).record()).isEqualTo(screen);
  }

  @Test
  void theSafetyNetsTriageAlertFollowsTheGate() {
    TriageRecord worry = triage("2024-05-19T09:00:00Z", "see-clinician");
    java.time.ZonedDateTime now = java.time.ZonedDateTime.parse("2024-05-20T12:00:00Z");
    assertThat(SafetyNet.check(List.of(), List.of(worry), now))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.message())
                    .contains("say so when `backcare routine` asks (in a script, add --cleared)"));
    TriageRecord clearance =
        TriageRecord.clearance(OffsetDateTime.parse("2024-05-20T08:00:00Z"), worry);
    assertThat(SafetyNet.check(List.of(), List.of(worry, clearance), now)).isEmpty();
  }
}
