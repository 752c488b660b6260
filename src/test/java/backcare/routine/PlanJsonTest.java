package backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan's JSON shape, as README documents it, for every built-in routine. */
class PlanJsonTest {
  @Test
  void everyPlanHasTheDocumentedShapeWithItsRecordsValues() {
    Library library = LibraryLoader.builtIn();
    int changes = 0;
    for (Library.Entry entry : library.routines().values()) {
      for (Set<Condition> conds :
          List.of(
              Set.<Condition>of(), Set.of(Condition.PREGNANCY), EnumSet.allOf(Condition.class))) {
        ConditionFilter.Result filtered =
            ConditionFilter.apply(entry.routine(), conds, library.exercises());
        if (filtered.routine().steps().isEmpty()) continue;
        Plan plan = Planner.plan(filtered, 1.0);
        Map<String, Object> doc = PlanJson.plan(plan);
        assertThat(doc)
            .containsOnlyKeys(
                "id", "title", "totalSeconds", "scale", "changes", "advice", "segments")
            .containsEntry("id", plan.routine().id())
            .containsEntry("totalSeconds", plan.totalSeconds())
            .containsEntry("advice", plan.advice());
        assertThat(List.copyOf(doc.keySet()))
            .containsExactly(
                "id", "title", "totalSeconds", "scale", "changes", "advice", "segments");
        List<?> segments = (List<?>) doc.get("segments");
        assertThat(segments).hasSameSizeAs(plan.segments());
        for (int i = 0; i < segments.size(); i++) {
          Segment s = plan.segments().get(i);
          Map<String, Object> m = cast(segments.get(i));
          assertThat(List.copyOf(m.keySet()))
              .containsExactly(
                  "kind", "step", "exercise", "side", "rep", "reps", "seconds", "startSecond");
          assertThat(Arrays.asList(m.values().toArray()))
              .containsExactly(
                  s.kind().id(),
                  s.stepIndex() + 1,
                  s.exerciseRef().id(),
                  s.side() == Side.NONE ? null : s.side().id(),
                  s.rep(),
                  s.reps(),
                  s.seconds(),
                  s.startSecond());
        }
        List<?> written = (List<?>) doc.get("changes");
        assertThat(written).hasSameSizeAs(plan.changes());
        for (int i = 0; i < written.size(); i++) {
          FilterChange c = plan.changes().get(i);
          Map<String, Object> m = cast(written.get(i));
          assertThat(List.copyOf(m.keySet()))
              .containsExactly(
                  "stepNumber",
                  "exercise",
                  "replacement",
                  "conditions",
                  "tags",
                  "why",
                  "alternatives");
          assertThat(Arrays.asList(m.values().toArray()))
              .containsExactly(
                  c.stepNumber(),
                  c.exercise(),
                  c.replacement(),
                  c.conditions(),
                  c.tags(),
                  c.why(),
                  c.alternatives());
          changes++;
        }
      }
    }
    assertThat(changes).as("some plan changed a step").isPositive();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object m) {
    return (Map<String, Object>) m;
  }
}
