package backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Did-you-mean finds typos, and no word or list of candidates makes it slow. */
class SuggestTest {
  static final List<String> FIELDS =
      List.of("exercise", "hold", "flow", "reps", "sides", "rest", "leadIn");

  @Test
  void findsTyposAndPrefixes() {
    assertThat(Suggest.closest("hodl", FIELDS)).contains("hold");
    assertThat(Suggest.closest("sidez", FIELDS)).contains("sides");
    assertThat(Suggest.closest("Exercize", FIELDS)).contains("exercise");
    assertThat(Suggest.closest("knee-to-chst", List.of("knee-to-chest", "bridge")))
        .contains("knee-to-chest");
    assertThat(Suggest.closest("exer", FIELDS)).contains("exercise");
    assertThat(Suggest.closest("zzzzzz", FIELDS)).isEmpty();
    assertThat(Suggest.didYouMean("reps2", FIELDS)).isEqualTo(" (did you mean reps?)");
    assertThat(Suggest.hint("flwo", FIELDS)).isEqualTo("; did you mean 'flow'?");
  }

  /** Candidates that count how many of them were looked at. */
  static final class Counted extends java.util.AbstractCollection<String> {
    final List<String> items;
    int looked;

    Counted(List<String> items) {
      this.items = items;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      java.util.Iterator<String> it = items.iterator();
      return new java.util.Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public String next() {
          looked++;
          return it.next();
        }
      };
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  @Test
  void aHugeWordOrAHugeListIsBounded() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) many.add("exercise-number-" + i);
    Counted candidates = new Counted(many);
    assertThat(Suggest.closest("a".repeat(1_000_000), candidates)).isEmpty();
    assertThat(candidates.looked).as("a word no id is that long is compared with nothing").isZero();
    assertThat(Suggest.closest("exercise-numbr-7", candidates)).contains("exercise-number-7");
    assertThat(candidates.looked).isLessThanOrEqualTo(Suggest.MAX_CANDIDATES + 1);
    assertThat(Suggest.closest("b".repeat(40), List.of("a".repeat(1_000_000), "b".repeat(41))))
        .contains("b".repeat(41));
  }

  @Test
  void aBudgetSuggestsForTheFirstWordsOnly() {
    Suggest.Budget budget = new Suggest.Budget();
    for (int i = 0; i < Suggest.MAX_PER_INPUT; i++)
      assertThat(budget.didYouMean("hodl", FIELDS)).isNotEmpty();
    assertThat(budget.didYouMean("hodl", FIELDS)).isEmpty();
    assertThat(budget.hint("hodl", FIELDS)).isEmpty();
  }
}
