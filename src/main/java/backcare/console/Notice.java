package backcare.console;

import backcare.text.Visible;
import java.util.ArrayList;
import java.util.List;

/**
 * A message shown before a timed run starts, above the reminders: printed as lines and shown on the
 * ready page. {@link Tone#URGENT} is boxed (the emergency signs, the advice of a screen that asked
 * for a clinician), {@link Tone#CAUTION} is a heading over "! " lines (the safety net), and {@link
 * Tone#INFO} is plain (a clearance just recorded).
 */
public record Notice(Tone tone, String heading, List<String> paragraphs) {
  public enum Tone {
    URGENT,
    CAUTION,
    INFO
  }

  public Notice {
    heading = heading == null ? null : Visible.of(heading);
    paragraphs = paragraphs.stream().map(Visible::of).toList();
  }

  /**
   * The notice as lines of at most {@code width} columns, words wrapped, nothing cut: a box of
   * {@code unicode} or ASCII lines for URGENT; a heading over indented "! " paragraphs for CAUTION;
   * the heading and paragraphs as they are for INFO.
   */
  public List<String> lines(int width, boolean unicode) {
    List<String> out = new ArrayList<>();
    int w = Math.max(12, width);
    if (tone == Tone.URGENT) {
      String h = unicode ? "─" : "-";
      String v = unicode ? "│" : "|";
      String title = heading == null || heading.isBlank() ? "" : " " + heading + " ";
      String top = (unicode ? "┌" : "+") + h + title;
      if (top.length()
          > w - 1) { // the heading does not fit on the border: a border, then the heading inside
        out.add((unicode ? "┌" : "+") + h.repeat(w - 2) + (unicode ? "┐" : "+"));
        for (String l : Text.wrap("", heading, w - 4)) out.add(v + " " + pad(l, w - 4) + " " + v);
      } else {
        out.add(top + h.repeat(w - 1 - top.length()) + (unicode ? "┐" : "+"));
      }
      for (String p : paragraphs) {
        for (String l : Text.wrap("", p, w - 4)) out.add(v + " " + pad(l, w - 4) + " " + v);
      }
      out.add((unicode ? "└" : "+") + h.repeat(w - 2) + (unicode ? "┘" : "+"));
      return out;
    }
    if (heading != null && !heading.isBlank()) out.addAll(Text.wrap("", heading, w));
    String prefix = tone == Tone.CAUTION ? "  ! " : "";
    for (String p : paragraphs) out.addAll(Text.wrap(prefix, p, w));
    return out;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
