package backcare.session;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import backcare.routine.ConditionFilter;
import backcare.routine.Library;
import backcare.routine.LibraryLoader;
import backcare.routine.Plan;
import backcare.routine.PlanJson;
import backcare.routine.Planner;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * `routine --json` as it runs speaks in the shapes of the dry run's plan: the start event is the
 * plan's header, each timed event one of the plan's segments (its kind the event, its start second
 * the time), in order.
 */
class JsonLinesOutputTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  @Test
  void theEventsAreThePlansHeaderAndSegmentsForEveryBuiltInRoutine() throws Exception {
    Library library = LibraryLoader.builtIn();
    for (Library.Entry entry : library.routines().values()) {
      for (Set<Condition> conds :
          List.of(
              Set.<Condition>of(), Set.of(Condition.STENOSIS), EnumSet.allOf(Condition.class))) {
        ConditionFilter.Result filtered =
            ConditionFilter.apply(entry.routine(), conds, library.exercises());
        if (filtered.routine().steps().isEmpty()) continue; // such a routine does not start
        Plan plan = Planner.plan(filtered, 1.5);
        Map<String, Object> doc =
            JACKSON.readValue(JACKSON.writeValueAsString(PlanJson.plan(plan)), MAP);

        StringWriter out = new StringWriter();
        FakeClock clock = new FakeClock();
        new RoutineRunner(clock, Controls.none(clock), new JsonLinesOutput(new PrintWriter(out)), 0)
            .run(plan);
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : out.toString().split(System.lineSeparator())) {
          events.add(JACKSON.readValue(line, MAP));
        }

        Map<String, Object> start = new LinkedHashMap<>(doc);
        start.remove("segments");
        Map<String, Object> expectedStart = new LinkedHashMap<>();
        expectedStart.put("at", 0);
        expectedStart.put("event", "start");
        expectedStart.putAll(start);
        assertThat(events.get(0)).containsExactlyEntriesOf(expectedStart);

        List<Map<String, Object>> timed = new ArrayList<>();
        for (Map<String, Object> e : events) {
          if (!List.of("start", "step", "end").contains((String) e.get("event"))) timed.add(e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> segments = (List<Map<String, Object>>) doc.get("segments");
        assertThat(timed).hasSameSizeAs(segments).isNotEmpty();
        for (int i = 0; i < segments.size(); i++) {
          Map<String, Object> s = new LinkedHashMap<>(segments.get(i));
          Map<String, Object> expected = new LinkedHashMap<>();
          expected.put("at", s.remove("startSecond"));
          expected.put("event", s.remove("kind"));
          expected.putAll(s);
          assertThat(timed.get(i))
              .as("%s, segment %d", entry.routine().id(), i)
              .containsExactlyEntriesOf(expected);
        }
        assertThat(events.get(events.size() - 1)).containsEntry("event", "end");
      }
    }
  }
}
