package backcare.triage;

import static backcare.triage.Answers.allNo;
import static backcare.triage.Answers.yesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.routine.Condition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of triage.md version 2, written out again here, table by table, so that the data file
 * is checked against the reference and not against itself.
 */
class TriageTest {
  private final Triage triage = new Triage(Answers.RULES);

  static final List<String> CAUDA_EQUINA =
      List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both");
  static final List<String> NERVE_IDS =
      List.of(
          "bladder",
          "bowel",
          "saddle-numbness",
          "leg-weakness-both",
          "leg-pain-both",
          "leg-weakness-one",
          "sexual-function");

  /** All no, age 40, with these yes and nerve-recent as given ("yes", "no", or null: left out). */
  private static Map<String, Answer> with(String recent, String... yes) {
    Map<String, Answer> a = yesTo(yes);
    if (recent != null) a.put("nerve-recent", Question.yesNo(recent).orElseThrow());
    return a;
  }

  private Level level(Map<String, Answer> answers) {
    return triage.evaluate(answers).level();
  }

  private static Map<String, Answer> age(Map<String, Answer> answers, int age) {
    answers.put("age", Answer.number(age));
    return answers;
  }

  // ---- nerves ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"bladder", "bowel", "saddle-numbness", "leg-weakness-both"})
  void caudaEquinaSignsAreAnEmergencyWhenRecentOrUnansweredAndUrgentWhenOlder(String id) {
    assertThat(level(with("yes", id))).isEqualTo(Level.EMERGENCY);
    assertThat(level(with(null, id)))
        .as("nerve-recent left out counts as yes")
        .isEqualTo(Level.EMERGENCY);
    assertThat(level(with("no", id))).as("older and stable: never dropped").isEqualTo(Level.URGENT);
  }

  @Test
  void sciaticaInBothLegs() {
    assertThat(level(with("yes", "leg-pain-both"))).isEqualTo(Level.URGENT);
    assertThat(level(with(null, "leg-pain-both"))).isEqualTo(Level.URGENT);
    assertThat(level(with("no", "leg-pain-both"))).isEqualTo(Level.SEE_CLINICIAN);
    for (String other :
        List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both", "sexual-function")) {
      Outcome o = triage.evaluate(with("yes", "leg-pain-both", other));
      assertThat(o.level()).as(other).isEqualTo(Level.EMERGENCY);
      assertThat(o.triggered())
          .filteredOn(t -> t.id().equals("leg-pain-both"))
          .singleElement()
          .extracting(Trigger::level)
          .isEqualTo(Level.EMERGENCY);
    }
  }

  @Test
  void weaknessInOneLeg() {
    assertThat(level(with("yes", "leg-weakness-one"))).isEqualTo(Level.URGENT);
    assertThat(level(with(null, "leg-weakness-one"))).isEqualTo(Level.URGENT);
    assertThat(level(with("no", "leg-weakness-one"))).isEqualTo(Level.SEE_CLINICIAN);
  }

  @Test
  void sexualFunctionAloneIsSeeClinicianAndWithNerveSignsWhenRecentAnEmergency() {
    assertThat(level(with("yes", "sexual-function"))).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(level(with("no", "sexual-function"))).isEqualTo(Level.SEE_CLINICIAN);
    for (String other :
        List.of(
            "bladder",
            "bowel",
            "saddle-numbness",
            "leg-weakness-both",
            "leg-pain-both",
            "leg-weakness-one",
            "leg-numbness")) {
      assertThat(level(with("yes", "sexual-function", other))).as(other).isEqualTo(Level.EMERGENCY);
      assertThat(level(with(null, "sexual-function", other))).as(other).isEqualTo(Level.EMERGENCY);
      // older and stable: our rule is urgent, safer than v2's silence (GIRFT: urgent assessment)
      assertThat(level(with("no", "sexual-function", other))).as(other).isEqualTo(Level.URGENT);
    }
  }

  @Test
  void aCaudaEquinaEmergencyGivesTheWordsToSayAtTheDesk() {
    Outcome o = triage.evaluate(with("yes", "bladder", "saddle-numbness"));
    assertThat(o.whatToDo())
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(
                        "I have back pain and new trouble with my bladder and numbness between my legs.")
                    .contains("I am worried about cauda equina syndrome."));
    assertThat(triage.evaluate(with("no", "bladder")).whatToDo())
        .noneSatisfy(l -> assertThat(l).contains("cauda equina syndrome.\""));
  }

  // ---- blood vessels -------------------------------------------------------------------------

  @Test
  void aaaIsAnEmergencyThatSaysCallAnAmbulance() {
    Outcome o = triage.evaluate(yesTo("aaa"));
    assertThat(o.level()).isEqualTo(Level.EMERGENCY);
    assertThat(o.headline()).startsWith("EMERGENCY:").contains("call an ambulance");
  }

  @Test
  void aPulseInTheBellyIsUrgentFromFiftyAndANoteBelow() {
    assertThat(level(age(yesTo("belly-pulse"), 50))).isEqualTo(Level.URGENT);
    Outcome young = triage.evaluate(age(yesTo("belly-pulse"), 49));
    assertThat(young.level()).isEqualTo(Level.SELF_CARE);
    assertThat(young.notes()).anySatisfy(n -> assertThat(n).contains("usually normal under 50"));
  }

  // ---- infection -----------------------------------------------------------------------------

  @Test
  void infection() {
    assertThat(level(yesTo("fever"))).isEqualTo(Level.URGENT);
    for (String risk :
        List.of(
            "iv-drug-use", "immunosuppression", "recent-infection", "recent-surgery", "steroids")) {
      assertThat(level(yesTo(risk))).as(risk).isEqualTo(Level.SEE_CLINICIAN);
      assertThat(level(yesTo(risk, "fever"))).as(risk + " with fever").isEqualTo(Level.EMERGENCY);
    }
  }

  // ---- fracture ------------------------------------------------------------------------------

  @Test
  void fracture() {
    assertThat(level(yesTo("major-trauma"))).isEqualTo(Level.EMERGENCY);
    assertThat(level(yesTo("trauma"))).isEqualTo(Level.URGENT);
    assertThat(level(yesTo("sudden-onset"))).isEqualTo(Level.SELF_CARE);
    assertThat(level(yesTo("sudden-onset", "osteoporosis"))).isEqualTo(Level.URGENT);
    assertThat(level(yesTo("sudden-onset", "steroids"))).isEqualTo(Level.URGENT);
    assertThat(level(age(yesTo("sudden-onset"), 70))).isEqualTo(Level.URGENT);
    assertThat(level(age(yesTo("sudden-onset"), 69))).isEqualTo(Level.SELF_CARE);
    assertThat(level(yesTo("osteoporosis"))).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(level(yesTo("osteoporosis", "trauma"))).isEqualTo(Level.URGENT);
    assertThat(level(yesTo("steroids", "trauma"))).isEqualTo(Level.URGENT);
  }

  // ---- cancer --------------------------------------------------------------------------------

  @Test
  void aCancerHistoryAloneIsADoctorWithinAWeek() {
    Outcome o = triage.evaluate(yesTo("cancer-history"));
    assertThat(o.level()).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(o.headline()).contains("DOCTOR").doesNotContain("physiotherapist");
    assertThat(Answers.RULES.question("cancer-history").orElseThrow().help())
        .doesNotContainIgnoringCase("rarely");
  }

  @ParameterizedTest
  @ValueSource(strings = {"weight-loss", "night-pain", "thoracic-pain", "straining-pain"})
  void aCancerHistoryWithAnotherSignIsUrgentWithTheCancerTeamsLine(String other) {
    Outcome o = triage.evaluate(yesTo("cancer-history", other));
    assertThat(o.level()).isEqualTo(Level.URGENT);
    assertThat(o.headline()).contains("cancer team's 24-hour line").contains("today");
  }

  @Test
  void aCancerHistoryFromFiftyIsUrgent() {
    assertThat(level(age(yesTo("cancer-history"), 50))).isEqualTo(Level.URGENT);
    assertThat(level(age(yesTo("cancer-history"), 49))).isEqualTo(Level.SEE_CLINICIAN);
  }

  @Test
  void aCancerHistoryWithAnyNerveSignIsAnEmergencyHoweverOld() {
    for (String nerve : NERVE_IDS) {
      assertThat(level(with("no", "cancer-history", nerve))).as(nerve).isEqualTo(Level.EMERGENCY);
    }
    Outcome o = triage.evaluate(yesTo("cancer-history", "leg-numbness"));
    assertThat(o.level()).isEqualTo(Level.EMERGENCY);
    assertThat(o.whatToDo()).anySatisfy(l -> assertThat(l).contains("spinal cord compression"));
    assertThat(o.whatToDo()).noneSatisfy(l -> assertThat(l).contains("cauda equina syndrome.\""));
  }

  @Test
  void weightLossAndNightPain() {
    assertThat(level(yesTo("weight-loss"))).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(level(yesTo("night-pain"))).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(level(yesTo("thoracic-pain"))).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(level(yesTo("weight-loss", "night-pain"))).isEqualTo(Level.URGENT);
    assertThat(level(yesTo("straining-pain"))).isEqualTo(Level.SELF_CARE);
  }

  // ---- the seeds' list -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sharp-pain",
        "leg-numbness",
        "swelling-warmth",
        "spinal-history",
        "inflammatory",
        "persistent"
      })
  void theSeedListIsSeeClinician(String id) {
    assertThat(level(yesTo(id))).isEqualTo(Level.SEE_CLINICIAN);
  }

  @Test
  void seeClinicianSaysADoctorForTheReasonsTriageMdNames() {
    for (String id :
        List.of(
            "cancer-history",
            "weight-loss",
            "night-pain",
            "thoracic-pain",
            "iv-drug-use",
            "immunosuppression",
            "recent-infection",
            "swelling-warmth",
            "inflammatory")) {
      assertThat(triage.evaluate(yesTo(id)).headline()).as(id).startsWith("SEE A DOCTOR");
    }
    assertThat(triage.evaluate(age(allNo(), 15)).headline()).startsWith("SEE A DOCTOR");
    for (String id :
        List.of("sharp-pain", "leg-numbness", "spinal-history", "persistent", "osteoporosis")) {
      assertThat(triage.evaluate(yesTo(id)).headline())
          .as(id)
          .contains("doctor or physiotherapist");
    }
  }

  @Test
  void theSeedListQuestionsSayKindlyThatTheyAreUsuallyNotSerious() {
    for (String id : List.of("sharp-pain", "leg-numbness", "spinal-history")) {
      Question q = Answers.RULES.question(id).orElseThrow();
      assertThat(q.help())
          .as(id)
          .containsIgnoringCase("usually")
          .containsIgnoringCase("keep moving gently");
    }
  }

  // ---- conditions and age ------------------------------------------------------------------

  @Test
  void conditionsAreSetByTheAnswersTriageMdNames() {
    assertThat(triage.evaluate(yesTo("stenosis")).conditions()).containsExactly(Condition.STENOSIS);
    assertThat(triage.evaluate(yesTo("pregnancy")).conditions())
        .containsExactly(Condition.PREGNANCY);
    assertThat(triage.evaluate(yesTo("osteoporosis")).conditions())
        .containsExactly(Condition.OSTEOPOROSIS);
    assertThat(triage.evaluate(yesTo("steroids")).conditions())
        .containsExactly(Condition.OSTEOPOROSIS);
    assertThat(triage.evaluate(yesTo("spinal-history")).conditions())
        .containsExactly(Condition.DISC);
    assertThat(triage.evaluate(yesTo("recent-surgery")).conditions())
        .containsExactly(Condition.RECENT_SURGERY);
    Outcome o = triage.evaluate(yesTo("stenosis", "pregnancy"));
    assertThat(o.level()).isEqualTo(Level.SELF_CARE);
    assertThat(o.triggered()).extracting(Trigger::id).containsExactly("stenosis", "pregnancy");
  }

  @Test
  void aPregnancyWarningSignIsAnEmergencyForTheMaternityUnitAndUnansweredCountsAsNo() {
    Map<String, Answer> a = yesTo("pregnancy");
    assertThat(level(a)).as("left out").isEqualTo(Level.SELF_CARE);
    a.put("pregnancy-warning", Answer.YES);
    Outcome o = triage.evaluate(a);
    assertThat(o.level()).isEqualTo(Level.EMERGENCY);
    assertThat(o.headline()).contains("maternity unit");
    a.put("pregnancy-warning", Answer.NO);
    assertThat(level(a)).isEqualTo(Level.SELF_CARE);
  }

  @Test
  void ageUnder16IsADoctorAndTheOtherAgesAreNotesOnly() {
    Outcome child = triage.evaluate(age(allNo(), 15));
    assertThat(child.level()).isEqualTo(Level.SEE_CLINICIAN);
    assertThat(child.triggered()).extracting(Trigger::id).containsExactly("age");
    assertThat(child.notes()).isEmpty();
    Outcome teen = triage.evaluate(age(allNo(), 16));
    assertThat(teen.level()).isEqualTo(Level.SELF_CARE);
    assertThat(teen.notes()).singleElement().asString().contains("under the age of 20");
    assertThat(triage.evaluate(age(allNo(), 19)).notes()).hasSize(1);
    assertThat(triage.evaluate(age(allNo(), 20)).notes()).isEmpty();
    assertThat(triage.evaluate(age(allNo(), 50)).notes()).isEmpty();
    Outcome over = triage.evaluate(age(allNo(), 51));
    assertThat(over.level()).isEqualTo(Level.SELF_CARE);
    assertThat(over.notes()).singleElement().asString().contains("over 50");
  }

  // ---- clearance ---------------------------------------------------------------------------

  @Test
  void clearanceLowersSeeClinicianAndUrgentToSelfCareKeepingTheConditions() {
    for (Map<String, Answer> a :
        List.of(
            yesTo("spinal-history", "osteoporosis"),
            yesTo("trauma", "osteoporosis"),
            with("no", "bladder"))) {
      Level before = level(a);
      assertThat(before).isIn(Level.SEE_CLINICIAN, Level.URGENT);
      a.put("clinician-cleared", Answer.YES);
      Outcome o = triage.evaluate(a);
      assertThat(o.level()).as(a.toString()).isEqualTo(Level.SELF_CARE);
      assertThat(o.cleared()).isTrue();
      assertThat(o.headline()).contains("cleared");
      assertThat(o.triggered()).extracting(Trigger::id).contains("clinician-cleared");
    }
    Outcome o = triage.evaluate(yesTo("spinal-history", "osteoporosis", "clinician-cleared"));
    assertThat(o.conditions()).containsExactlyInAnyOrder(Condition.DISC, Condition.OSTEOPOROSIS);
  }

  @Test
  void clearanceNeverLowersAnEmergency() {
    Outcome e = triage.evaluate(yesTo("fever", "recent-infection", "clinician-cleared"));
    assertThat(e.level()).isEqualTo(Level.EMERGENCY);
    assertThat(e.cleared()).isFalse();
    assertThat(e.notes()).contains(Answers.RULES.clearanceCannotApply());
    assertThat(level(with("yes", "bladder", "clinician-cleared"))).isEqualTo(Level.EMERGENCY);
  }

  @Test
  void clearanceUnansweredCountsAsNoAndOnSelfCareChangesNothing() {
    assertThat(level(yesTo("night-pain"))).isEqualTo(Level.SEE_CLINICIAN);
    Outcome selfCare = triage.evaluate(yesTo("clinician-cleared"));
    assertThat(selfCare.level()).isEqualTo(Level.SELF_CARE);
    assertThat(selfCare.cleared()).isFalse();
    assertThat(selfCare.triggered()).isEmpty();
    assertThat(triage.missing(allNo())).isEmpty();
  }

  // ---- what every outcome says ---------------------------------------------------------------

  @Test
  void everyOutcomeEndsWithTheCaudaEquinaSafetyNetAndOnlySelfCareHasTheFooter() {
    Map<Level, Map<String, Answer>> byLevel =
        Map.of(
            Level.SELF_CARE,
            allNo(),
            Level.SEE_CLINICIAN,
            yesTo("night-pain"),
            Level.URGENT,
            yesTo("trauma"),
            Level.EMERGENCY,
            yesTo("aaa"));
    byLevel.forEach(
        (expected, answers) -> {
          Outcome o = triage.evaluate(answers);
          assertThat(o.level()).isEqualTo(expected);
          String all = String.join("\n", o.advice());
          assertThat(o.advice().get(0)).isEqualTo(o.headline());
          assertThat(all)
              .contains("not a diagnosis")
              .contains("Cauda equina syndrome")
              .contains("new trouble peeing or controlling your bowels, numbness between your legs")
              .contains("weakness in both legs");
          if (expected == Level.SELF_CARE) {
            assertThat(o.footer()).isNotEmpty();
            assertThat(all).contains("4 to 6 weeks").contains("Keep active");
            assertThat(o.headline()).contains("no warning signs found");
          } else {
            assertThat(o.footer()).isEmpty();
            assertThat(all)
                .doesNotContain("4 to 6 weeks")
                .doesNotContainIgnoringCase("keep active");
          }
        });
    assertThat(triage.evaluate(yesTo("aaa")).whatToDo())
        .anySatisfy(l -> assertThat(l).contains("Do not drive yourself"));
  }

  @Test
  void urgentAdviceComesFirstAndTheDeskWordsAfterIt() {
    Outcome ces = triage.evaluate(with("yes", "bowel"));
    assertThat(ces.whatToDo().get(0)).startsWith("Go now, or call an ambulance");
    assertThat(ces.whatToDo().get(ces.whatToDo().size() - 1)).startsWith("At the desk, say:");
    Outcome aaa = triage.evaluate(yesTo("aaa"));
    assertThat(aaa.whatToDo().get(0)).startsWith("Call an ambulance now");
    assertThat(aaa.whatToDo()).noneSatisfy(l -> assertThat(l).startsWith("Go now"));
    Outcome cancer = triage.evaluate(yesTo("cancer-history", "night-pain"));
    assertThat(cancer.whatToDo().get(0)).contains("24-hour line");
    assertThat(cancer.whatToDo())
        .noneSatisfy(l -> assertThat(l).startsWith("See a doctor today - a same-day"));
    for (Outcome o : List.of(ces, aaa, cancer)) {
      assertThat(o.whatToDo())
          .anySatisfy(l -> assertThat(l).contains("Do not stretch or crack your back"));
    }
  }

  @Test
  void theHeadlineSaysHowSoon() {
    assertThat(triage.evaluate(with("yes", "bladder")).headline())
        .startsWith("EMERGENCY:")
        .contains("now");
    assertThat(triage.evaluate(yesTo("trauma")).headline()).startsWith("URGENT:").contains("today");
    assertThat(triage.evaluate(yesTo("persistent")).headline())
        .startsWith("SEE A CLINICIAN:")
        .contains("week");
  }

  // ---- missing answers ---------------------------------------------------------------------

  @Test
  void missingAnswersAreNeverTakenAsNo() {
    Map<String, Answer> partial = allNo();
    partial.remove("bowel");
    partial.remove("age");
    assertThat(triage.missing(partial)).containsExactly("bowel", "age");
    assertThatThrownBy(() -> triage.evaluate(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bowel, age");
    assertThat(triage.settlesEmergency(partial)).isFalse();
    assertThat(triage.missing(Map.of()))
        .doesNotContain("nerve-recent", "pregnancy-warning", "clinician-cleared");
  }

  @Test
  void anEmergencySettlesAScriptWhileOthersAreMissingButTheInterviewWaitsForNerveRecent() {
    Map<String, Answer> only = new LinkedHashMap<>();
    only.put("bladder", Answer.YES);
    assertThat(triage.settlesEmergency(only)).as("nerve-recent unanswered counts as yes").isTrue();
    assertThat(triage.certainEmergency(only))
        .as("nerve-recent could still make it urgent")
        .isFalse();
    Outcome o = triage.evaluate(only);
    assertThat(o.level()).isEqualTo(Level.EMERGENCY);
    assertThat(o.unanswered())
        .contains("bowel", "age")
        .doesNotContain("bladder", "nerve-recent", "clinician-cleared");
    only.put("nerve-recent", Answer.YES);
    assertThat(triage.certainEmergency(only)).isTrue();
    only.put("nerve-recent", Answer.NO);
    assertThat(triage.certainEmergency(only)).isFalse();
    assertThat(triage.settlesEmergency(only)).isFalse();

    Map<String, Answer> aaa = new LinkedHashMap<>(Map.of("aaa", Answer.YES));
    assertThat(triage.certainEmergency(aaa)).isTrue();
    Map<String, Answer> combo = new LinkedHashMap<>(Map.of("fever", Answer.YES));
    assertThat(triage.settlesEmergency(combo)).isFalse();
    combo.put("immunosuppression", Answer.YES);
    assertThat(triage.settlesEmergency(combo)).isTrue();
    assertThat(triage.evaluateSoFar(new LinkedHashMap<>(Map.of("trauma", Answer.YES))).level())
        .isEqualTo(Level.URGENT);
  }

  @Test
  void conditionalQuestionsAreAskedWhenTheirConditionHolds() {
    Question recent = Answers.RULES.question("nerve-recent").orElseThrow();
    Question warning = Answers.RULES.question("pregnancy-warning").orElseThrow();
    Question cleared = Answers.RULES.clearanceQuestion();
    assertThat(triage.asks(recent, allNo())).isFalse();
    for (String nerve : NERVE_IDS) assertThat(triage.asks(recent, yesTo(nerve))).as(nerve).isTrue();
    assertThat(triage.asks(recent, yesTo("leg-numbness"))).isFalse();
    assertThat(triage.asks(warning, yesTo("pregnancy"))).isTrue();
    assertThat(triage.asks(warning, allNo())).isFalse();
    assertThat(triage.asks(cleared, allNo())).isFalse();
    assertThat(triage.asks(cleared, yesTo("persistent"))).isTrue();
    assertThat(triage.asks(cleared, yesTo("trauma"))).isTrue();
    assertThat(triage.asks(cleared, yesTo("aaa"))).isFalse();
    assertThat(Set.of(recent, warning, cleared))
        .allSatisfy(q -> assertThat(q.required()).isFalse());
  }

  @Test
  void answersMustFitTheirQuestions() {
    Map<String, Answer> wrongType = allNo();
    wrongType.put("age", Answer.YES);
    assertThatThrownBy(() -> triage.evaluate(wrongType)).hasMessageContaining("age");
    Map<String, Answer> unknown = allNo();
    unknown.put("bladdr", Answer.NO);
    assertThatThrownBy(() -> triage.evaluate(unknown))
        .hasMessageContaining("unknown question id 'bladdr'");
  }
}
