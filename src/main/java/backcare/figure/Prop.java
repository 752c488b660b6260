package backcare.figure;

import java.util.List;

/**
 * What a figure may be drawn with: each placed by the body, so a figure names them and nothing
 * more.
 */
public enum Prop {
  /** a line under the lowest point of the body and of its props */
  FLOOR("floor"),
  /** a chair whose seat is under the hips and whose back is behind them */
  CHAIR("chair"),
  /** a foam roller on the floor under the middle of the back */
  ROLLER("roller"),
  /** a heat pack on the lower back */
  HEAT_PACK("heat-pack"),
  /** a cold pack on the lower back */
  COLD_PACK("cold-pack");

  public final String id;

  Prop(String id) {
    this.id = id;
  }

  public static final List<String> IDS =
      List.of("floor", "chair", "roller", "heat-pack", "cold-pack");

  public static Prop byId(String id) {
    for (Prop p : values()) if (p.id.equals(id)) return p;
    return null;
  }
}
