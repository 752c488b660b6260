package backcare.triage;

import backcare.yaml.CompiledTrees;
import backcare.yaml.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged questions file, compiled at build time into {@code backcare/triage/questions.bin} in
 * the one form of {@link CompiledTrees} (that of the routines), locations and all. {@link
 * TriageRules} runs the same checks on it as on the YAML, and reads the YAML when the compiled form
 * is missing (an IDE build, say).
 */
public final class CompiledQuestions {
  static final String RESOURCE = "/backcare/triage/questions.bin";
  private static final String NAME = "questions.yaml";

  private CompiledQuestions() {}

  /**
   * {@code CompiledQuestions QUESTIONS_YAML OUT_FILE}; the Maven build runs it in process-classes,
   * and a broken file fails the build here, with every problem listed and placed.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2)
      throw new IllegalArgumentException("usage: CompiledQuestions QUESTIONS_YAML OUT_FILE");
    Node tree = TriageRules.readYaml(Files.readAllBytes(Path.of(args[0])), args[0]);
    TriageRules.check(tree, args[0]);
    CompiledTrees.compile(Map.of(NAME, tree), Path.of(args[1]));
  }

  /** The compiled questions' tree, or null when the jar has none. */
  static Node read() {
    Map<String, Node> trees = CompiledTrees.readResource(RESOURCE.substring(1));
    return trees == null ? null : trees.get(NAME);
  }
}
