package backcare.figure;

import java.util.List;
import java.util.Map;

/**
 * A phase as the renderers draw it: lines and circles in body units (a standing person is about 100
 * high), y pointing up, the floor at y = 0; and the joints by name, for the checks that a figure
 * matches its words.
 */
public record Drawing(
    List<Line> lines,
    List<Circle> circles,
    Map<String, Point> joints,
    double seatTop,
    double rollerTop) {

  /** What a stroke belongs to: its width and colour follow from it. */
  public enum Part {
    FAR,
    PROP,
    HEAT,
    COLD,
    TRUNK,
    NEAR,
    HEAD
  }

  public record Point(double x, double y) {}

  public record Line(double x1, double y1, double x2, double y2, Part part) {}

  /** A circle; {@code filled} for the head, an outline for a roller. */
  public record Circle(double x, double y, double r, Part part, boolean filled) {}

  /** The half width of a stroke of this part, in body units: how far it reaches past its line. */
  public static double halfWidth(Part part) {
    return switch (part) {
      case TRUNK -> Body.TRUNK_R;
      case NEAR, FAR, HEAD -> Body.LIMB_R;
      case PROP -> 1.0;
      case HEAT, COLD -> 1.5;
    };
  }

  /** {minX, minY, maxX, maxY} of everything drawn, strokes included. */
  public double[] bounds() {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Line l : lines) {
      double r = halfWidth(l.part());
      grow(b, l.x1(), l.y1(), r);
      grow(b, l.x2(), l.y2(), r);
    }
    for (Circle c : circles) grow(b, c.x(), c.y(), c.r() + 1);
    return b;
  }

  private static void grow(double[] b, double x, double y, double r) {
    b[0] = Math.min(b[0], x - r);
    b[1] = Math.min(b[1], y - r);
    b[2] = Math.max(b[2], x + r);
    b[3] = Math.max(b[3], y + r);
  }
}
