package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The built-in library as a start reads it, each exercise and routine parsed when first asked for,
 * against the whole library parsed at once (what the build checks).
 */
class OnDemandLibraryTest {
  private static LibraryLoader.BuiltIn whole() {
    return LibraryLoader.builtIn(LibraryLoader.builtInTrees());
  }

  private static LibraryLoader.BuiltIn onDemand() {
    return LibraryLoader.builtInOnDemand(LibraryLoader.builtInTrees());
  }

  @Test
  void givesTheSameExercisesRoutinesAndSafetyTextInTheSameOrder() {
    LibraryLoader.BuiltIn whole = whole();
    LibraryLoader.BuiltIn lazy = onDemand();
    assertThat(List.copyOf(lazy.exercises().keySet()))
        .isEqualTo(List.copyOf(whole.exercises().keySet()));
    assertThat(List.copyOf(lazy.routines().keySet()))
        .isEqualTo(List.copyOf(whole.routines().keySet()));
    for (String id : whole.exercises().keySet()) {
      assertThat(lazy.exercises().get(id)).as(id).isEqualTo(whole.exercises().get(id));
    }
    for (String id : whole.routines().keySet()) {
      assertThat(lazy.routines().get(id)).as(id).isEqualTo(whole.routines().get(id));
    }
    assertThat(lazy.safety()).isEqualTo(whole.safety());
    // and as a whole, iterated in order
    assertThat(List.copyOf(onDemand().exercises().entrySet()))
        .isEqualTo(List.copyOf(whole.exercises().entrySet()));
    assertThat(List.copyOf(onDemand().routines().values()))
        .isEqualTo(List.copyOf(whole.routines().values()));
  }

  @Test
  void aRoutineAskedForParsesItselfAndItsOwnExercisesOnly() {
    for (String id : whole().routines().keySet()) {
      LibraryLoader.BuiltIn lazy = onDemand();
      OnDemand<Exercise> exercises = (OnDemand<Exercise>) lazy.exercises();
      OnDemand<Library.Entry> routines = (OnDemand<Library.Entry>) lazy.routines();
      Routine r = routines.get(id).routine();
      Set<String> used = new HashSet<>();
      for (Step s : r.steps()) used.add(s.exercise().id());
      assertThat(routines.made()).as(id).containsExactly(id);
      assertThat(exercises.made()).as(id).isEqualTo(used);
      assertThat(used.size()).as(id).isLessThan(exercises.size());
    }
  }

  @Test
  void keysSizeAndMembershipParseNothing() {
    LibraryLoader.BuiltIn lazy = onDemand();
    OnDemand<Exercise> exercises = (OnDemand<Exercise>) lazy.exercises();
    OnDemand<Library.Entry> routines = (OnDemand<Library.Entry>) lazy.routines();
    assertThat(exercises.keySet()).contains("cat-cow", "heat");
    assertThat(exercises.containsKey("cat-cow")).isTrue();
    assertThat(exercises.containsKey("no-such-exercise")).isFalse();
    assertThat(exercises.get("no-such-exercise")).isNull();
    assertThat(routines.keySet()).contains("morning");
    assertThat(exercises.size()).isGreaterThan(10);
    assertThat(routines.size()).isGreaterThan(3);
    assertThat(exercises.made()).isEmpty();
    assertThat(routines.made()).isEmpty();
  }

  @Test
  void aValuePutInTakesTheKeysPlaceOrTheEndAsInALinkedHashMap() {
    LibraryLoader.BuiltIn whole = whole();
    OnDemand<Exercise> exercises = (OnDemand<Exercise>) onDemand().exercises();
    List<String> keys = new ArrayList<>(exercises.keySet());
    Exercise catCow = whole.exercises().get("cat-cow");
    Exercise renamed = whole.exercises().get("heat");
    assertThat(exercises.put("my-own", renamed)).isNull();
    assertThat(exercises.put("cat-cow", renamed)).isEqualTo(catCow);
    keys.add("my-own");
    assertThat(List.copyOf(exercises.keySet())).isEqualTo(keys);
    assertThat(exercises.get("cat-cow")).isSameAs(renamed);
    assertThat(exercises.get("my-own")).isSameAs(renamed);
  }

  @Test
  void aProblemFoundOnDemandThrowsAndIsNotDropped() {
    String yaml =
        "exercises:\n"
            + "  - id: broken\n"
            + "    name: Broken\n"
            + "    position: Standing\n"
            + "    instructions: [Stand.]\n"
            + "    hold: forever\n"
            + "    tags: []\n"
            + "    sources: [a]\n";
    Map<String, Node> trees = new TreeMap<>();
    trees.put(
        "exercises.yaml",
        YamlReader.readBytes(yaml.getBytes(StandardCharsets.UTF_8), "exercises.yaml"));
    LibraryLoader.BuiltIn lazy = LibraryLoader.builtInOnDemand(trees);
    assertThat(lazy.exercises().keySet()).containsExactly("broken");
    assertThatThrownBy(() -> lazy.exercises().get("broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exercises.yaml:6:11")
        .hasMessageContaining("hold");
  }
}
