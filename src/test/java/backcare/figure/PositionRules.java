package backcare.figure;

import backcare.routine.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Holds a figure to the words of its exercise's {@code position} (issue 13): lying on the back is
 * the trunk within 20 degrees of horizontal with the back on the floor (or on the roller); hands
 * and knees is both hands and both knees on the floor, hands under the shoulders and knees under
 * the hips; sitting on a chair is the pelvis on the chair's seat; sitting on the floor, the pelvis
 * on the floor; standing, both feet on the floor; kneeling, both knees on the floor. The props the
 * words name (a chair, a roller, heat, cold) are drawn, and every figure stands on a floor.
 */
final class PositionRules {
  /** How far, in body units (a person is about 100 high), a contact may be off. */
  static final double TOLERANCE = 2.0;

  private PositionRules() {}

  static List<String> problems(Exercise e) {
    List<String> out = new ArrayList<>();
    if (e.figure() == null) {
      out.add(e.id() + ": no figure");
      return out;
    }
    String words = e.position().toLowerCase(Locale.ROOT);
    for (Phase p : e.figure().phases()) {
      String where = e.id() + (p.name() == null ? "" : " (" + p.name() + ")") + ": ";
      Drawing d = Body.draw(p);
      List<Prop> props = p.props();
      need(out, where, props.contains(Prop.FLOOR), "no floor drawn");
      need(
          out,
          where,
          !words.contains("chair") || props.contains(Prop.CHAIR),
          "the words name a chair; none drawn");
      need(
          out,
          where,
          !words.contains("roller") || props.contains(Prop.ROLLER),
          "the words name a roller; none drawn");
      need(
          out,
          where,
          !"heat".equals(e.therapy()) || props.contains(Prop.HEAT_PACK),
          "heat, but no heat pack");
      need(
          out,
          where,
          !"cold".equals(e.therapy()) || props.contains(Prop.COLD_PACK),
          "cold, but no cold pack");
      if (words.contains("lying on your back"))
        lyingOnTheBack(out, where, d, props.contains(Prop.ROLLER));
      if (words.contains("hands and knees")) handsAndKnees(out, where, d);
      if (words.contains("kneeling")) {
        onFloor(out, where, d, "nearKnee", Body.LIMB_R);
        onFloor(out, where, d, "farKnee", Body.LIMB_R);
      }
      if (words.contains("sitting") || words.contains("seated")) {
        if (words.contains("on the floor,") || words.startsWith("sitting on the floor")) {
          onFloor(out, where, d, "hip", Body.TRUNK_R);
        } else {
          need(
              out,
              where,
              props.contains(Prop.CHAIR),
              "sitting, but no chair drawn (or say \"on the floor\")");
          double pelvis = d.joints().get("hip").y() - Body.TRUNK_R;
          need(
              out,
              where,
              Math.abs(pelvis - d.seatTop()) <= TOLERANCE,
              "the pelvis is not on the chair's seat ("
                  + f(pelvis)
                  + " against "
                  + f(d.seatTop())
                  + ")");
        }
        if (words.contains("feet flat on the floor") || words.contains("both feet on the floor")) {
          footOnFloor(out, where, d, "near");
          footOnFloor(out, where, d, "far");
        }
      }
      if (words.startsWith("standing")) {
        double hip = d.joints().get("hip").y();
        need(
            out,
            where,
            hip >= 0.7 * (Body.THIGH + Body.SHIN),
            "standing, but the hips are only " + f(hip) + " above the floor");
        footOnFloor(out, where, d, "near");
        footOnFloor(out, where, d, "far");
      }
    }
    return out;
  }

  private static void lyingOnTheBack(List<String> out, String where, Drawing d, boolean roller) {
    Drawing.Point hip = d.joints().get("hip");
    Drawing.Point waist = d.joints().get("waist");
    Drawing.Point shoulder = d.joints().get("shoulder");
    need(
        out,
        where,
        offHorizontal(hip, waist) <= 20,
        "the lower trunk is "
            + f(offHorizontal(hip, waist))
            + " degrees off horizontal (at most 20 lying on the back)");
    need(
        out,
        where,
        offHorizontal(waist, shoulder) <= 20,
        "the upper trunk is "
            + f(offHorizontal(waist, shoulder))
            + " degrees off horizontal (at most 20 lying on the back)");
    need(
        out,
        where,
        shoulder.x() < hip.x(),
        "lying on the back, but face down (the head is to the right)");
    if (roller) {
      Drawing.Circle r =
          d.circles().stream().filter(c -> c.part() == Drawing.Part.PROP).findFirst().orElseThrow();
      double gap =
          Math.min(distance(r, hip, waist), distance(r, waist, shoulder)) - r.r() - Body.TRUNK_R;
      need(out, where, Math.abs(gap) <= TOLERANCE, "the back is " + f(gap) + " off the roller");
    } else {
      double back = Math.min(hip.y(), Math.min(waist.y(), shoulder.y())) - Body.TRUNK_R;
      need(out, where, Math.abs(back) <= TOLERANCE, "the back is " + f(back) + " above the floor");
    }
  }

  private static void handsAndKnees(List<String> out, String where, Drawing d) {
    for (String j : List.of("nearWrist", "farWrist", "nearKnee", "farKnee"))
      onFloor(out, where, d, j, Body.LIMB_R);
    Drawing.Point shoulder = d.joints().get("shoulder");
    Drawing.Point hip = d.joints().get("hip");
    need(
        out,
        where,
        Math.abs(d.joints().get("nearWrist").x() - shoulder.x()) <= 4,
        "the hands are not under the shoulders");
    need(
        out,
        where,
        Math.abs(d.joints().get("nearKnee").x() - hip.x()) <= 4,
        "the knees are not under the hips");
  }

  private static void footOnFloor(List<String> out, String where, Drawing d, String side) {
    double low =
        Math.min(d.joints().get(side + "Ankle").y(), d.joints().get(side + "Toe").y())
            - Body.LIMB_R;
    need(
        out,
        where,
        Math.abs(low) <= TOLERANCE,
        "the " + side + " foot is " + f(low) + " above the floor");
  }

  private static void onFloor(
      List<String> out, String where, Drawing d, String joint, double radius) {
    double y = d.joints().get(joint).y() - radius;
    need(out, where, Math.abs(y) <= TOLERANCE, joint + " is " + f(y) + " above the floor");
  }

  private static double offHorizontal(Drawing.Point a, Drawing.Point b) {
    double deg = Math.abs(Math.toDegrees(Math.atan2(b.y() - a.y(), b.x() - a.x())));
    return Math.min(deg, 180 - deg);
  }

  private static double distance(Drawing.Circle c, Drawing.Point a, Drawing.Point b) {
    double vx = b.x() - a.x();
    double vy = b.y() - a.y();
    double t =
        Math.max(
            0, Math.min(1, ((c.x() - a.x()) * vx + (c.y() - a.y()) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(c.x() - (a.x() + t * vx), c.y() - (a.y() + t * vy));
  }

  private static void need(List<String> out, String where, boolean ok, String problem) {
    if (!ok) out.add(where + problem);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
