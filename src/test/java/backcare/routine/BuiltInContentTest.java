package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged content keeps the promises of the issue and of content.md. */
class BuiltInContentTest {
    static Library library;

    @BeforeAll
    static void load() {
        library = LibraryLoader.builtIn();
    }

    @Test
    void everyExerciseOfContentMdWithItsTags() {
        Map<String, Set<String>> tags = Map.ofEntries(
                Map.entry("cat-cow", Set.of("kneeling")),
                Map.entry("pelvic-tilt", Set.of("supine")),
                Map.entry("knee-to-chest", Set.of("supine", "loaded-flexion")),
                Map.entry("knee-to-chest-twist", Set.of("supine", "end-range-rotation")),
                Map.entry("rolling", Set.of("supine", "loaded-flexion")),
                Map.entry("seated-trunk-rotation", Set.of()),
                Map.entry("seated-figure-4-twist", Set.of("end-range-rotation")),
                Map.entry("seated-side-bend", Set.of()),
                Map.entry("chair-back-extension", Set.of("extension")),
                Map.entry("floor-seated-twist", Set.of("end-range-rotation")),
                Map.entry("lying-spinal-twist", Set.of("supine", "end-range-rotation")),
                Map.entry("supine-knees-to-side", Set.of("supine", "end-range-rotation")),
                Map.entry("bridge", Set.of("supine", "extension")),
                Map.entry("standing-forward-fold", Set.of("loaded-flexion")),
                Map.entry("childs-pose", Set.of("kneeling")),
                Map.entry("foam-roller", Set.of("supine", "spinal-pressure")),
                Map.entry("heat", Set.of()),
                Map.entry("cold", Set.of()),
                Map.entry("walk-break", Set.of()));
        assertThat(library.exercises().keySet()).containsExactlyInAnyOrderElementsOf(tags.keySet());
        tags.forEach((id, t) -> assertThat(library.exercises().get(id).tags()).as(id).isEqualTo(t));
    }

    @Test
    void heatAndColdAreCappedAt20MinutesWithTheirWarnings() {
        for (String id : List.of("heat", "cold")) {
            Exercise e = library.exercises().get(id);
            assertThat(e.maxHoldSeconds()).as(id).isEqualTo(20 * 60);
            assertThat(e.holdSeconds()).as(id).isLessThanOrEqualTo(20 * 60);
            assertThat(String.join(" ", e.warnings()).toLowerCase()).as(id).contains("towel").contains("20");
        }
    }

    @Test
    void theSixBuiltInRoutinesKeepTheirPromises() {
        assertThat(library.routines().keySet())
                .containsExactlyInAnyOrder("morning", "desk", "evening", "quick", "warm-up", "gentle");
        assertThat(Planner.plan(routine("quick")).totalSeconds()).isLessThanOrEqualTo(180);
        assertThat(routine("gentle").steps())
                .allSatisfy(s -> assertThat(s.exercise().tags()).doesNotContain("extension"));
        assertThat(routine("desk").steps())
                .allSatisfy(s -> assertThat(s.exercise().position().toLowerCase()).containsAnyOf("chair", "standing"));
        assertThat(routine("desk").steps()).filteredOn(s -> !s.exercise().id().equals("walk-break"))
                .allSatisfy(s -> assertThat(s.exercise().position().toLowerCase()).contains("chair"));
    }

    @Test
    void theSafetyTextIsThere() {
        assertThat(library.safety().reminders()).hasSize(5);
        assertThat(String.join(" ", library.safety().stopAdvice())).contains("backcare triage");
    }

    private static Routine routine(String id) {
        return library.routines().get(id).routine();
    }
}
