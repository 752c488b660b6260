package backcare.routine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One timed piece of a plan. {@code step} is the 0-based step index, {@code rep} 1-based; {@code
 * startSecond} is the planned offset from the start of the routine.
 */
@JsonPropertyOrder({"kind", "step", "exercise", "side", "rep", "reps", "seconds", "startSecond"})
public record Segment(
    Kind kind,
    @JsonIgnore int stepIndex,
    @JsonIgnore Exercise exerciseRef,
    @JsonIgnore Side side,
    int rep,
    int reps,
    int seconds,
    int startSecond) {

  public enum Kind {
    LEAD_IN("lead-in"),
    HOLD("hold"),
    FLOW("flow"),
    REST("rest"),
    SWITCH("switch");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }
  }

  /** The exercise id, as in --json. */
  @JsonProperty("exercise")
  public String exercise() {
    return exerciseRef.id();
  }

  /** The 1-based step number, as in --json. */
  @JsonProperty("step")
  public int step() {
    return stepIndex + 1;
  }

  @JsonProperty("side")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String sideId() {
    return side == Side.NONE ? null : side.id();
  }

  public int endSecond() {
    return startSecond + seconds;
  }

  /** A hold or flow: the work itself, as opposed to lead-ins, rests and switches. */
  @JsonIgnore
  public boolean isWork() {
    return kind == Kind.HOLD || kind == Kind.FLOW;
  }
}
