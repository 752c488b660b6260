package backcare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A routine file with the shape the built-in quick routine had when these tests were written, for
 * tests of the display and its timing (keys at given seconds, frames at given times): they run it
 * with `routine --file`, so editing {@code routines/quick.yaml} never moves their times. Its
 * timeline: seated trunk rotation 0-40 (lead-in 0-5, hold left 5-20, switch 20-25, hold right
 * 25-40), cat-cow 40-105 (lead-in 40-45, flow 45-105), child's pose 105-135 and knee to chest
 * 135-175.
 */
final class FixedRoutine {
  private FixedRoutine() {}

  static final String YAML =
      """
      id: four-moves
      title: Four moves
      description: The shape of the quick routine, fixed for these tests.
      leadIn: 5s
      steps:
        - exercise: seated-trunk-rotation
          hold: 15s
          reps: 1
          sides: both
          rest: 5s
        - exercise: cat-cow
          flow: 1m
        - exercise: childs-pose
          hold: 25s
          reps: 1
        - exercise: knee-to-chest
          hold: 15s
          reps: 1
          sides: both
          rest: 5s
      """;

  /** Writes the routine into {@code dir} and returns its path, for `--file`. */
  static String write(Path dir) throws IOException {
    return Files.writeString(dir.resolve("four-moves.yaml"), YAML).toString();
  }
}
