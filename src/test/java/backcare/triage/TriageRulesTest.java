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
  /**
   * The ids of triage.md v2: a public contract scripts use (version 1's ids, kept, and version
   * 2's).
   */
  static final List<String> CONTRACT_IDS =
      List.of(
          "bladder",
          "bowel",
          "saddle-numbness",
          "leg-weakness-both",
          "aaa",
          "sexual-function",
          "leg-weakness-one",
          "fever",
          "iv-drug-use",
          "immunosuppression",
          "recent-infection",
          "trauma",
          "osteoporosis",
          "steroids",
          "cancer-history",
          "weight-loss",
          "night-pain",
          "sharp-pain",
          "leg-numbness",
          "swelling-warmth",
          "spinal-history",
          "recent-surgery",
          "inflammatory",
          "persistent",
          "stenosis",
          "pregnancy",
          "age",
          "clinician-cleared",
          "nerve-recent",
          "leg-pain-both",
          "belly-pulse",
          "major-trauma",
          "sudden-onset",
          "thoracic-pain",
          "straining-pain",
          "pregnancy-warning");

  private final TriageRules rules = TriageRules.load();

  @Test
  void thePackagedFileHasEveryContractIdAndNoOther() {
    assertThat(rules.ids()).containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
    assertThat(rules.question("age").orElseThrow().type()).isEqualTo(QuestionType.NUMBER);
    assertThat(rules.clearanceQuestion().id()).isEqualTo("clinician-cleared");
    assertThat(rules.recency().id()).isEqualTo("nerve-recent");
    assertThat(rules.questions())
        .filteredOn(Question::conditional)
        .extracting(Question::id)
        .containsExactly("nerve-recent", "pregnancy-warning", "clinician-cleared");
    assertThat(rules.questions())
        .allSatisfy(
            q -> {
              assertThat(q.text()).as(q.id()).isNotBlank();
              assertThat(q.help()).as(q.id()).isNotBlank();
            });
  }

  @Test
  void theCaudaEquinaGroupIsAskedFirstAndEveryQuestionOnce() {
    Step first = rules.interview().get(0);
    assertThat(first.questions())
        .extracting(Question::id)
        .containsExactly("bladder", "bowel", "saddle-numbness", "leg-weakness-both");
    assertThat(first.questions())
        .allSatisfy(q -> assertThat(q.recent()).isEqualTo(Level.EMERGENCY));
    assertThat(rules.interview().stream().flatMap(s -> s.questions().stream()).map(Question::id))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
  }

  @Test
  void everyOutcomeLevelHasAHeadlineSayingHowSoon() {
    assertThat(rules.advice(Level.EMERGENCY).headline()).startsWith("EMERGENCY:").contains("now");
    assertThat(rules.advice(Level.URGENT).headline()).contains("today");
    assertThat(rules.advice(Level.SEE_CLINICIAN).headline()).contains("within about a week");
    assertThat(rules.advice(Level.SELF_CARE).headline()).contains("no warning signs found");
  }

  private static final String MINIMAL =
      """
            recency: recent
            questions:
              - {id: bladder, type: yes-no, short: s, text: t, help: h, alone: urgent, recent: emergency, reason: r}
              - {id: recent, type: yes-no, short: s, text: t, help: h, askedWhen: {anyYes: [bladder], unanswered: "yes"}}
              - {id: fever, type: yes-no, short: s, text: t, help: h, alone: urgent, reason: r}
              - {id: clinician-cleared, type: yes-no, clearance: true, short: s, text: t, help: h, reason: r, askedWhen: {outcomeIn: [urgent], unanswered: "no"}}
            combinations:
              - {if: fever, withAnyOf: [bladder], then: emergency, reason: r}
            interview:
              - {id: g, ask: a, help: h, questions: [bladder, fever]}
              - {questions: [recent]}
              - {questions: [clinician-cleared]}
            actions:
              desk: {level: emergency, advice: ["say {desk}"]}
            outcomes:
              emergency: {headline: e, advice: [a]}
              urgent: {headline: u, advice: [a]}
              see-clinician: {headline: s, advice: [a]}
              see-clinician-doctor: {headline: s, advice: [a]}
              self-care: {headline: c, advice: [a]}
              self-care-cleared: {headline: c, advice: [a]}
            recencyWords: {"yes": y, "no": n, unanswered: u}
            clearanceCannotApply: c
            notADiagnosis: n
            safetyNet: [s]
            selfCareFooter: [f]
            """;

  private static TriageRules parse(String yaml) throws IOException {
    InputStream in = new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    return TriageRules.parse(in, "test.yaml");
  }

  @Test
  void aMinimalFileLoads() throws IOException {
    assertThat(parse(MINIMAL).ids())
        .containsExactly("bladder", "recent", "fever", "clinician-cleared");
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
        .hasMessageContaining(
            "questions[2] (fever): 'alone' must be one of [self-care, see-clinician, urgent, emergency]");
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace(
                        "alone: urgent, reason: r}",
                        "alone: urgent, reason: r, conditions: [discs]}")))
        .hasMessageContaining("unknown condition 'discs'");
    assertThatThrownBy(() -> parse(MINIMAL.replace("then: emergency", "then: soon")))
        .hasMessageContaining("'then' must be one of");
    assertThatThrownBy(
            () -> parse(MINIMAL.replace("help: h, alone: urgent", "hlep: h, alone: urgent")))
        .hasMessageContaining("hlep");
  }

  @Test
  void wrongShapesAndDuplicateKeysFailLoudly() {
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace(
                        "text: t, help: h, alone: urgent", "text: [t], help: h, alone: urgent")))
        .hasMessageContaining("questions[2]: 'text' must be a single value");
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace("notADiagnosis: n\n", "notADiagnosis: n\nnotADiagnosis: d\n")))
        .hasMessageContaining("test.yaml:25:1: the key 'notADiagnosis' appears twice");
    assertThatThrownBy(() -> parse(MINIMAL.replace("safetyNet: [s]", "safetyNet: [s")))
        .isInstanceOf(TriageRules.InvalidRulesException.class)
        .hasMessageStartingWith("test.yaml:");
    assertThatThrownBy(() -> parse("")).hasMessage("test.yaml: the file is empty");
  }

  @Test
  void everyQuestionMustBeAskedExactlyOnceAndIdsAreUnique() {
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace(
                        "questions: [bladder, fever]", "questions: [bladder, bladder]")))
        .hasMessageContaining("'bladder' must be asked exactly once, found 2 times")
        .hasMessageContaining("'fever' must be asked exactly once, found 0 times");
    assertThatThrownBy(() -> parse(MINIMAL.replace("{id: fever", "{id: bladder")))
        .hasMessageContaining("the id 'bladder' is used twice");
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace(
                        "questions: [bladder, fever]", "questions: [bladder, fever, recent]")))
        .hasMessageContaining("'recent' is conditional: give it a step of its own");
  }

  @Test
  void conditionalQuestionsAndActionsAreChecked() {
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace("anyYes: [bladder], unanswered: \"yes\"", "anyYes: [bladder]")))
        .hasMessageContaining(
            "questions[1] (recent).askedWhen: 'unanswered' must say what a missing answer means");
    assertThatThrownBy(() -> parse(MINIMAL.replace("anyYes: [bladder]", "anyYes: [fever]")))
        .hasMessageContaining("'fever' must come before recent");
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace(
                        "reason: r}\n  - {id: recent",
                        "reason: r, action: desc}\n  - {id: recent")))
        .hasMessageContaining("unknown action 'desc'");
    assertThatThrownBy(
            () -> parse(MINIMAL.replace("withAnyOf: [bladder]", "withAnyOf: [bladder, fever>=50]")))
        .hasMessageContaining("'fever' is not a number question");
    assertThatThrownBy(() -> parse(MINIMAL.replace("recent: emergency", "recent: self-care")))
        .hasMessageContaining("'recent' must be at least as urgent as 'alone'");
  }

  @Test
  void missingTextsAndOutcomesAreReported() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("  urgent: {headline: u, advice: [a]}\n", "")))
        .hasMessageContaining("outcomes.urgent: missing");
    assertThatThrownBy(
            () -> parse(MINIMAL.replace("help: h, alone: urgent, recent", "alone: urgent, recent")))
        .hasMessageContaining("questions[0] (bladder): 'help' is missing or empty");
    assertThatThrownBy(() -> parse(MINIMAL.replace("clearance: true, ", "")))
        .hasMessageContaining("exactly one question must have 'clearance: true', found 0");
  }
}
