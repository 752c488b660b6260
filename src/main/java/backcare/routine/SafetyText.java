package backcare.routine;

import java.util.List;

/**
 * The safety text every routine opens with, the advice for pain during a stretch, and facts worth
 * showing.
 */
public record SafetyText(List<String> reminders, List<String> stopAdvice, List<String> facts) {
  public static final SafetyText EMPTY = new SafetyText(List.of(), List.of(), List.of());
}
