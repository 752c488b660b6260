package backcare.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Drawing} for the terminal, in exactly {@code rows} lines of exactly {@code cols} columns
 * (spaces pad them): Unicode braille where the terminal can show it, each cell 2 dots wide and 4
 * high, so strokes keep their width and the head is round; else plain ASCII, one character a cell
 * chosen by the direction of the line through it. The figure is scaled to fit, centred, and stands
 * on the last row. Colour (the props and the far limbs dimmed) only when asked.
 */
public final class TextFigure {
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  /** Bits of the braille dots by [row][column] of a cell (U+2800 + bits). */
  private static final int[][] DOT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

  private TextFigure() {}

  public static List<String> render(
      Drawing d, int cols, int rows, boolean unicode, boolean colour) {
    if (cols <= 0 || rows <= 0) return List.of();
    Grid g = new Grid(d, cols, rows);
    List<String> out = new ArrayList<>();
    for (int cy = 0; cy < rows; cy++) {
      StringBuilder line = new StringBuilder();
      boolean dim = false;
      for (int cx = 0; cx < cols; cx++) {
        Drawing.Part part = unicode ? g.brailleCell(cx, cy, line) : g.asciiCell(cx, cy, line);
        boolean wantDim =
            colour && part != null && (part == Drawing.Part.PROP || part == Drawing.Part.FAR);
        if (colour && part != null && wantDim != dim) {
          line.insert(line.length() - 1, wantDim ? DIM : RESET);
          dim = wantDim;
        }
      }
      if (dim) line.append(RESET);
      out.add(line.toString());
    }
    return out;
  }

  /** The drawing on a grid of dots: 2 x 4 a cell. */
  private static final class Grid {
    final Drawing d;
    final double scale; // dots per body unit
    final double left; // body x at dot x = 0
    final double top; // body y at dot y = 0

    Grid(Drawing d, int cols, int rows) {
      this.d = d;
      double[] b = d.bounds();
      int w = cols * 2;
      int h = rows * 4;
      scale = Math.min(w / (b[2] - b[0]), h / (b[3] - b[1]));
      left = (b[0] + b[2]) / 2 - w / 2.0 / scale;
      top = b[1] + h / scale; // the lowest point on the last row of dots
    }

    double x(int dotX) {
      return left + (dotX + 0.5) / scale;
    }

    double y(int dotY) {
      return top - (dotY + 0.5) / scale;
    }

    /** The part whose stroke covers this point, the one drawn on top, or null. */
    Drawing.Part at(double x, double y, double minHalf) {
      Drawing.Part best = null;
      for (Drawing.Line l : d.lines()) {
        // at least a dot wide; on a big grid no wider than a few dots, so crossing limbs stay apart
        double most = (l.part() == Drawing.Part.TRUNK ? 2.0 : 1.25) / scale;
        double half = Math.max(Math.min(Drawing.halfWidth(l.part()), most), minHalf);
        if (distance(x, y, l) <= half && (best == null || l.part().compareTo(best) > 0))
          best = l.part();
      }
      for (Drawing.Circle c : d.circles()) {
        double r = Math.hypot(x - c.x(), y - c.y());
        boolean in =
            c.filled()
                ? r <= Math.max(c.r(), minHalf)
                : Math.abs(r - c.r()) <= Math.max(1, minHalf);
        if (in && (best == null || c.part().compareTo(best) > 0)) best = c.part();
      }
      return best;
    }

    Drawing.Part brailleCell(int cx, int cy, StringBuilder line) {
      int bits = 0;
      Drawing.Part top = null;
      double minHalf = 0.5 / scale; // a stroke is never thinner than a dot
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 2; c++) {
          Drawing.Part p = at(x(cx * 2 + c), y(cy * 4 + r), minHalf);
          if (p == null) continue;
          bits |= DOT[r][c];
          if (top == null || p.compareTo(top) > 0) top = p;
        }
      }
      line.append(bits == 0 ? ' ' : (char) (0x2800 + bits));
      return top;
    }

    Drawing.Part asciiCell(int cx, int cy, StringBuilder line) {
      double x = left + (cx * 2 + 1) / scale;
      double y = top - (cy * 4 + 2) / scale;
      double cellW = 2 / scale;
      double cellH = 4 / scale;
      Drawing.Part part = null;
      char ch = ' ';
      double bestDistance = Double.MAX_VALUE;
      for (Drawing.Circle c : d.circles()) {
        double dx = (x - c.x()) / cellW;
        double dy = (y - c.y()) / cellH;
        double r = Math.hypot(dx, dy);
        double rc = c.r() / cellW;
        if (c.filled() && (Math.hypot(x - c.x(), y - c.y()) <= c.r() || r <= 0.5)) {
          return put(line, 'O', c.part());
        }
        if (!c.filled()
            && Math.abs(Math.hypot(x - c.x(), y - c.y()) - c.r()) <= Math.max(cellW, cellH) / 2
            && rc > 0) {
          part = c.part();
          ch = 'o';
        }
      }
      for (Drawing.Line l : d.lines()) {
        // distance in cells, a cell being twice as high as it is wide
        double dist = distanceScaled(x, y, l, cellW, cellH);
        if (dist > 0.5) continue;
        if (part != null && l.part().compareTo(part) < 0) continue;
        if (part != null && l.part() == part && dist >= bestDistance) continue;
        part = l.part();
        bestDistance = dist;
        ch = slope(l, cellW, cellH);
        if (l.part() == Drawing.Part.PROP && l.y1() == l.y2() && l.y1() < 0) ch = '_';
      }
      return put(line, ch, part);
    }

    private static Drawing.Part put(StringBuilder line, char ch, Drawing.Part part) {
      line.append(ch);
      return ch == ' ' ? null : part;
    }

    private static char slope(Drawing.Line l, double cellW, double cellH) {
      double dx = (l.x2() - l.x1()) / cellW;
      double dy = (l.y2() - l.y1()) / cellH;
      double a = Math.toDegrees(Math.atan2(dy, dx));
      if (a < 0) a += 180;
      if (a < 25 || a > 155) return '-';
      if (a > 65 && a < 115) return '|';
      return a < 90 ? '/' : '\\';
    }

    private static double distance(double x, double y, Drawing.Line l) {
      return distanceScaled(x, y, l, 1, 1);
    }

    private static double distanceScaled(double x, double y, Drawing.Line l, double sx, double sy) {
      double x1 = l.x1() / sx;
      double y1 = l.y1() / sy;
      double x2 = l.x2() / sx;
      double y2 = l.y2() / sy;
      double px = x / sx;
      double py = y / sy;
      double vx = x2 - x1;
      double vy = y2 - y1;
      double len = vx * vx + vy * vy;
      double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * vx + (py - y1) * vy) / len));
      return Math.hypot(px - (x1 + t * vx), py - (y1 + t * vy));
    }
  }
}
