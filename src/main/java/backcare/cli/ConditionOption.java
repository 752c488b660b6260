package backcare.cli;

import backcare.routine.Condition;
import java.util.Locale;
import java.util.Optional;

/**
 * The values of {@code --condition}: every {@link Condition}, by the same constant name, and {@code
 * none}. picocli converts, lists and completes them by {@link #toString()}, the condition's id.
 */
enum ConditionOption {
  STENOSIS,
  OSTEOPOROSIS,
  PREGNANCY,
  DISC,
  RECENT_SURGERY,
  NONE;

  /** The condition; empty for {@code none}. */
  Optional<Condition> condition() {
    return this == NONE ? Optional.empty() : Optional.of(Condition.valueOf(name()));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
