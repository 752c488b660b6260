package backcare.remind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of `remind`'s options go with which of its actions (on, off, status, notify, or --here): an
 * option given where it means nothing is refused, naming where it goes.
 */
public final class ActionOptions {
  private ActionOptions() {}

  private record Rule(String option, List<String> goesWith, String said) {}

  private static final List<String> TIMED = List.of("on", "notify", "--here");

  private static final List<Rule> RULES =
      List.of(
          new Rule("--cron", List.of("on"), "`remind on`"),
          new Rule("--json", List.of("status"), "`remind status`"),
          new Rule("--between", List.of("on"), "`remind on`"),
          new Rule("--days", List.of("on"), "`remind on`"),
          new Rule("--every", TIMED, "`remind on`, notify or --here"),
          new Rule("--routine", TIMED, "`remind on`, notify or --here"));

  /**
   * One line for each option given ({@code given}) that does not go with {@code where} (an action
   * such as "on", or "--here"); empty when all do.
   */
  public static List<String> misplaced(String where, Predicate<String> given) {
    List<String> problems = new ArrayList<>();
    for (Rule r : RULES) {
      if (given.test(r.option()) && !r.goesWith().contains(where))
        problems.add(r.option() + " goes with " + r.said() + ", not with " + where);
    }
    return problems;
  }
}
