package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionParseTest {
  private final Question bladder = Answers.RULES.question("bladder").orElseThrow();
  private final Question age = Answers.RULES.question("age").orElseThrow();

  @ParameterizedTest
  @ValueSource(strings = {"y", "yes", "Y", "YES", " yes ", "true"})
  void yesForms(String raw) {
    assertThat(bladder.parse(raw)).isEqualTo(Answer.YES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n", "no", "No", "false"})
  void noForms(String raw) {
    assertThat(bladder.parse(raw)).isEqualTo(Answer.NO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "maybe", "yess", "1", "0", "nope"})
  void anythingElseIsRefusedNeverGuessed(String raw) {
    assertThatThrownBy(() -> bladder.parse(raw))
        .isInstanceOf(Question.InvalidAnswerException.class)
        .hasMessageContaining("use yes or no (y/n)");
  }

  @Test
  void ageTakesAWholeNumberInRange() {
    assertThat(age.parse("42")).isEqualTo(Answer.number(42));
    assertThat(age.parse("1")).isEqualTo(Answer.number(1));
    assertThat(age.parse("120")).isEqualTo(Answer.number(120));
    for (String bad : new String[] {"0", "121", "-3", "42.5", "forty", "", "yes"}) {
      assertThatThrownBy(() -> age.parse(bad))
          .as(bad)
          .isInstanceOf(Question.InvalidAnswerException.class)
          .hasMessageContaining("from 1 to 120");
    }
  }
}
