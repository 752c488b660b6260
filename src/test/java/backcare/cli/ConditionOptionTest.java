package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** --condition takes every condition the routine filter knows, by its id, and none. */
class ConditionOptionTest {
  @Test
  void theOptionsValuesAreTheConditionsAndNone() {
    for (Condition c : Condition.values()) {
      ConditionOption o = ConditionOption.valueOf(c.name());
      assertThat(o.condition()).contains(c);
      assertThat(o.toString()).isEqualTo(c.id());
    }
    assertThat(ConditionOption.NONE.condition()).isEmpty();
    assertThat(ConditionOption.NONE.toString()).isEqualTo("none");
    assertThat(ConditionOption.values()).hasSize(Condition.values().length + 1);
    assertThat(Arrays.stream(ConditionOption.values()).map(ConditionOption::toString))
        .containsAll(Condition.ids());
  }

  @Test
  void helpAndCompletionListThemAll() {
    String help =
        Cli.withoutUserFolder().asMain().exec("routine", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("stenosis, osteoporosis, pregnancy, disc, recent-surgery, none");
  }
}
