package backcare.session;

import backcare.json.JsonOut;
import backcare.routine.Plan;
import backcare.routine.PlanJson;
import backcare.routine.Segment;
import backcare.text.HumanWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code routine --json} without --dry-run: one JSON object per event, as it happens (JSON Lines).
 * The start carries the plan's header and each timed event a segment's fields, in the shapes of
 * {@link PlanJson}.
 */
public final class JsonLinesOutput implements RunListener {
  private final JsonOut lines;

  public JsonLinesOutput(PrintWriter out) {
    this.lines = JsonOut.compactTo(HumanWriter.unwrapped(out)); // never wrapped, however long
  }

  @Override
  public void started(Plan plan) {
    Map<String, Object> m = event("start", 0);
    PlanJson.header(plan, m);
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
    PlanJson.segmentFields(segment, m);
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
    lines.line(m).flush();
  }
}
