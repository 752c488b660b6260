package backcare.report;

/**
 * An inline SVG figure of an exercise, for the "exercises done most" section of the HTML report;
 * {@link #NONE} draws none. The SVG must be self-contained (no external reference): it is put into
 * the page as it is.
 */
@FunctionalInterface
public interface ExerciseFigures {
  /** The figure as an {@code <svg>} element, or null when the exercise has none. */
  String svg(String exerciseId, String exerciseName);

  ExerciseFigures NONE = (id, name) -> null;
}
