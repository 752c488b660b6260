package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a script's answers decide, over the packaged questions. */
class ScriptedScreenTest {
  final Triage triage = new Triage(Answers.RULES);

  @Test
  void everyQuestionAnsweredWithoutProblemsDecides() {
    ScriptedScreen.Decision d = ScriptedScreen.decide(triage, Answers.allNo(), List.of(), true);
    assertThat(d.outcome()).isEqualTo(triage.evaluate(Answers.allNo()));
    assertThat(d.outcome().level()).isEqualTo(Level.SELF_CARE);
    assertThat(d.earlyEmergency()).isFalse();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void anEmergencyIsDecidedAtOnceWhateverElseIsWrongOrMissing() {
    Map<String, Answer> answers = Map.of("bladder", Answer.YES); // everything else missing
    ScriptedScreen.Decision d =
        ScriptedScreen.decide(triage, answers, List.of("a.yaml:3:1: something wrong"), true);
    assertThat(d.outcome().level()).isEqualTo(Level.EMERGENCY);
    assertThat(d.earlyEmergency()).isTrue();
    assertThat(d.problems()).containsExactly("a.yaml:3:1: something wrong"); // said, not used
  }

  @Test
  void aMissingAnswerIsNeverNoItDecidesNothingAndSaysWhereToGiveIt() {
    Map<String, Answer> answers = new java.util.LinkedHashMap<>(Answers.allNo());
    String dropped = answers.keySet().iterator().next();
    answers.remove(dropped);
    for (boolean fromOptions : new boolean[] {true, false}) {
      ScriptedScreen.Decision d = ScriptedScreen.decide(triage, answers, List.of(), fromOptions);
      assertThat(d.outcome()).isNull();
      assertThat(d.soFar()).isEqualTo(triage.evaluateSoFar(answers));
      assertThat(d.problems()).hasSize(2);
      assertThat(d.problems().get(0))
          .contains("nothing is taken as \"no\"", "missing (1): " + dropped);
      assertThat(d.problems().get(1))
          .contains(fromOptions ? "--answer ID=VALUE" : "one answer a line on standard input");
    }
  }

  @Test
  void problemsComeFirstAndAloneWhenThereAreAny() {
    Map<String, Answer> answers = Map.of("age", Answer.number(40));
    ScriptedScreen.Decision d =
        ScriptedScreen.decide(
            triage, answers, List.of("--answer x=1: unknown question id 'x'"), true);
    assertThat(d.outcome()).isNull();
    assertThat(d.problems()).containsExactly("--answer x=1: unknown question id 'x'");
  }
}
