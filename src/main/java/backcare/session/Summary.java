package backcare.session;

import java.util.List;

/**
 * What happened in one run: steps done (finished in full), steps skipped (1-based numbers), seconds
 * spent moving (pauses not counted), seconds paused, and how it ended.
 */
public record Summary(
    int totalSteps,
    List<Integer> stepsDone,
    List<Integer> stepsSkipped,
    double activeSeconds,
    double pausedSeconds,
    Ending ending) {}
