package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageRulesTest {
    /** The 28 ids of triage.md: a public contract scripts use. */
    static final List<String> CONTRACT_IDS = List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both", "aaa",
            "sexual-function", "leg-weakness-one", "fever", "iv-drug-use", "immunosuppression", "recent-infection",
            "trauma", "osteoporosis", "steroids", "cancer-history", "weight-loss", "night-pain", "sharp-pain",
            "leg-numbness", "swelling-warmth", "spinal-history", "recent-surgery", "inflammatory", "persistent",
            "stenosis", "pregnancy", "age", "clinician-cleared");

    private final TriageRules rules = TriageRules.load();

    @Test
    void thePackagedFileHasEveryContractIdAndNoOther() {
        assertThat(rules.ids()).containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
        assertThat(rules.question("age").orElseThrow().type()).isEqualTo(QuestionType.NUMBER);
        assertThat(rules.clearanceQuestion().id()).isEqualTo("clinician-cleared");
        assertThat(rules.questions()).allSatisfy(q -> {
            assertThat(q.text()).as(q.id()).isNotBlank();
            assertThat(q.help()).as(q.id()).isNotBlank();
        });
    }

    @Test
    void theMostUrgentGroupIsAskedFirstAndEveryQuestionOnce() {
        Step first = rules.interview().get(0);
        assertThat(first.questions()).allSatisfy(q -> assertThat(q.alone()).isEqualTo(Level.EMERGENCY));
        assertThat(rules.interview().stream().flatMap(s -> s.questions().stream()).map(Question::id))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CONTRACT_IDS.stream().filter(id -> !id.equals("clinician-cleared")).toList());
    }

    @Test
    void everyOutcomeLevelHasAHeadlineSayingHowSoon() {
        assertThat(rules.advice(Level.EMERGENCY).headline()).startsWith("EMERGENCY:").contains("now");
        assertThat(rules.advice(Level.URGENT).headline()).contains("today");
        assertThat(rules.advice(Level.SEE_CLINICIAN).headline()).contains("soon");
        assertThat(rules.advice(Level.SELF_CARE).headline()).contains("gentle stretching");
    }

    private static final String MINIMAL = """
            questions:
              - {id: bladder, type: yes-no, short: s, text: t, help: h, alone: emergency, reason: r}
              - {id: fever, type: yes-no, short: s, text: t, help: h, alone: urgent, reason: r}
              - {id: clinician-cleared, type: yes-no, clearance: true, short: s, text: t, help: h, reason: r}
            combinations:
              - {if: fever, withAnyOf: [bladder], then: emergency, reason: r}
            interview:
              - {id: g, ask: a, help: h, questions: [bladder, fever]}
            outcomes:
              emergency: {headline: e, advice: [a]}
              urgent: {headline: u, advice: [a]}
              see-clinician: {headline: s, advice: [a]}
              self-care: {headline: c, advice: [a]}
            cleared: c
            clearanceCannotApply: c
            notADiagnosis: n
            safetyNet: [s]
            """;

    private static TriageRules parse(String yaml) throws IOException {
        InputStream in = new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
        return TriageRules.parse(in, "test.yaml");
    }

    @Test
    void aMinimalFileLoads() throws IOException {
        assertThat(parse(MINIMAL).ids()).containsExactly("bladder", "fever", "clinician-cleared");
    }

    @Test
    void anUnknownIdInACombinationFailsLoudly() {
        assertThatThrownBy(() -> parse(MINIMAL.replace("withAnyOf: [bladder]", "withAnyOf: [bladdr]")))
                .isInstanceOf(TriageRules.InvalidRulesException.class)
                .hasMessageContaining("test.yaml: combinations[0].withAnyOf: unknown question id 'bladdr'");
        assertThatThrownBy(() -> parse(MINIMAL.replace("if: fever", "if: fevr")))
                .hasMessageContaining("combinations[0].if: unknown question id 'fevr'");
    }

    @Test
    void unknownLevelsConditionsAndKeysFailLoudly() {
        assertThatThrownBy(() -> parse(MINIMAL.replace("alone: urgent", "alone: urgnet")))
                .hasMessageContaining("questions[1] (fever): 'alone' must be one of [self-care, see-clinician, urgent, emergency]");
        assertThatThrownBy(() -> parse(MINIMAL.replace("reason: r}\n  - {id: fever", "reason: r, conditions: [discs]}\n  - {id: fever")))
                .hasMessageContaining("unknown condition 'discs'");
        assertThatThrownBy(() -> parse(MINIMAL.replace("then: emergency", "then: soon")))
                .hasMessageContaining("'then' must be one of");
        assertThatThrownBy(() -> parse(MINIMAL.replace("help: h, alone: urgent", "hlep: h, alone: urgent")))
                .hasMessageContaining("hlep");
    }

    @Test
    void wrongShapesAndDuplicateKeysFailLoudly() {
        assertThatThrownBy(() -> parse(MINIMAL.replace("text: t, help: h, alone: urgent", "text: [t], help: h, alone: urgent")))
                .hasMessageContaining("questions[1]: 'text' must be a single value");
        assertThatThrownBy(() -> parse(MINIMAL.replace("cleared: c\n", "cleared: c\ncleared: d\n")))
                .hasMessageContaining("test.yaml:15:1: the key 'cleared' appears twice");
        assertThatThrownBy(() -> parse(MINIMAL.replace("safetyNet: [s]", "safetyNet: [s")))
                .isInstanceOf(TriageRules.InvalidRulesException.class)
                .hasMessageStartingWith("test.yaml:");
        assertThatThrownBy(() -> parse("")).hasMessage("test.yaml: the file is empty");
    }

    @Test
    void everyQuestionMustBeAskedExactlyOnceAndIdsAreUnique() {
        assertThatThrownBy(() -> parse(MINIMAL.replace("questions: [bladder, fever]", "questions: [bladder, bladder]")))
                .hasMessageContaining("'bladder' must be asked exactly once, found 2 times")
                .hasMessageContaining("'fever' must be asked exactly once, found 0 times");
        assertThatThrownBy(() -> parse(MINIMAL.replace("{id: fever", "{id: bladder")))
                .hasMessageContaining("the id 'bladder' is used twice");
        assertThatThrownBy(() -> parse(MINIMAL.replace("questions: [bladder, fever]", "questions: [bladder, fever, clinician-cleared]")))
                .hasMessageContaining("'clinician-cleared' is asked only when needed");
    }

    @Test
    void missingTextsAndOutcomesAreReported() {
        assertThatThrownBy(() -> parse(MINIMAL.replace("  urgent: {headline: u, advice: [a]}\n", "")))
                .hasMessageContaining("outcomes.urgent: missing");
        assertThatThrownBy(() -> parse(MINIMAL.replace("help: h, alone: emergency", "alone: emergency")))
                .hasMessageContaining("questions[0] (bladder): 'help' is missing or empty");
        assertThatThrownBy(() -> parse(MINIMAL.replace("clearance: true, ", "")))
                .hasMessageContaining("exactly one question must have 'clearance: true', found 0");
    }
}
