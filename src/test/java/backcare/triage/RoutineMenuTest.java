package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The routine menu after a self-care screen, over a scripted prompter. */
class RoutineMenuTest {
  private static final List<String> IDS = List.of("morning", "desk", "evening");

  /** Typed lines, then Ctrl-D. */
  private static Prompter typed(String... lines) {
    Deque<String> left = new ArrayDeque<>(List.of(lines));
    return new Prompter() {
      @Override
      public String readLine(String prompt) {
        if (left.isEmpty()) throw new EndOfInput();
        return left.poll();
      }

      @Override
      public void close() {}
    };
  }

  private final StringWriter screen = new StringWriter();

  private Optional<String> choose(int width, Prompter prompter) {
    return RoutineMenu.choose(
        IDS, "desk", Set.of(Condition.STENOSIS), prompter, new PrintWriter(screen, true), width);
  }

  @Test
  void aNumberANameOrEnterChooses() {
    assertThat(choose(80, typed("3"))).contains("evening");
    assertThat(choose(80, typed("morning"))).contains("morning");
    assertThat(choose(80, typed(""))).contains("desk");
    assertThat(screen.toString())
        .contains("it will leave out moves that are not safe for: stenosis.")
        .contains("  1) morning  2) desk  3) evening");
  }

  @Test
  void qOrCtrlDStopsHereAndAnythingElseIsAskedAgain() {
    assertThat(choose(80, typed("q"))).isEmpty();
    assertThat(choose(80, typed())).isEmpty();
    assertThat(choose(80, typed("7", "yoga", "2"))).contains("desk");
    assertThat(screen.toString())
        .contains("Please type a number from 1 to 3, a routine name, Enter for desk, or q");
  }

  @Test
  void aNarrowTerminalGetsOneChoiceALine() {
    choose(20, typed(""));
    assertThat(screen.toString()).contains("  1) morning\n  2) desk\n  3) evening\n");
  }
}
