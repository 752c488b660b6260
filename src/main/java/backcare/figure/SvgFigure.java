package backcare.figure;

import java.util.List;
import java.util.Locale;

/**
 * Phases of a figure as one standalone SVG, side by side, each labelled under it when it has a
 * name: round strokes (the trunk thicker than the limbs, the far limbs lighter), a filled head, the
 * props in a pale grey, a viewBox that fits, and {@code height} pixels high.
 */
public final class SvgFigure {
  static final String NEAR = "#2b3440";
  static final String FAR = "#8c96a3";
  static final String PROP = "#b5bcc6";
  private static final double MARGIN = 4;
  private static final double GAP = 12;
  private static final double LABEL = 13;

  private SvgFigure() {}

  /** {@code labels} line up with {@code phases}; a null label leaves no room for one. */
  public static String render(String title, List<Drawing> phases, List<String> labels, int height) {
    double[][] bounds = new double[phases.size()][];
    double width = 0;
    double top = 0;
    for (int i = 0; i < phases.size(); i++) {
      bounds[i] = phases.get(i).bounds();
      width += bounds[i][2] - bounds[i][0] + (i > 0 ? GAP : 0);
      top = Math.max(top, bounds[i][3]);
    }
    double bottom = Math.min(0, phases.stream().mapToDouble(d -> d.bounds()[1]).min().orElse(0));
    boolean labelled = labels.stream().anyMatch(l -> l != null);
    double vbW = width + 2 * MARGIN;
    double vbH = top - bottom + 2 * MARGIN + (labelled ? LABEL : 0);
    if (height < 0)
      height = (int) Math.round(vbH * -height / 100.0); // a sheet: every figure to one scale
    long pxW = Math.round(vbW * height / vbH);
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(pxW)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(n(vbW))
        .append(' ')
        .append(n(vbH))
        .append("\">\n");
    s.append("  <title>").append(escape(title)).append("</title>\n");
    s.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    double x0 = MARGIN;
    for (int i = 0; i < phases.size(); i++) {
      double dx = x0 - bounds[i][0];
      double flip = top + MARGIN; // svg y = flip - y
      s.append("  <g stroke-linecap=\"round\" stroke-linejoin=\"round\" fill=\"none\">\n");
      for (Drawing.Line l : phases.get(i).lines()) {
        s.append("    <line x1=\"")
            .append(n(l.x1() + dx))
            .append("\" y1=\"")
            .append(n(flip - l.y1()))
            .append("\" x2=\"")
            .append(n(l.x2() + dx))
            .append("\" y2=\"")
            .append(n(flip - l.y2()))
            .append("\" stroke=\"")
            .append(colour(l.part()))
            .append("\" stroke-width=\"")
            .append(n(2 * Drawing.halfWidth(l.part())))
            .append("\"/>\n");
      }
      for (Drawing.Circle c : phases.get(i).circles()) {
        s.append("    <circle cx=\"")
            .append(n(c.x() + dx))
            .append("\" cy=\"")
            .append(n(flip - c.y()))
            .append("\" r=\"")
            .append(n(c.r()))
            .append('"');
        if (c.filled()) s.append(" fill=\"").append(colour(c.part())).append("\" stroke=\"none\"");
        else s.append(" stroke=\"").append(colour(c.part())).append("\" stroke-width=\"2\"");
        s.append("/>\n");
      }
      s.append("  </g>\n");
      String label = i < labels.size() ? labels.get(i) : null;
      if (label != null) {
        double cx = x0 + (bounds[i][2] - bounds[i][0]) / 2;
        s.append("  <text x=\"")
            .append(n(cx))
            .append("\" y=\"")
            .append(n(vbH - MARGIN - 2))
            .append("\" font-family=\"sans-serif\" font-size=\"9\" text-anchor=\"middle\" fill=\"")
            .append(NEAR)
            .append("\">")
            .append(escape(label))
            .append("</text>\n");
      }
      x0 += bounds[i][2] - bounds[i][0] + GAP;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** One figure of a contact sheet: its title and its phases. */
  public record Entry(String title, List<Drawing> phases, List<String> labels) {}

  /**
   * Every entry on one sheet, {@code perRow} a row, all to one scale (a standing person {@code
   * height} pixels high), each with its title under it: for looking at all the figures at once.
   */
  public static String sheet(List<Entry> entries, int perRow, int height) {
    List<String> cells = new java.util.ArrayList<>();
    List<Long> widths = new java.util.ArrayList<>();
    List<Long> heights = new java.util.ArrayList<>();
    long cellH = 0;
    for (Entry e : entries) {
      String one = render(e.title(), e.phases(), e.labels(), -height);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("width=\"(\\d+)\"").matcher(one);
      widths.add(m.find() ? Long.parseLong(m.group(1)) : height);
      java.util.regex.Matcher mh =
          java.util.regex.Pattern.compile("height=\"(\\d+)\"").matcher(one);
      heights.add(mh.find() ? Long.parseLong(mh.group(1)) : height);
      cellH = Math.max(cellH, heights.get(heights.size() - 1));
      cells.add(one);
    }
    int pad = 16;
    int caption = 22;
    long cellW = widths.stream().mapToLong(Long::longValue).max().orElse(height) + pad;
    int rows = (entries.size() + perRow - 1) / perRow;
    long w = cellW * Math.min(perRow, Math.max(1, entries.size())) + pad;
    long h = rows * (cellH + caption + pad) + pad;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\">\n");
    s.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (int i = 0; i < cells.size(); i++) {
      long x = pad + (i % perRow) * cellW;
      long y = pad + (i / perRow) * (cellH + caption + pad);
      s.append(
          cells
              .get(i)
              .replaceFirst(
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" ",
                  "<svg x=\"" + x + "\" y=\"" + (y + cellH - heights.get(i)) + "\" "));
      s.append("  <text x=\"")
          .append(x + widths.get(i) / 2)
          .append("\" y=\"")
          .append(y + cellH + 16)
          .append("\" font-family=\"sans-serif\" font-size=\"14\" text-anchor=\"middle\" fill=\"")
          .append(NEAR)
          .append("\">")
          .append(escape(entries.get(i).title()))
          .append("</text>\n");
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static String colour(Drawing.Part part) {
    return switch (part) {
      case FAR -> FAR;
      case PROP -> PROP;
      case HEAT -> "#e07b39";
      case COLD -> "#3d8bd4";
      case TRUNK, NEAR, HEAD -> NEAR;
    };
  }

  /** A number with at most one decimal, the same in every locale. */
  private static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
    return s.equals("-0") ? "0" : s;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
