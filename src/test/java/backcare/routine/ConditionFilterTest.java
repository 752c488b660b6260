package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConditionFilterTest {
  static Library library;

  @BeforeAll
  static void load() {
    library = LibraryLoader.builtIn();
  }

  static Step step(String id, String... alternatives) {
    Exercise e = library.exercises().get(id);
    return new Step(
        e,
        e.holdSeconds(),
        e.flowSeconds(),
        e.reps(),
        e.sides(),
        e.restSeconds(),
        5,
        List.of(alternatives),
        null);
  }

  static Routine routine(Step... steps) {
    return new Routine("r", "R", "d", List.of(steps), "test");
  }

  @Test
  void stenosisSwapsCatCowForTheCatStretch() {
    ConditionFilter.Result res =
        ConditionFilter.apply(
            routine(step("pelvic-tilt"), step("cat-cow", "cat-stretch", "pelvic-tilt")),
            Set.of(Condition.STENOSIS),
            library.exercises());
    assertThat(res.routine().steps())
        .extracting(s -> s.exercise().id())
        .containsExactly("pelvic-tilt", "cat-stretch");
    assertThat(res.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.stepNumber()).isEqualTo(2);
              assertThat(c.replacement()).isEqualTo("cat-stretch");
              assertThat(c.conditions()).containsExactly("stenosis");
              assertThat(c.tags()).containsExactly("extension");
              assertThat(c.describe())
                  .startsWith("Step 2, cat-cow: swapped for cat-stretch (stenosis: arching");
            });
    assertThat(res.advice()).isEmpty();
  }

  @Test
  void theFirstAlternativeSafeForEveryConditionWins() {
    // cat-stretch rounds the back: safe for stenosis, not for osteoporosis; pelvic-tilt is safe for
    // both
    ConditionFilter.Result res =
        ConditionFilter.apply(
            routine(step("cat-cow", "cat-stretch", "pelvic-tilt")),
            EnumSet.of(Condition.STENOSIS, Condition.OSTEOPOROSIS),
            library.exercises());
    assertThat(res.routine().steps())
        .extracting(s -> s.exercise().id())
        .containsExactly("pelvic-tilt");
    assertThat(res.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.conditions()).containsExactly("stenosis", "osteoporosis");
              assertThat(c.tags()).containsExactly("extension", "flexion");
            });
  }

  @Test
  void aStepWithNoSafeAlternativeIsDroppedAndTheUserIsToldWhy() {
    // knee-to-chest lies on the back too, so under pregnancy it is no alternative
    ConditionFilter.Result res =
        ConditionFilter.apply(
            routine(step("bridge", "knee-to-chest")),
            Set.of(Condition.PREGNANCY),
            library.exercises());
    assertThat(res.routine().steps()).isEmpty();
    assertThat(res.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.dropped()).isTrue();
              assertThat(c.describe())
                  .isEqualTo(
                      "Step 1, bridge: left out, as its alternative knee-to-chest is not safe"
                          + " too (pregnancy: "
                          + Condition.PREGNANCY.why()
                          + ")");
            });
    ConditionFilter.Result none =
        ConditionFilter.apply(
            routine(step("bridge")), Set.of(Condition.PREGNANCY), library.exercises());
    assertThat(none.changes())
        .singleElement()
        .extracting(FilterChange::describe)
        .asString()
        .startsWith("Step 1, bridge: left out (pregnancy:");
  }

  @Test
  void recentSurgeryKeepsWalkingAndPelvicTiltsAndSaysToFollowTheSurgeon() {
    ConditionFilter.Result res =
        ConditionFilter.apply(
            routine(
                step("seated-trunk-rotation", "walk-break"),
                step("childs-pose", "pelvic-tilt"),
                step("seated-side-bend")),
            Set.of(Condition.RECENT_SURGERY),
            library.exercises());
    assertThat(res.routine().steps())
        .extracting(s -> s.exercise().id())
        .containsExactly("walk-break", "pelvic-tilt");
    assertThat(res.advice())
        .singleElement()
        .asString()
        .contains("surgeon's")
        .contains("walking and pelvic tilts");
  }

  /** triage.md v2, "Conditions: what the routine filter removes", row by row. */
  @Test
  void theConditionTableOfTriageMdV2() {
    Map<Condition, Set<String>> expected =
        Map.of(
            Condition.STENOSIS, Set.of("extension"),
            Condition.OSTEOPOROSIS,
                Set.of("flexion", "loaded-flexion", "end-range-rotation", "spinal-pressure"),
            Condition.PREGNANCY, Set.of("supine", "end-range-rotation"),
            Condition.DISC, Set.of("flexion", "loaded-flexion", "end-range-rotation"),
            Condition.RECENT_SURGERY,
                Set.of(
                    "flexion",
                    "loaded-flexion",
                    "extension",
                    "rotation",
                    "end-range-rotation",
                    "side-bend",
                    "spinal-pressure"));
    assertThat(Condition.values()).hasSize(expected.size());
    expected.forEach((c, tags) -> assertThat(c.removedTags()).as(c.id()).isEqualTo(tags));
    for (Condition c : Condition.values()) {
      assertThat(Exercise.TAGS).as(c.id()).containsAll(c.removedTags());
      assertThat(c.why()).as(c.id()).isNotBlank();
    }
  }

  /**
   * Every built-in routine under every one of the 2^5 combinations of conditions: no step of the
   * filtered plan carries a tag any active condition removes (alternatives included), a swap is
   * always to one of the step's own alternatives, and recent-surgery leaves only walking and tilts.
   */
  @Test
  void everyBuiltInRoutineUnderEveryCombinationOfConditions() {
    Condition[] all = Condition.values();
    int checked = 0;
    for (Library.Entry e : library.routines().values()) {
      Routine r = e.routine();
      for (int mask = 0; mask < (1 << all.length); mask++) {
        EnumSet<Condition> conds = EnumSet.noneOf(Condition.class);
        for (int k = 0; k < all.length; k++) if ((mask & (1 << k)) != 0) conds.add(all[k]);
        ConditionFilter.Result res = ConditionFilter.apply(r, conds, library.exercises());
        String as = r.id() + " under " + conds;
        Plan plan = Planner.plan(res, 1.0);
        for (Segment s : plan.segments()) {
          for (Condition c : conds) {
            assertThat(s.exerciseRef().tags())
                .as(as + ", step " + s.step())
                .doesNotContainAnyElementsOf(c.removedTags());
          }
        }
        if (conds.contains(Condition.RECENT_SURGERY)) {
          assertThat(res.routine().steps())
              .as(as)
              .extracting(s -> s.exercise().id())
              .isSubsetOf("walk-break", "pelvic-tilt");
          assertThat(res.advice()).as(as).anyMatch(a -> a.contains("surgeon"));
        }
        // every step is accounted for: kept as it was, swapped for one of its alternatives, or
        // dropped
        List<String> expected = new ArrayList<>();
        for (Step original : r.steps()) expected.add(original.exercise().id());
        for (FilterChange c : res.changes()) {
          Step original = r.steps().get(c.stepNumber() - 1);
          assertThat(c.exercise()).isEqualTo(original.exercise().id());
          if (!c.dropped()) {
            assertThat(original.alternatives()).as(as).contains(c.replacement());
          }
          expected.set(c.stepNumber() - 1, c.dropped() ? null : c.replacement());
        }
        expected.removeIf(java.util.Objects::isNull);
        assertThat(res.routine().steps())
            .as(as)
            .extracting(s -> s.exercise().id())
            .containsExactlyElementsOf(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(library.routines().size() * (1 << all.length));
  }

  /** Each built-in routine stays useful under each single condition: most of its steps remain. */
  @Test
  void everyBuiltInRoutineKeepsEveryStepUnderEachSingleCondition() {
    for (Library.Entry e : library.routines().values()) {
      for (Condition c : Condition.values()) {
        ConditionFilter.Result res =
            ConditionFilter.apply(e.routine(), EnumSet.of(c), library.exercises());
        if (c == Condition.RECENT_SURGERY && e.routine().id().equals("desk")) {
          // the desk routine has only chair moves and walking; a side bend has nothing safe to swap
          // for
          assertThat(res.routine().steps())
              .as(e.routine().id() + " under " + c)
              .hasSizeGreaterThanOrEqualTo(2);
          continue;
        }
        assertThat(res.changes())
            .as(e.routine().id() + " under " + c)
            .noneMatch(FilterChange::dropped);
      }
    }
  }
}
