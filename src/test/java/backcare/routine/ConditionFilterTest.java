package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void stenosisSwapsExtensionForTheNamedAlternative() {
        Exercise bridge = library.exercises().get("bridge");
        Exercise catCow = library.exercises().get("cat-cow");
        Routine r = new Routine("r", "R", "d", List.of(
                new Step(catCow, 0, 60, 1, Side.NONE, 0, 5, null, null),
                new Step(bridge, 10, 0, 3, Side.NONE, 5, 5, "seated-side-bend", "a note")), "test");
        ConditionFilter.Result res = ConditionFilter.apply(r, Set.of(Condition.STENOSIS), library.exercises());
        assertThat(res.routine().steps()).extracting(s -> s.exercise().id()).containsExactly("cat-cow", "seated-side-bend");
        assertThat(res.changes()).singleElement().satisfies(c -> {
            assertThat(c.stepNumber()).isEqualTo(2);
            assertThat(c.replacement()).isEqualTo("seated-side-bend");
            assertThat(c.conditions()).containsExactly("stenosis");
            assertThat(c.describe()).contains("Step 2, bridge: swapped for seated-side-bend (stenosis:");
        });
    }

    @Test
    void aStepWithNoSafeAlternativeIsDropped() {
        Exercise bridge = library.exercises().get("bridge");
        Routine r = new Routine("r", "R", "d", List.of(
                new Step(bridge, 10, 0, 1, Side.NONE, 0, 5, "knee-to-chest", null)), "test");
        // knee-to-chest is supine too, so under pregnancy it is no alternative
        ConditionFilter.Result res = ConditionFilter.apply(r, Set.of(Condition.PREGNANCY), library.exercises());
        assertThat(res.routine().steps()).isEmpty();
        assertThat(res.changes()).singleElement().satisfies(c -> assertThat(c.dropped()).isTrue());
    }

    /** Every built-in routine, under every condition, keeps no step that the condition forbids. */
    @Test
    void noBuiltInRoutineKeepsAForbiddenStep() {
        for (Library.Entry e : library.routines().values()) {
            for (Condition c : Condition.values()) {
                ConditionFilter.Result res = ConditionFilter.apply(e.routine(), EnumSet.of(c), library.exercises());
                assertThat(res.routine().steps())
                        .as("%s under %s", e.routine().id(), c)
                        .allSatisfy(s -> assertThat(s.exercise().tags()).doesNotContainAnyElementsOf(c.removedTags()));
            }
            ConditionFilter.Result all = ConditionFilter.apply(e.routine(), EnumSet.allOf(Condition.class), library.exercises());
            assertThat(all.routine().steps()).as(e.routine().id() + " under every condition").isNotEmpty();
        }
    }

    @Test
    void specificFiltersOfTriageMd() {
        Map<Condition, Set<String>> expected = Map.of(
                Condition.STENOSIS, Set.of("extension"),
                Condition.OSTEOPOROSIS, Set.of("end-range-rotation", "loaded-flexion", "spinal-pressure"),
                Condition.PREGNANCY, Set.of("supine"),
                Condition.DISC, Set.of("loaded-flexion"),
                Condition.RECENT_SURGERY, Set.of("end-range-rotation", "loaded-flexion"));
        expected.forEach((c, tags) -> assertThat(c.removedTags()).isEqualTo(tags));
    }
}
