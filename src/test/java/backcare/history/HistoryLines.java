package backcare.history;

/**
 * A session line as backcare writes one, written out by hand (so a test can give it a time backcare
 * would not write, such as one with a fraction of a second): the fields tests vary, the rest as a
 * session with nothing skipped and no pause. The one such builder of the tests.
 */
public final class HistoryLines {
  private HistoryLines() {}

  /**
   * {@code conditions}, {@code stepsDone}, {@code before} and {@code after} are JSON as they stand
   * in the line ({@code "\"stenosis\""}, {@code "[1,2]"}, {@code "null"}).
   */
  public static String session(
      String start,
      String routine,
      String conditions,
      int totalSteps,
      String stepsDone,
      long activeSeconds,
      String ending,
      String before,
      String after) {
    return session(
        start,
        start,
        routine,
        conditions,
        totalSteps,
        stepsDone,
        activeSeconds,
        ending,
        before,
        after);
  }

  /** As above, with an end of its own. */
  public static String session(
      String start,
      String end,
      String routine,
      String conditions,
      int totalSteps,
      String stepsDone,
      long activeSeconds,
      String ending,
      String before,
      String after) {
    return "{\"type\":\"session\",\"version\":1,\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"routine\":\""
        + routine
        + "\",\"file\":null,\"conditions\":["
        + conditions
        + "],\"totalSteps\":"
        + totalSteps
        + ",\"stepsDone\":"
        + stepsDone
        + ",\"stepsSkipped\":[],\"activeSeconds\":"
        + activeSeconds
        + ",\"pausedSeconds\":0,\"ending\":\""
        + ending
        + "\",\"painBefore\":"
        + before
        + ",\"painAfter\":"
        + after
        + "}";
  }
}
