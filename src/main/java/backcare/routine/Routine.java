package backcare.routine;

import java.util.List;

/**
 * A routine: its id, title, one-line description and steps; {@code origin} says where it came from.
 */
public record Routine(
    String id, String title, String description, List<Step> steps, String origin) {

  public Routine withSteps(List<Step> newSteps) {
    return new Routine(id, title, description, List.copyOf(newSteps), origin);
  }
}
