package backcare.routine;

import backcare.figure.Figure;
import java.util.List;
import java.util.Set;

/**
 * One exercise of the library. Exactly one of {@code holdSeconds} (a static hold) and {@code
 * flowSeconds} (continuous movement, such as cat-cow) is set; the other is 0.
 *
 * @param therapy {@code heat} or {@code cold} for a heat or cold pack (at most {@link
 *     Durations#MAX_SECONDS} of each in one routine), or null
 * @param leadInSeconds the least time this exercise needs to get ready (a pack to fetch and wrap),
 *     or 0
 * @param getReady what to do in the lead-in, shown instead of "get into position", or null
 * @param figure the side-view figure of the position, or null (a user's exercise may have none)
 */
public record Exercise(
    String id,
    String name,
    String position,
    List<String> instructions,
    List<String> cues,
    int holdSeconds,
    int flowSeconds,
    int reps,
    Side sides,
    int restSeconds,
    int maxHoldSeconds,
    List<String> warnings,
    Set<String> tags,
    List<String> sources,
    String therapy,
    int leadInSeconds,
    String getReady,
    Figure figure) {

  /** The movement tags the safety filter knows (../shared/content.md, version 2). */
  public static final List<String> TAGS =
      List.of(
          "extension",
          "flexion",
          "loaded-flexion",
          "rotation",
          "end-range-rotation",
          "side-bend",
          "supine",
          "spinal-pressure",
          "kneeling");

  /**
   * Tags that always come with another: loaded flexion is flexion, an end-range twist is a twist.
   */
  public static final java.util.Map<String, String> TAG_IMPLIES =
      java.util.Map.of("loaded-flexion", "flexion", "end-range-rotation", "rotation");

  /** The kinds of pack a {@code therapy} names. */
  public static final List<String> THERAPIES = List.of("heat", "cold");

  /** An exercise that is no heat or cold pack and needs no lead-in of its own. */
  public Exercise(
      String id,
      String name,
      String position,
      List<String> instructions,
      List<String> cues,
      int holdSeconds,
      int flowSeconds,
      int reps,
      Side sides,
      int restSeconds,
      int maxHoldSeconds,
      List<String> warnings,
      Set<String> tags,
      List<String> sources) {
    this(
        id,
        name,
        position,
        instructions,
        cues,
        holdSeconds,
        flowSeconds,
        reps,
        sides,
        restSeconds,
        maxHoldSeconds,
        warnings,
        tags,
        sources,
        null,
        0,
        null,
        null);
  }

  /** An exercise without a figure. */
  public Exercise(
      String id,
      String name,
      String position,
      List<String> instructions,
      List<String> cues,
      int holdSeconds,
      int flowSeconds,
      int reps,
      Side sides,
      int restSeconds,
      int maxHoldSeconds,
      List<String> warnings,
      Set<String> tags,
      List<String> sources,
      String therapy,
      int leadInSeconds,
      String getReady) {
    this(
        id,
        name,
        position,
        instructions,
        cues,
        holdSeconds,
        flowSeconds,
        reps,
        sides,
        restSeconds,
        maxHoldSeconds,
        warnings,
        tags,
        sources,
        therapy,
        leadInSeconds,
        getReady,
        null);
  }

  public boolean isFlow() {
    return flowSeconds > 0;
  }

  /** The longest hold or flow this exercise allows: its own limit, or the global one. */
  public int limitSeconds() {
    return maxHoldSeconds > 0 ? maxHoldSeconds : Durations.MAX_SECONDS;
  }
}
