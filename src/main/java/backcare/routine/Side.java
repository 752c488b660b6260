package backcare.routine;

import java.util.List;
import java.util.Optional;

/** Which side a step works: both (alternating each rep), one side, or none (symmetric). */
public enum Side {
  BOTH("both"),
  LEFT("left"),
  RIGHT("right"),
  NONE("none");

  private final String id;

  Side(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The sides worked in each rep, in order. */
  public List<Side> perRep() {
    return switch (this) {
      case BOTH -> List.of(LEFT, RIGHT);
      case LEFT -> List.of(LEFT);
      case RIGHT -> List.of(RIGHT);
      case NONE -> List.of(NONE);
    };
  }

  public static Optional<Side> byId(String id) {
    for (Side s : values()) if (s.id.equals(id)) return Optional.of(s);
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
