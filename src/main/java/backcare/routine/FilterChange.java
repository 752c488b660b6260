package backcare.routine;

import java.util.List;

/**
 * What the condition filter did to one step: {@code replacement} is the exercise put in its place,
 * or null when the step was dropped; {@code alternatives} are the ones the routine offered, in
 * order.
 */
public record FilterChange(
    int stepNumber,
    String exercise,
    String replacement,
    List<String> conditions,
    List<String> tags,
    String why,
    List<String> alternatives) {

  public FilterChange {
    conditions = List.copyOf(conditions);
    tags = List.copyOf(tags);
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  public boolean dropped() {
    return replacement == null;
  }

  /**
   * One plain line for the user, e.g. "Step 3, bridge: swapped for cat-stretch (stenosis: ...)" or
   * "Step 2, knee-to-chest: left out, as no alternative is safe too (pregnancy: ...)".
   */
  public String describe() {
    String what;
    if (!dropped()) what = "swapped for " + replacement;
    else if (alternatives.isEmpty()) what = "left out";
    else
      what =
          "left out, as "
              + (alternatives.size() == 1
                  ? "its alternative " + alternatives.get(0) + " is not"
                  : "none of its alternatives (" + String.join(", ", alternatives) + ") is")
              + " safe too";
    return "Step "
        + stepNumber
        + ", "
        + exercise
        + ": "
        + what
        + " ("
        + String.join(", ", conditions)
        + ": "
        + why
        + ")";
  }
}
