package backcare.yaml;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML value with where it stands in its file, so that every problem can be reported as {@code
 * file:line:column: field.path: what is wrong}. Jackson's own tree drops locations.
 */
public sealed interface Node {
  /** 1-based line of the value (or of the key, for a missing value). */
  int line();

  /** 1-based column. */
  int column();

  /** A short name of the node's kind for messages: "a map", "a list", "a number", "text". */
  String kindName();

  record Scalar(String text, boolean quoted, boolean isNull, int line, int column) implements Node {
    @Override
    public String kindName() {
      return isNull ? "empty" : "a value";
    }
  }

  record ListNode(List<Node> items, int line, int column) implements Node {
    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A map in file order; each entry also keeps the key's own location. */
  record MapNode(LinkedHashMap<String, Entry> entries, int line, int column) implements Node {
    @Override
    public String kindName() {
      return "a map";
    }

    public Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }
  }

  record Entry(String key, int keyLine, int keyColumn, Node value) {}
}
