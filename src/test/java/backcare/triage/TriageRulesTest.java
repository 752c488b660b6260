package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static TriageRules parse(String yaml) {
    return TriageRules.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  @Test
  void aMinimalFileLoads() {
    assertThat(parse(MINIMAL).ids())
        .containsExactly("bladder", "recent", "fever", "clinician-cleared");
  }

  @Test
  void anUnknownIdInACombinationFailsLoudly() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("withAnyOf: [bladder]", "withAnyOf: [bladdr]")))
        .isInstanceOf(TriageRules.InvalidRulesException.class)
        .hasMessageContaining(
            "test.yaml:8:28: combinations[0].withAnyOf: unknown question id 'bladdr'");
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
        .hasMessageContaining("questions[2] (fever): 'text' must be a single value");
    assertThatThrownBy(
            () ->
                parse(
                    MINIMAL.replace("notADiagnosis: n\n", "notADiagnosis: n\nnotADiagnosis: d\n")))
        .hasMessageContaining(
            "test.yaml:25:1: notADiagnosis: duplicate key (first given at line 24); keep one of them");
    assertThatThrownBy(() -> parse(MINIMAL.replace("safetyNet: [s]", "safetyNet: [s")))
        .isInstanceOf(TriageRules.InvalidRulesException.class)
        .hasMessageStartingWith("test.yaml:");
    assertThatThrownBy(() -> parse("")).hasMessage("test.yaml:1:1: the file is empty");
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

  /** The problems of a broken copy of the minimal file, {@code from} replaced by {@code to}. */
  private static List<String> problems(String from, String to) {
    assertThat(MINIMAL).contains(from);
    return problems(MINIMAL.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(byte[] file) {
    try {
      TriageRules.parse(file, "test.yaml");
    } catch (TriageRules.InvalidRulesException e) {
      return e.problems();
    }
    throw new AssertionError("the broken file loaded");
  }

  @Test
  void everyProblemIsSaidAtItsLineAndColumnWithItsField() {
    // the value in question, or the key when the key is what is wrong
    assertThat(problems("alone: urgent, reason: r}", "alone: urgnet, reason: r}"))
        .containsExactly(
            "test.yaml:5:66: questions[2] (fever): 'alone' must be one of"
                + " [self-care, see-clinician, urgent, emergency], got 'urgnet'");
    assertThat(problems("help: h, alone: urgent, recent", "hlep: h, alone: urgent, recent"))
        .containsExactly(
            "test.yaml:3:52: questions[0] (bladder): unknown key 'hlep' (expected one of"
                + " [id, type, short, text, help, alone, recent, reason, conditions, doctor,"
                + " action, desk, askedWhen, clearance, min, max, notes])",
            "test.yaml:3:5: questions[0] (bladder): 'help' is missing or empty");
    assertThat(
            problems(
                "text: t, help: h, alone: urgent, recent",
                "text: [t], help: h, alone: urgent, recent"))
        .containsExactly(
            "test.yaml:3:49: questions[0] (bladder): 'text' must be a single value, not a list",
            "test.yaml:3:49: questions[0] (bladder): 'text' is missing or empty");
    assertThat(problems("questions: [bladder, fever]", "questions: [bladder, fevr]"))
        .contains(
            "test.yaml:10:41: interview[0].questions: unknown question id 'fevr'",
            "test.yaml:10:3: interview: 'fever' must be asked exactly once, found 0 times");
    assertThat(problems("then: emergency", "then: soon"))
        .containsExactly(
            "test.yaml:8:45: combinations[0]: 'then' must be one of"
                + " [self-care, see-clinician, urgent, emergency], got 'soon'");
    assertThat(problems("desk: {level: emergency", "desk: {level: 5"))
        .containsExactly(
            "test.yaml:14:17: actions.desk: 'level' must be one of"
                + " [self-care, see-clinician, urgent, emergency], got '5'");
    assertThat(problems("  urgent: {headline: u, advice: [a]}\n", ""))
        .containsExactly("test.yaml:16:3: outcomes.urgent: missing");
    assertThat(problems("recency: recent", "recency: fever"))
        .containsExactly(
            "test.yaml:1:10: recency: 'fever' must be a conditional question asked after a yes"
                + " (askedWhen.anyYes)");
    assertThat(problems("notADiagnosis: n\n", "notADiagnosis: n\nnotADiagnosis: d\n"))
        .containsExactly(
            "test.yaml:25:1: notADiagnosis: duplicate key (first given at line 24); keep one of"
                + " them");
    assertThat(problems("notADiagnosis: n\n", "notADiagnosis: n\nsafetyNets: [s]\n"))
        .containsExactly(
            "test.yaml:25:1: top level: unknown key 'safetyNets' (expected one of [recency,"
                + " questions, combinations, interview, actions, outcomes, recencyWords,"
                + " clearanceCannotApply, notADiagnosis, safetyNet, selfCareFooter])");
    assertThat(problems("notADiagnosis: n", "notADiagnosis: *n"))
        .containsExactly(
            "test.yaml:24:16: notADiagnosis: *n is a YAML alias, which backcare does not read;"
                + " write the value out");
  }

  @Test
  void aFileThatIsNotYamlOrNotUtf8IsSaidAtItsPlace() {
    assertThat(problems("safetyNet: [s]", "safetyNet: [s"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("test.yaml:26:15: not valid YAML: expected ',' or ']'");
    assertThat(problems("safetyNet: [s]", "safetyNet:\n\t- s"))
        .containsExactly(
            "test.yaml:26:1: a tab in the indentation; YAML indents with spaces, so replace the"
                + " tab with spaces");
    byte[] latin1 =
        MINIMAL
            .replace("notADiagnosis: n", "notADiagnosis: caf\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problems(latin1))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .matches(
            "test\\.yaml:24:19: the file is not UTF-8 \\(byte 0xE9 at offset \\d+\\); save it as UTF-8");
  }

  /**
   * Any edit of the packaged file: it loads, or every problem is said with its file, line and
   * column, within the time limit, and never as an exception of another kind.
   */
  @Test
  void everyProblemOfAnyEditOfThePackagedFileHasItsPlace() throws java.io.IOException {
    String packaged;
    try (java.io.InputStream in = TriageRules.class.getResourceAsStream(TriageRules.RESOURCE)) {
      packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    backcare.Property.of("any edit of questions.yaml", 20261211L)
        .tries(150)
        .forAll(
            r -> backcare.YamlGen.mutate(r, packaged, 1 + r.nextInt(3)),
            text -> {
              try {
                TriageRules.parse(text.getBytes(StandardCharsets.UTF_8), "test.yaml");
              } catch (TriageRules.InvalidRulesException e) {
                assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p).matches("(?s)test\\.yaml:\\d+:\\d+: \\S.*"));
              }
            });
  }
}
