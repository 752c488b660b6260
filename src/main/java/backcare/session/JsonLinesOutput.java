package backcare.session;

import backcare.routine.Plan;
import backcare.routine.Segment;
import backcare.text.HumanWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code routine --json} without --dry-run: one JSON object per event, as it happens (JSON Lines).
 */
public final class JsonLinesOutput implements RunListener {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final PrintWriter out;
  private final List<Object> changes;

  public JsonLinesOutput(PrintWriter out, List<Object> changes) {
    this.out = HumanWriter.unwrapped(out); // one JSON object a line, however long
    this.changes = changes;
  }

  @Override
  public void started(Plan plan) {
    Map<String, Object> m = event("start", 0);
    m.put("id", plan.routine().id());
    m.put("title", plan.routine().title());
    m.put("totalSeconds", plan.totalSeconds());
    m.put("changes", changes);
    m.put("advice", plan.advice());
    print(m);
  }

  @Override
  public void segmentStarted(Plan plan, int index, Segment segment, boolean stepStart) {
    if (stepStart) {
      Map<String, Object> m = event("step", segment.startSecond());
      m.put("step", segment.step());
      m.put("exercise", segment.exercise());
      m.put("name", segment.exerciseRef().name());
      print(m);
    }
    Map<String, Object> m = event(segment.kind().id(), segment.startSecond());
    m.put("step", segment.step());
    m.put("exercise", segment.exercise());
    m.put("side", segment.sideId());
    m.put("rep", segment.rep());
    m.put("seconds", segment.seconds());
    print(m);
  }

  @Override
  public void finished(Plan plan, Summary s) {
    Map<String, Object> m =
        event(
            "end", s.ending() == Ending.DONE ? plan.totalSeconds() : Math.round(s.activeSeconds()));
    m.put("ending", s.ending().id());
    m.put("stepsDone", s.stepsDone());
    m.put("stepsSkipped", s.stepsSkipped());
    m.put("activeSeconds", Math.round(s.activeSeconds()));
    m.put("pausedSeconds", Math.round(s.pausedSeconds()));
    print(m);
  }

  private static Map<String, Object> event(String name, long at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", at);
    m.put("event", name);
    return m;
  }

  private void print(Map<String, Object> m) {
    try {
      out.println(MAPPER.writeValueAsString(m));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }
}
