package backcare.routine;

import backcare.text.Visible;
import backcare.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code validate}'s check that the text of a routine, exercise or safety file holds no control
 * characters (escape sequences, bells, direction overrides: see {@link Visible}). Loading such a
 * file still works, and every command shows those characters written out; validate refuses them so
 * the author finds them. Newlines and tabs are allowed.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * One {@code file:line:column: field.path: ...} problem for each text value with a control
   * character.
   */
  public static List<String> find(Node root, String file) {
    List<String> problems = new ArrayList<>();
    walk(root, "", file, problems);
    return problems;
  }

  private static void walk(Node node, String path, String file, List<String> problems) {
    if (node instanceof Node.Scalar s) {
      int at = s.isNull() ? -1 : Visible.firstControl(s.text());
      if (at >= 0) {
        problems.add(
            file
                + ":"
                + s.line()
                + ":"
                + s.column()
                + ": "
                + (path.isEmpty() ? "" : path + ": ")
                + "contains the control character "
                + Visible.of(String.valueOf(s.text().charAt(at)))
                + " (character "
                + (at + 1)
                + " of the text); write plain text: control characters"
                + " can clear, move or reorder what a terminal shows");
      }
    } else if (node instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++)
        walk(l.items().get(i), path + "[" + i + "]", file, problems);
    } else if (node instanceof Node.MapNode m) {
      for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
        walk(
            e.getValue().value(),
            path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
            file,
            problems);
      }
    }
  }
}
