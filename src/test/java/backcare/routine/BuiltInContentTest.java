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

  /** content.md v2's table, exercise by exercise. */
  @Test
  void everyExerciseOfContentMdWithItsTags() {
    Map<String, Set<String>> tags =
        Map.ofEntries(
            Map.entry("cat-cow", Set.of("kneeling", "flexion", "extension")),
            Map.entry("cat-stretch", Set.of("kneeling", "flexion")),
            Map.entry("pelvic-tilt", Set.of("supine")),
            Map.entry("knee-to-chest", Set.of("supine", "flexion")),
            Map.entry(
                "knee-to-chest-twist",
                Set.of("supine", "flexion", "rotation", "end-range-rotation")),
            Map.entry("rolling", Set.of("supine", "flexion")),
            Map.entry("seated-trunk-rotation", Set.of("rotation")),
            Map.entry("seated-figure-4-twist", Set.of("rotation", "end-range-rotation")),
            Map.entry("seated-side-bend", Set.of("side-bend")),
            Map.entry("chair-back-extension", Set.of("extension")),
            Map.entry("floor-seated-twist", Set.of("rotation", "end-range-rotation")),
            Map.entry("lying-spinal-twist", Set.of("supine", "rotation", "end-range-rotation")),
            Map.entry(
                "supine-knees-to-side",
                Set.of("supine", "flexion", "rotation", "end-range-rotation")),
            Map.entry("bridge", Set.of("supine", "extension")),
            Map.entry("standing-forward-fold", Set.of("flexion", "loaded-flexion")),
            Map.entry("childs-pose", Set.of("kneeling", "flexion")),
            Map.entry("foam-roller", Set.of("supine", "spinal-pressure", "extension")),
            Map.entry("heat", Set.of()),
            Map.entry("cold", Set.of()),
            Map.entry("walk-break", Set.of()));
    assertThat(library.exercises().keySet()).containsExactlyInAnyOrderElementsOf(tags.keySet());
    tags.forEach((id, t) -> assertThat(library.exercises().get(id).tags()).as(id).isEqualTo(t));
    assertThat(library.exercises().values())
        .allSatisfy(e -> assertThat(e.sources()).as(e.id()).isNotEmpty());
  }

  @Test
  void theCatStretchIsTheCatHalfAloneBackToFlatNeverSagging() {
    Exercise cat = library.exercises().get("cat-stretch");
    String text = String.join(" ", cat.instructions()).toLowerCase();
    assertThat(text).contains("round", "flat").doesNotContain("belly sink while");
    assertThat(cat.position()).containsIgnoringCase("hands and knees");
    assertThat(cat.isFlow()).isTrue();
  }

  @Test
  void heatAndColdAreCappedAt20MinutesWithTheCautionsOfContentMd() {
    for (String id : List.of("heat", "cold")) {
      Exercise e = library.exercises().get(id);
      assertThat(e.therapy()).as(id).isEqualTo(id);
      assertThat(e.maxHoldSeconds()).as(id).isEqualTo(20 * 60);
      assertThat(e.holdSeconds()).as(id).isLessThanOrEqualTo(20 * 60);
      assertThat(e.leadInSeconds()).as(id).isGreaterThanOrEqualTo(20);
      assertThat(e.getReady()).as(id).contains("ready", "towel");
      String warnings = String.join(" ", e.warnings()).toLowerCase();
      assertThat(warnings)
          .as(id)
          .contains(
              "towel",
              "20 minutes",
              "every few minutes",
              "numb or broken skin",
              "diabetes",
              "poor circulation",
              "less feeling",
              "fall asleep",
              "lie on it",
              "an hour");
    }
    assertThat(String.join(" ", library.exercises().get("cold").warnings())).contains("Raynaud's");
  }

  @Test
  void theSixBuiltInRoutinesKeepTheirPromises() {
    assertThat(library.routines().keySet())
        .containsExactlyInAnyOrder("morning", "desk", "evening", "quick", "warm-up", "gentle");
    assertThat(Planner.plan(routine("quick")).totalSeconds()).isLessThanOrEqualTo(180);
    assertThat(routine("gentle").steps())
        .allSatisfy(s -> assertThat(s.exercise().tags()).doesNotContain("extension"));
    assertThat(routine("desk").steps())
        .allSatisfy(
            s ->
                assertThat(s.exercise().position().toLowerCase())
                    .containsAnyOf("chair", "standing"));
    assertThat(routine("desk").steps())
        .filteredOn(s -> !s.exercise().id().equals("walk-break"))
        .allSatisfy(s -> assertThat(s.exercise().position().toLowerCase()).contains("chair"));
  }

  @Test
  void theSafetyTextIsThere() {
    // content.md v2's reminders, each said in a reminder of its own (more may come)
    List<String> reminders = library.safety().reminders();
    assertThat(reminders).doesNotHaveDuplicates();
    for (List<String> point :
        List.of(
            List.of("slowly", "jerky"),
            List.of("forcing a stretch", "pop"),
            List.of("Warm up"),
            List.of("breathing"),
            List.of("Stop at once", "sharp pain", "numb", "clicking"),
            List.of("gentle pull is fine", "further down a leg", "half an hour"))) {
      assertThat(reminders)
          .as("a reminder saying %s", point)
          .anySatisfy(r -> assertThat(r).contains(point));
    }
    // content.md v2: a mild pull is fine; stop if pain spreads down a leg; a clinician after about
    // 30 minutes
    for (List<String> text : List.of(library.safety().reminders(), library.safety().stopAdvice())) {
      assertThat(String.join(" ", text))
          .contains("gentle pull is fine", "further down a leg", "half an hour");
    }
    assertThat(String.join(" ", library.safety().stopAdvice())).contains("backcare triage");
  }

  private static Routine routine(String id) {
    return library.routines().get(id).routine();
  }
}
