package backcare.report;

import backcare.report.Report.PainPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pain before and after each session as an inline SVG chart: time across, 0-10 up, on fixed axes so
 * charts compare. The two series differ by marker and line (filled circles on a solid line before,
 * open squares on a dashed line after) as well as colour, so the chart reads in black and white.
 * Each point is one {@code <circle>} or {@code <rect>} of class {@code point}, with its value in
 * {@code data-pain} and a tooltip.
 */
final class PainChart {
  static final int WIDTH = 700;
  static final int HEIGHT = 250;
  private static final int LEFT = 46, RIGHT = 16, TOP = 34, BOTTOM = 42;
  static final String BEFORE_COLOUR = "#1d4f91";
  static final String AFTER_COLOUR = "#b4470b";
  private static final DateTimeFormatter TICK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);

  private PainChart() {}

  static String svg(List<PainPoint> points, LocalDate from, LocalDateTime to) {
    LocalDateTime start = from.atStartOfDay();
    double span = Math.max(1, Duration.between(start, to).toSeconds());
    int plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder b = new StringBuilder(4096);
    b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"Pain from 0 to 10 before and after each session, ")
        .append(from)
        .append(" to ")
        .append(to.toLocalDate())
        .append("\">\n");
    // the 0-10 axis, with a light line every 2 points
    for (int p = 0; p <= 10; p += 2) {
      double y = TOP + plotH - plotH * p / 10.0;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">%d</text>\n",
              LEFT,
              y,
              LEFT + plotW,
              y,
              p == 0 ? "#555" : "#ddd",
              LEFT - 6,
              y + 4,
              p));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>\n",
            LEFT,
            TOP,
            LEFT,
            TOP + plotH));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"12\" y=\"%d\" font-size=\"11\" fill=\"#333\" "
                + "transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">pain (0 none, 10 worst)</text>\n",
            TOP + plotH / 2,
            TOP + plotH / 2));
    // dates across: about six ticks, on whole days
    long days = Math.max(1, Duration.between(start, to).toDays());
    long step = Math.max(1, (long) Math.ceil(days / 6.0));
    for (long d = 0; d <= days; d += step) {
      LocalDateTime at = start.plusDays(d);
      double x = LEFT + plotW * Duration.between(start, at).toSeconds() / span;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">%s</text>\n",
              x,
              TOP + plotH,
              x,
              TOP + plotH + 4,
              x,
              TOP + plotH + 17,
              TICK.format(at)));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">"
                + "date of the session</text>\n",
            LEFT + plotW / 2,
            HEIGHT - 6));
    // the legend, above the plot
    b.append(
        String.format(
            Locale.ROOT,
            "<g class=\"legend\" font-size=\"12\" fill=\"#111\">"
                + "<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<circle cx=\"%d\" cy=\"14\" r=\"4\" fill=\"%s\"/><text x=\"%d\" y=\"18\">before the session</text>"
                + "<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
                + "<rect x=\"%d\" y=\"10\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<text x=\"%d\" y=\"18\">after the session</text></g>\n",
            LEFT,
            LEFT + 28,
            BEFORE_COLOUR,
            LEFT + 14,
            BEFORE_COLOUR,
            LEFT + 34,
            LEFT + 170,
            LEFT + 198,
            AFTER_COLOUR,
            LEFT + 180,
            AFTER_COLOUR,
            LEFT + 204));
    for (boolean before : new boolean[] {true, false}) {
      List<double[]> xy = new ArrayList<>();
      List<PainPoint> series = points.stream().filter(p -> p.before() == before).toList();
      for (PainPoint p : series) {
        double x =
            LEFT
                + plotW
                    * Math.min(span, Math.max(0, Duration.between(start, p.time()).toSeconds()))
                    / span;
        double y = TOP + plotH - plotH * p.pain() / 10.0;
        xy.add(new double[] {x, y});
      }
      String colour = before ? BEFORE_COLOUR : AFTER_COLOUR;
      if (xy.size() > 1) {
        StringBuilder path = new StringBuilder();
        for (double[] p : xy)
          path.append(path.length() == 0 ? "" : " ")
              .append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        b.append("<polyline fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"1.5\"")
            .append(before ? "" : " stroke-dasharray=\"5 3\"")
            .append(" points=\"")
            .append(path)
            .append("\"/>\n");
      }
      for (int i = 0; i < series.size(); i++) {
        PainPoint p = series.get(i);
        double x = xy.get(i)[0], y = xy.get(i)[1];
        String tip =
            "<title>"
                + TIP.format(p.time())
                + ", pain "
                + (before ? "before" : "after")
                + ": "
                + p.pain()
                + "</title>";
        if (before) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<circle class=\"point before\" data-pain=\"%d\" cx=\"%.1f\" "
                      + "cy=\"%.1f\" r=\"4\" fill=\"%s\">%s</circle>\n",
                  p.pain(),
                  x,
                  y,
                  colour,
                  tip));
        } else {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"point after\" data-pain=\"%d\" x=\"%.1f\" "
                      + "y=\"%.1f\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\">%s</rect>\n",
                  p.pain(),
                  x - 4,
                  y - 4,
                  colour,
                  tip));
        }
      }
    }
    return b.append("</svg>").toString();
  }
}
