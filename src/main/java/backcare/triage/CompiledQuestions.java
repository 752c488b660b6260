package backcare.triage;

import backcare.yaml.CompiledTrees;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged questions file, compiled at build time into {@code backcare/triage/questions.bin} in
 * the one form of {@link CompiledTrees} (that of the routines). {@link TriageRules} runs the same
 * checks on it as on the YAML, and reads the YAML when the compiled form is missing (an IDE build,
 * say).
 */
public final class CompiledQuestions {
  static final String RESOURCE = "/backcare/triage/questions.bin";
  private static final String NAME = "questions.yaml";

  private CompiledQuestions() {}

  /**
   * {@code CompiledQuestions QUESTIONS_YAML OUT_FILE}; the Maven build runs it in process-classes,
   * and a broken file fails the build here, with every problem listed.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2)
      throw new IllegalArgumentException("usage: CompiledQuestions QUESTIONS_YAML OUT_FILE");
    Node tree = YamlReader.readFile(Path.of(args[0]), args[0]);
    TriageRules.check(plain(tree), args[0]);
    CompiledTrees.compile(Map.of(NAME, tree), Path.of(args[1]));
  }

  /** The compiled questions as a tree, or null when the jar has none. */
  static Node readNode() {
    Map<String, Node> trees = CompiledTrees.readResource(RESOURCE.substring(1));
    return trees == null ? null : trees.get(NAME);
  }

  /**
   * The compiled questions in the form {@link TriageRules#check} reads (maps, lists, strings and
   * nulls, as its own YAML reader gives them), or null when the jar has none.
   */
  static Object read() {
    Node tree = readNode();
    return tree == null ? null : plain(tree);
  }

  /** A tree as plain maps, lists, strings (every scalar) and nulls. */
  static Object plain(Node node) {
    if (node instanceof Node.Scalar s) return s.isNull() ? null : s.text();
    if (node instanceof Node.ListNode l) {
      List<Object> list = new ArrayList<>(l.items().size());
      for (Node item : l.items()) list.add(plain(item));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (Node.Entry e : ((Node.MapNode) node).entries().values())
      map.put(e.key(), plain(e.value()));
    return map;
  }
}
