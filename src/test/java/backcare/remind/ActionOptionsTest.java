package backcare.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which option goes with which `remind` action, over every option and every place. */
class ActionOptionsTest {
  static final List<String> OPTIONS =
      List.of("--cron", "--json", "--between", "--days", "--every", "--routine");

  @Test
  void eachOptionIsRefusedExactlyWhereItMeansNothingNamingWhereItGoes() {
    record Case(String where, Set<String> allowed) {}
    for (Case c :
        List.of(
            new Case("on", Set.of("--cron", "--between", "--days", "--every", "--routine")),
            new Case("off", Set.of()),
            new Case("status", Set.of("--json")),
            new Case("notify", Set.of("--every", "--routine")),
            new Case("--here", Set.of("--every", "--routine")))) {
      for (String option : OPTIONS) {
        List<String> problems = ActionOptions.misplaced(c.where(), option::equals);
        if (c.allowed().contains(option)) {
          assertThat(problems).as(option + " with " + c.where()).isEmpty();
        } else {
          assertThat(problems)
              .as(option + " with " + c.where())
              .singleElement()
              .asString()
              .startsWith(option + " goes with `remind ")
              .endsWith(", not with " + c.where());
        }
      }
    }
  }

  @Test
  void everyMisplacedOptionIsSaidInOneGo() {
    assertThat(ActionOptions.misplaced("off", o -> true))
        .containsExactly(
            "--cron goes with `remind on`, not with off",
            "--json goes with `remind status`, not with off",
            "--between goes with `remind on`, not with off",
            "--days goes with `remind on`, not with off",
            "--every goes with `remind on`, notify or --here, not with off",
            "--routine goes with `remind on`, notify or --here, not with off");
    assertThat(ActionOptions.misplaced("on", o -> false)).isEmpty();
  }
}
