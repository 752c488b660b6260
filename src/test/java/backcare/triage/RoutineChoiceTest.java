package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutineChoiceTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "00:00, morning", "06:30, morning", "11:59:59, morning",
    "12:00, desk", "15:00, desk", "17:59:59, desk",
    "18:00, evening", "21:00, evening", "23:59, evening"
  })
  void theDefaultRoutineFollowsTheTimeOfDay(String time, String routine) {
    assertThat(RoutineChoice.defaultFor(LocalTime.parse(time))).isEqualTo(routine);
  }
}
