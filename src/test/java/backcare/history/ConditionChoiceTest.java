package backcare.history;

import static backcare.history.Records.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import backcare.routine.Condition;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options + the latest triage -> the conditions a routine is made safe for, and what is said. */
class ConditionChoiceTest {
  private static final TriageRecord STENOSIS_SCREEN =
      triage("2024-05-15T09:00:00Z", "self-care", "stenosis", "disc");

  @Test
  void namedConditionsWinOverTheTriagesInTheOrderGivenAndSayNothing() {
    Set<Condition> named = new LinkedHashSet<>(List.of(Condition.PREGNANCY, Condition.DISC));
    ConditionChoice c = ConditionChoice.of(named, false, Optional.of(STENOSIS_SCREEN));
    assertThat(c.conditions()).containsExactly(Condition.PREGNANCY, Condition.DISC);
    assertThat(c.notes()).isEmpty();
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void noneIgnoresTheTriageAndCannotBeCombined() {
    ConditionChoice c = ConditionChoice.of(Set.of(), true, Optional.of(STENOSIS_SCREEN));
    assertThat(c.conditions()).isEmpty();
    assertThat(c.notes()).isEmpty();
    assertThatThrownBy(
            () -> ConditionChoice.of(Set.of(Condition.DISC), true, Optional.of(STENOSIS_SCREEN)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--condition none cannot be combined");
  }

  @Test
  void withoutOptionsTheLatestTriagesConditionsApplyWithADatedNote() {
    ConditionChoice c = ConditionChoice.of(Set.of(), false, Optional.of(STENOSIS_SCREEN));
    assertThat(c.conditions()).containsExactly(Condition.STENOSIS, Condition.DISC);
    assertThat(c.notes())
        .containsExactly(
            "Using the conditions from your triage on 2024-05-15: stenosis, disc.",
            "  (--condition NAME chooses others; --condition none runs without.)");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void aClearanceIsNamedAsSuch() {
    TriageRecord worry = triage("2024-05-15T09:00:00Z", "urgent", "osteoporosis");
    TriageRecord clearance =
        TriageRecord.clearance(OffsetDateTime.parse("2024-05-17T09:00:00Z"), worry);
    ConditionChoice c = ConditionChoice.of(Set.of(), false, Optional.of(clearance));
    assertThat(c.conditions()).containsExactly(Condition.OSTEOPOROSIS);
    assertThat(c.notes().get(0))
        .isEqualTo(
            "Using the conditions from your last screen (a clinician's clearance recorded on"
                + " 2024-05-17): osteoporosis.");
  }

  @Test
  void aConditionThisVersionDoesNotKnowIsLeftOutWithAWarning() {
    TriageRecord newer =
        triage("2024-05-15T09:00:00Z", "self-care", "a-condition-from-a-newer-version", "disc");
    ConditionChoice c = ConditionChoice.of(Set.of(), false, Optional.of(newer));
    assertThat(c.conditions()).containsExactly(Condition.DISC);
    assertThat(c.warnings())
        .containsExactly(
            "warning: your triage on 2024-05-15 set condition"
                + " \"a-condition-from-a-newer-version\", which this version does not know; it is"
                + " left out");
    TriageRecord onlyUnknown = triage("2024-05-15T09:00:00Z", "self-care", "levitation");
    ConditionChoice none = ConditionChoice.of(Set.of(), false, Optional.of(onlyUnknown));
    assertThat(none.conditions()).isEmpty();
    assertThat(none.notes()).isEmpty();
    assertThat(none.warnings()).hasSize(1);
  }

  @Test
  void neverScreenedOrAScreenWithoutConditionsMeansNone() {
    assertThat(ConditionChoice.of(Set.of(), false, Optional.empty()))
        .isEqualTo(new ConditionChoice(Set.of(), List.of(), List.of()));
    ConditionChoice plain =
        ConditionChoice.of(
            Set.of(), false, Optional.of(triage("2024-05-15T09:00:00Z", "self-care")));
    assertThat(plain.conditions()).isEmpty();
    assertThat(plain.notes()).isEmpty();
  }

  @Test
  void everyConditionCanBeChosenByName() {
    for (Condition k : Condition.values()) {
      assertThat(ConditionChoice.of(EnumSet.of(k), false, Optional.empty()).conditions())
          .containsExactly(k);
    }
  }
}
