package backcare.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure function from a {@link Phase} to a {@link Drawing}: the skeleton is built from the hip
 * outwards, joint angle by joint angle, then set down so that its lowest point (stroke width
 * included) rests on the floor; the props are placed by the body (a chair under the hips, a roller
 * under the middle of the back, a pack on the lower back).
 *
 * <p>Lengths are in body units, a standing person about 100 high: the proportions of an adult.
 */
public final class Body {
  static final double LOWER_TRUNK = 13;
  static final double UPPER_TRUNK = 17;
  static final double NECK = 5;
  static final double HEAD_R = 6;
  static final double UPPER_ARM = 17;
  static final double FOREARM = 16;
  static final double THIGH = 25;
  static final double SHIN = 25;
  static final double FOOT = 10;

  /** Half the trunk's stroke: how far the back reaches below its line. */
  static final double TRUNK_R = 4;

  /** Half a limb's stroke. */
  static final double LIMB_R = 2.5;

  /** The top of a chair's seat above the floor. */
  public static final double SEAT = 24;

  static final double ROLLER_R = 6;

  private Body() {}

  public static Drawing draw(Phase p) {
    Map<String, double[]> j = new LinkedHashMap<>();
    double[] hip = {0, 0};
    double t = p.trunk();
    double[] waist = step(hip, t, LOWER_TRUNK);
    double upper = t - p.spine();
    double[] shoulder = step(waist, upper, UPPER_TRUNK);
    double headDir = upper - p.neck();
    double[] head = step(shoulder, headDir, NECK + HEAD_R);
    j.put("hip", hip);
    j.put("waist", waist);
    j.put("shoulder", shoulder);
    j.put("head", head);
    arm(j, "far", shoulder, upper, p.farArm());
    leg(j, "far", hip, t, p.farLeg());
    arm(j, "near", shoulder, upper, p.arm());
    leg(j, "near", hip, t, p.leg());

    // set the body down: the lowest reach of any stroke (or the head) on the floor
    double lowest = head[1] - HEAD_R;
    for (Map.Entry<String, double[]> e : j.entrySet()) {
      if (e.getKey().equals("head")) continue;
      lowest = Math.min(lowest, e.getValue()[1] - radius(e.getKey()));
    }
    boolean roller = p.props().contains(Prop.ROLLER);
    double[] back = point(shoulder, waist, 0.4); // the middle of the back, where a roller goes
    if (roller) {
      // the back lies on the roller: set it down there unless a foot or a hip is lower still
      lowest = Math.min(lowest, back[1] - TRUNK_R - 2 * ROLLER_R);
    }
    for (double[] v : j.values()) v[1] -= lowest;
    if (roller) back[1] -= lowest;

    List<Drawing.Line> lines = new ArrayList<>();
    List<Drawing.Circle> circles = new ArrayList<>();
    double seatTop = Double.NaN;
    double rollerTop = Double.NaN;
    for (Prop prop : p.props()) {
      switch (prop) {
        case CHAIR -> {
          seatTop = SEAT;
          chair(lines, j.get("hip")[0]);
        }
        case ROLLER -> {
          rollerTop = 2 * ROLLER_R;
          circles.add(new Drawing.Circle(back[0], ROLLER_R, ROLLER_R, Drawing.Part.PROP, false));
        }
        case HEAT_PACK -> pack(lines, j.get("hip"), j.get("waist"), t, Drawing.Part.HEAT);
        case COLD_PACK -> pack(lines, j.get("hip"), j.get("waist"), t, Drawing.Part.COLD);
        case FLOOR -> {} // drawn last, under everything
      }
    }
    limbLines(lines, j, "far", Drawing.Part.FAR);
    line(lines, j.get("hip"), j.get("waist"), Drawing.Part.TRUNK);
    line(lines, j.get("waist"), j.get("shoulder"), Drawing.Part.TRUNK);
    line(
        lines,
        j.get("shoulder"),
        point(j.get("shoulder"), j.get("head"), NECK / (NECK + HEAD_R) + 0.2),
        Drawing.Part.NEAR);
    limbLines(lines, j, "near", Drawing.Part.NEAR);
    circles.add(
        new Drawing.Circle(j.get("head")[0], j.get("head")[1], HEAD_R, Drawing.Part.HEAD, true));

    Map<String, Drawing.Point> joints = new LinkedHashMap<>();
    j.forEach((k, v) -> joints.put(k, new Drawing.Point(round(v[0]), round(v[1]))));
    Drawing body = new Drawing(lines, circles, joints, seatTop, rollerTop);
    if (p.props().contains(Prop.FLOOR)) {
      double[] b = body.bounds();
      lines.add(0, new Drawing.Line(b[0] - 6, -1, b[2] + 6, -1, Drawing.Part.PROP));
    }
    return new Drawing(
        List.copyOf(lines), List.copyOf(circles), Map.copyOf(joints), seatTop, rollerTop);
  }

  /** How far a joint's stroke reaches past the joint. */
  static double radius(String joint) {
    return switch (joint) {
      case "hip", "waist", "shoulder" -> TRUNK_R;
      case "head" -> HEAD_R;
      default -> LIMB_R;
    };
  }

  private static void arm(
      Map<String, double[]> j, String side, double[] shoulder, double upper, Phase.Limb a) {
    double dir = upper + 180 + a.first();
    double[] elbow = step(shoulder, dir, UPPER_ARM);
    double[] wrist = step(elbow, dir + a.second(), FOREARM);
    j.put(side + "Elbow", elbow);
    j.put(side + "Wrist", wrist);
  }

  private static void leg(
      Map<String, double[]> j, String side, double[] hip, double trunk, Phase.Limb l) {
    double thigh = trunk + 180 + l.first();
    double[] knee = step(hip, thigh, THIGH);
    double shin = thigh - l.second();
    double[] ankle = step(knee, shin, SHIN);
    double[] toe = step(ankle, shin + l.third(), FOOT);
    j.put(side + "Knee", knee);
    j.put(side + "Ankle", ankle);
    j.put(side + "Toe", toe);
  }

  private static void limbLines(
      List<Drawing.Line> lines, Map<String, double[]> j, String side, Drawing.Part part) {
    line(lines, j.get("shoulder"), j.get(side + "Elbow"), part);
    line(lines, j.get(side + "Elbow"), j.get(side + "Wrist"), part);
    line(lines, j.get("hip"), j.get(side + "Knee"), part);
    line(lines, j.get(side + "Knee"), j.get(side + "Ankle"), part);
    line(lines, j.get(side + "Ankle"), j.get(side + "Toe"), part);
  }

  /**
   * A chair seen from the side, facing right: seat under the hips, back rest behind them, legs to
   * the floor.
   */
  private static void chair(List<Drawing.Line> lines, double hipX) {
    double back = hipX - 9;
    double front = hipX + 15;
    Drawing.Part p = Drawing.Part.PROP;
    lines.add(new Drawing.Line(back, SEAT - 1, front, SEAT - 1, p));
    lines.add(new Drawing.Line(back, 0, back, SEAT + 26, p));
    lines.add(new Drawing.Line(front, 0, front, SEAT - 1, p));
  }

  /** A pack along the back of the lower trunk. */
  private static void pack(
      List<Drawing.Line> lines, double[] hip, double[] waist, double trunk, Drawing.Part p) {
    double[] mid = point(hip, waist, 0.5);
    double[] c = step(mid, trunk + 90, TRUNK_R + 2.5);
    double[] a = step(c, trunk, 6);
    double[] b = step(c, trunk + 180, 6);
    double[] a2 = step(a, trunk + 90, 3);
    double[] b2 = step(b, trunk + 90, 3);
    line(lines, a, b, p);
    line(lines, b, b2, p);
    line(lines, b2, a2, p);
    line(lines, a2, a, p);
  }

  private static void line(List<Drawing.Line> lines, double[] a, double[] b, Drawing.Part part) {
    lines.add(new Drawing.Line(round(a[0]), round(a[1]), round(b[0]), round(b[1]), part));
  }

  private static double[] step(double[] from, double degrees, double length) {
    double r = Math.toRadians(degrees);
    return new double[] {from[0] + length * Math.cos(r), from[1] + length * Math.sin(r)};
  }

  private static double[] point(double[] a, double[] b, double f) {
    return new double[] {a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f};
  }

  /** Two decimals: enough for any size, and the same on every machine. */
  private static double round(double v) {
    double r = Math.round(v * 100) / 100.0;
    return r == 0 ? 0 : r; // no -0.0
  }
}
