package backcare.triage;

import static backcare.triage.Answers.allNo;
import static backcare.triage.Answers.yesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.routine.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of triage.md, written out again here so that the data file is checked against them. */
class TriageTest {
    private final Triage triage = new Triage(Answers.RULES);

    /** triage.md, column "alone". */
    static final Map<String, Level> ALONE = new LinkedHashMap<>();

    static {
        for (String id : List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both", "aaa")) {
            ALONE.put(id, Level.EMERGENCY);
        }
        for (String id : List.of("leg-weakness-one", "fever", "trauma")) ALONE.put(id, Level.URGENT);
        for (String id : List.of("sexual-function", "iv-drug-use", "immunosuppression", "recent-infection",
                "osteoporosis", "steroids", "cancer-history", "weight-loss", "night-pain", "sharp-pain",
                "leg-numbness", "swelling-warmth", "spinal-history", "recent-surgery", "inflammatory", "persistent")) {
            ALONE.put(id, Level.SEE_CLINICIAN);
        }
        ALONE.put("stenosis", Level.SELF_CARE);
        ALONE.put("pregnancy", Level.SELF_CARE);
    }

    /** triage.md, column "in combination": if the first and any of the list, then the level. */
    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (String other : List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both", "leg-weakness-one", "leg-numbness")) {
            all.add(Arguments.of("sexual-function", other, Level.EMERGENCY));
        }
        all.add(Arguments.of("leg-weakness-one", "cancer-history", Level.EMERGENCY));
        for (String other : List.of("iv-drug-use", "immunosuppression", "recent-infection")) {
            all.add(Arguments.of("fever", other, Level.EMERGENCY));
            all.add(Arguments.of(other, "fever", Level.EMERGENCY));
        }
        all.add(Arguments.of("osteoporosis", "trauma", Level.URGENT));
        all.add(Arguments.of("steroids", "trauma", Level.URGENT));
        for (String other : List.of("leg-numbness", "leg-weakness-one", "leg-weakness-both")) {
            all.add(Arguments.of("cancer-history", other, Level.EMERGENCY));
        }
        return all.stream();
    }

    static Stream<String> redFlags() { return ALONE.keySet().stream(); }

    @Test
    void everyYesNoQuestionOfTheContractHasItsAloneLevel() {
        List<String> yesNo = Answers.RULES.questions().stream()
                .filter(q -> q.type() == QuestionType.YES_NO && !q.clearance()).map(Question::id).toList();
        assertThat(ALONE.keySet()).containsExactlyInAnyOrderElementsOf(yesNo);
    }

    @ParameterizedTest(name = "{0} alone")
    @MethodSource("redFlags")
    void eachRedFlagAloneGivesItsLevel(String id) {
        Outcome o = triage.evaluate(yesTo(id));
        assertThat(o.level()).isEqualTo(ALONE.get(id));
        assertThat(o.exitCode()).isEqualTo(ALONE.get(id).exitCode());
        assertThat(o.triggered()).extracting(Trigger::id).containsExactly(id);
        assertThat(o.triggered().get(0).answer()).isEqualTo("yes");
        assertThat(o.triggered().get(0).reason()).isNotBlank();
    }

    @Test
    void allNoIsSelfCareWithNothingTriggered() {
        Outcome o = triage.evaluate(allNo());
        assertThat(o.level()).isEqualTo(Level.SELF_CARE);
        assertThat(o.exitCode()).isZero();
        assertThat(o.triggered()).isEmpty();
        assertThat(o.conditions()).isEmpty();
        assertThat(o.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @MethodSource("combinations")
    void everyCombinationRuleGivesItsLevel(String first, String second, Level level) {
        Outcome o = triage.evaluate(yesTo(first, second));
        assertThat(o.level()).isEqualTo(level);
        assertThat(o.triggered()).extracting(Trigger::id).contains(first, second);
        assertThat(o.triggered()).filteredOn(t -> t.id().equals(first)).singleElement()
                .satisfies(t -> assertThat(t.level()).isEqualTo(level));
    }

    @ParameterizedTest(name = "{0} with {1}: more urgent than either alone")
    @MethodSource("combinations")
    void combinationsRaiseAboveTheirPartsWhereTriageMdSaysSo(String first, String second, Level level) {
        Level aloneMax = Level.max(ALONE.get(first), ALONE.get(second));
        if (aloneMax == level) return; // e.g. sexual-function with bladder: bladder alone is already an emergency
        assertThat(triage.evaluate(yesTo(first)).level()).isNotEqualTo(level);
        assertThat(triage.evaluate(yesTo(second)).level()).isNotEqualTo(level);
        assertThat(triage.evaluate(yesTo(first, second)).triggered().get(0).reason()).contains("together with");
    }

    @Test
    void unrelatedPairsDoNotCombine() {
        assertThat(triage.evaluate(yesTo("sexual-function", "trauma")).level()).isEqualTo(Level.URGENT);
        assertThat(triage.evaluate(yesTo("osteoporosis", "fever")).level()).isEqualTo(Level.URGENT);
        assertThat(triage.evaluate(yesTo("cancer-history", "weight-loss")).level()).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(triage.evaluate(yesTo("iv-drug-use", "immunosuppression")).level()).isEqualTo(Level.SEE_CLINICIAN);
    }

    @Test
    void theMostUrgentLevelWins() {
        Outcome o = triage.evaluate(yesTo("night-pain", "trauma", "bladder", "stenosis"));
        assertThat(o.level()).isEqualTo(Level.EMERGENCY);
        assertThat(o.headline()).startsWith("EMERGENCY:");
        assertThat(o.triggered()).extracting(Trigger::id).containsExactly("bladder", "trauma", "night-pain", "stenosis");
        assertThat(o.triggered()).extracting(Trigger::level)
                .containsExactly(Level.EMERGENCY, Level.URGENT, Level.SEE_CLINICIAN, Level.SELF_CARE);
        assertThat(triage.evaluate(yesTo("weight-loss", "fever")).level()).isEqualTo(Level.URGENT);
    }

    @Test
    void answersSetTheConditionsOfTriageMd() {
        assertThat(triage.evaluate(yesTo("osteoporosis")).conditions()).containsExactly(Condition.OSTEOPOROSIS);
        assertThat(triage.evaluate(yesTo("steroids")).conditions()).containsExactly(Condition.OSTEOPOROSIS);
        assertThat(triage.evaluate(yesTo("spinal-history")).conditions()).containsExactly(Condition.DISC);
        assertThat(triage.evaluate(yesTo("recent-surgery")).conditions()).containsExactly(Condition.RECENT_SURGERY);
        assertThat(triage.evaluate(yesTo("stenosis")).conditions()).containsExactly(Condition.STENOSIS);
        assertThat(triage.evaluate(yesTo("pregnancy")).conditions()).containsExactly(Condition.PREGNANCY);
        assertThat(triage.evaluate(yesTo("stenosis", "pregnancy")).conditions())
                .containsExactlyInAnyOrder(Condition.STENOSIS, Condition.PREGNANCY);
        Set<String> setting = Set.of("osteoporosis", "steroids", "spinal-history", "recent-surgery", "stenosis", "pregnancy");
        for (String id : ALONE.keySet()) {
            if (!setting.contains(id)) assertThat(triage.evaluate(yesTo(id)).conditions()).as(id).isEmpty();
        }
    }

    @Test
    void stenosisAndPregnancyStaySelfCareButAreNamed() {
        Outcome o = triage.evaluate(yesTo("stenosis", "pregnancy"));
        assertThat(o.level()).isEqualTo(Level.SELF_CARE);
        assertThat(o.triggered()).extracting(Trigger::id).containsExactly("stenosis", "pregnancy");
    }

    @Test
    void clinicianClearanceLowersSeeClinicianToSelfCareAndKeepsTheConditions() {
        Map<String, Answer> answers = yesTo("spinal-history", "osteoporosis");
        assertThat(triage.evaluate(answers).level()).isEqualTo(Level.SEE_CLINICIAN);
        answers.put("clinician-cleared", Answer.YES);
        Outcome o = triage.evaluate(answers);
        assertThat(o.level()).isEqualTo(Level.SELF_CARE);
        assertThat(o.cleared()).isTrue();
        assertThat(o.conditions()).containsExactlyInAnyOrder(Condition.DISC, Condition.OSTEOPOROSIS);
        assertThat(o.triggered()).extracting(Trigger::id).contains("spinal-history", "osteoporosis", "clinician-cleared");
        assertThat(o.whatToDo()).contains(Answers.RULES.clearedAdvice());
    }

    @Test
    void clinicianClearanceNeverLowersUrgentOrEmergency() {
        Map<String, Answer> urgent = yesTo("trauma", "osteoporosis", "clinician-cleared");
        Outcome u = triage.evaluate(urgent);
        assertThat(u.level()).isEqualTo(Level.URGENT);
        assertThat(u.cleared()).isFalse();
        assertThat(u.notes()).contains(Answers.RULES.clearanceCannotApply());
        assertThat(u.conditions()).containsExactly(Condition.OSTEOPOROSIS);

        Outcome e = triage.evaluate(yesTo("fever", "recent-infection", "clinician-cleared"));
        assertThat(e.level()).isEqualTo(Level.EMERGENCY);
        assertThat(e.cleared()).isFalse();
    }

    @Test
    void clinicianClearanceUnansweredCountsAsNoAndOnSelfCareChangesNothing() {
        assertThat(triage.evaluate(yesTo("night-pain")).level()).isEqualTo(Level.SEE_CLINICIAN);
        Map<String, Answer> no = yesTo("night-pain");
        no.put("clinician-cleared", Answer.NO);
        assertThat(triage.evaluate(no).level()).isEqualTo(Level.SEE_CLINICIAN);
        Outcome selfCare = triage.evaluate(yesTo("clinician-cleared"));
        assertThat(selfCare.level()).isEqualTo(Level.SELF_CARE);
        assertThat(selfCare.cleared()).isFalse();
        assertThat(selfCare.triggered()).isEmpty();
        assertThat(triage.missing(allNo())).isEmpty();
    }

    @Test
    void ageGivesConditionalNotesAndNeverBlocks() {
        Map<String, Answer> a = allNo();
        a.put("age", Answer.number(51));
        Outcome over = triage.evaluate(a);
        assertThat(over.level()).isEqualTo(Level.SELF_CARE);
        assertThat(over.notes()).singleElement().asString().startsWith("If this is your first episode").contains("over 50");
        a.put("age", Answer.number(50));
        assertThat(triage.evaluate(a).notes()).isEmpty();
        a.put("age", Answer.number(20));
        assertThat(triage.evaluate(a).notes()).isEmpty();
        a.put("age", Answer.number(19));
        Outcome under = triage.evaluate(a);
        assertThat(under.level()).isEqualTo(Level.SELF_CARE);
        assertThat(under.notes()).singleElement().asString().contains("under the age of 20");
    }

    @Test
    void everyOutcomeSaysItIsNotADiagnosisAndGivesTheSafetyNet() {
        for (Map<String, Answer> answers : List.of(allNo(), yesTo("night-pain"), yesTo("trauma"), yesTo("aaa"))) {
            Outcome o = triage.evaluate(answers);
            assertThat(o.advice().get(0)).isEqualTo(o.headline());
            assertThat(String.join("\n", o.advice()))
                    .contains("not a diagnosis")
                    .contains("run backcare triage again")
                    .contains("4 to 6 weeks");
        }
        assertThat(triage.evaluate(yesTo("aaa")).whatToDo()).anySatisfy(l -> assertThat(l).contains("Do not drive yourself"));
        assertThat(triage.evaluate(yesTo("trauma")).headline()).contains("today");
        assertThat(triage.evaluate(yesTo("night-pain")).whatToDo()).anySatisfy(l -> assertThat(l).contains("within about a week"));
    }

    @Test
    void missingAnswersAreNeverTakenAsNo() {
        Map<String, Answer> partial = allNo();
        partial.remove("bowel");
        partial.remove("age");
        assertThat(triage.missing(partial)).containsExactly("bowel", "age");
        assertThatThrownBy(() -> triage.evaluate(partial))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bowel, age");
        assertThat(triage.settlesEmergency(partial)).isFalse();
    }

    @Test
    void anEmergencyAnswerSettlesTheOutcomeWhileOthersAreMissing() {
        Map<String, Answer> only = new LinkedHashMap<>();
        only.put("bladder", Answer.YES);
        assertThat(triage.settlesEmergency(only)).isTrue();
        Outcome o = triage.evaluate(only);
        assertThat(o.level()).isEqualTo(Level.EMERGENCY);
        assertThat(o.unanswered()).contains("bowel", "age").doesNotContain("bladder", "clinician-cleared");

        Map<String, Answer> combo = new LinkedHashMap<>();
        combo.put("fever", Answer.YES);
        assertThat(triage.settlesEmergency(combo)).isFalse();
        combo.put("immunosuppression", Answer.YES);
        assertThat(triage.settlesEmergency(combo)).isTrue();

        Map<String, Answer> urgentOnly = new LinkedHashMap<>();
        urgentOnly.put("trauma", Answer.YES);
        assertThat(triage.settlesEmergency(urgentOnly)).isFalse();
        assertThat(triage.evaluateSoFar(urgentOnly).level()).isEqualTo(Level.URGENT);
    }

    @Test
    void answersMustFitTheirQuestions() {
        Map<String, Answer> wrongType = allNo();
        wrongType.put("age", Answer.YES);
        assertThatThrownBy(() -> triage.evaluate(wrongType)).hasMessageContaining("age");
        Map<String, Answer> unknown = allNo();
        unknown.put("bladdr", Answer.NO);
        assertThatThrownBy(() -> triage.evaluate(unknown)).hasMessageContaining("unknown question id 'bladdr'");
    }
}
