package backcare.routine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A health condition that makes some movements unsafe, with the movement tags it removes from a
 * routine and why (../shared/triage.md v2, "Conditions: what the routine filter removes"), and any
 * advice the user needs whenever the condition applies.
 */
public enum Condition {
  STENOSIS(
      "stenosis",
      Set.of("extension"),
      "arching the low back narrows the space around the nerves; rounding and gentle turning are the kinder moves",
      null),
  OSTEOPOROSIS(
      "osteoporosis",
      Set.of("flexion", "loaded-flexion", "end-range-rotation", "spinal-pressure"),
      "deep or held rounding, deep twisting and pressure on the spine put extra load on the bones of the spine",
      null),
  PREGNANCY(
      "pregnancy",
      Set.of("supine", "end-range-rotation"),
      "after the first three months, lying on your back and deep twists that press on the belly are best avoided",
      null),
  DISC(
      "disc",
      Set.of("flexion", "loaded-flexion", "end-range-rotation"),
      "deep rounding and deep twisting can press on a disc and send pain down the leg",
      null),
  RECENT_SURGERY(
      "recent-surgery",
      Set.of(
          "flexion",
          "loaded-flexion",
          "extension",
          "rotation",
          "end-range-rotation",
          "side-bend",
          "spinal-pressure"),
      "no bending, arching, leaning or twisting until your surgeon says so",
      "After back surgery, follow your surgeon's or physiotherapist's plan: only walking and pelvic tilts"
          + " are kept here until they clear you for more.");

  private final String id;
  private final Set<String> removedTags;
  private final String why;
  private final String advice;

  Condition(String id, Set<String> removedTags, String why, String advice) {
    this.id = id;
    this.removedTags = removedTags;
    this.why = why;
    this.advice = advice;
  }

  public String id() {
    return id;
  }

  /** Movement tags that a step must not carry under this condition. */
  public Set<String> removedTags() {
    return removedTags;
  }

  /** A plain-words reason, shown to the user when a step is changed. */
  public String why() {
    return why;
  }

  /** A line shown with every routine made safe for this condition, or empty. */
  public Optional<String> advice() {
    return Optional.ofNullable(advice);
  }

  /** Whether the exercise is safe under this condition: it carries none of the removed tags. */
  public boolean allows(Exercise exercise) {
    for (String tag : exercise.tags()) if (removedTags.contains(tag)) return false;
    return true;
  }

  public static Optional<Condition> byId(String id) {
    for (Condition c : values()) if (c.id.equals(id)) return Optional.of(c);
    return Optional.empty();
  }

  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Condition c : values()) ids.add(c.id);
    return List.copyOf(ids);
  }

  /**
   * The ids of {@code conditions}, in their order (a loop, not a stream: a start links no call
   * site, docs/performance.md).
   */
  public static List<String> ids(Collection<Condition> conditions) {
    List<String> ids = new ArrayList<>(conditions.size());
    for (Condition c : conditions) ids.add(c.id);
    return Collections.unmodifiableList(ids);
  }

  @Override
  public String toString() {
    return id;
  }
}
