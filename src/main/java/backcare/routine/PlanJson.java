package backcare.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a plan and its pieces, in one place: `routine --dry-run --json` prints {@link
 * #plan}, and `routine --json` as it runs builds its events from {@link #header} and {@link
 * #segmentFields} (README, "Options of routine").
 */
public final class PlanJson {
  private PlanJson() {}

  /** The whole plan: its {@link #header} and its segments. */
  public static Map<String, Object> plan(Plan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    header(plan, m);
    List<Map<String, Object>> segments = new ArrayList<>(plan.segments().size());
    for (Segment s : plan.segments()) {
      Map<String, Object> seg = new LinkedHashMap<>();
      seg.put("kind", s.kind().id());
      segmentFields(s, seg);
      seg.put("startSecond", s.startSecond());
      segments.add(seg);
    }
    m.put("segments", segments);
    return m;
  }

  /** Adds to {@code m} what a plan is, before its segments: id, title, time, scale and changes. */
  public static void header(Plan plan, Map<String, Object> m) {
    m.put("id", plan.routine().id());
    m.put("title", plan.routine().title());
    m.put("totalSeconds", plan.totalSeconds());
    m.put("scale", plan.scale());
    List<Map<String, Object>> changes = new ArrayList<>(plan.changes().size());
    for (FilterChange c : plan.changes()) changes.add(change(c));
    m.put("changes", changes);
    m.put("advice", plan.advice());
  }

  /**
   * Adds to {@code m} what a segment is, wherever it is in time: step, exercise, side, rep, reps
   * and seconds.
   */
  public static void segmentFields(Segment s, Map<String, Object> m) {
    m.put("step", s.step());
    m.put("exercise", s.exercise());
    m.put("side", s.sideId());
    m.put("rep", s.rep());
    m.put("reps", s.reps());
    m.put("seconds", s.seconds());
  }

  /** What the condition filter did to one step. */
  static Map<String, Object> change(FilterChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stepNumber", c.stepNumber());
    m.put("exercise", c.exercise());
    m.put("replacement", c.replacement());
    m.put("conditions", c.conditions());
    m.put("tags", c.tags());
    m.put("why", c.why());
    m.put("alternatives", c.alternatives());
    return m;
  }
}
