package backcare.routine;

import backcare.yaml.CompiledTrees;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in YAML files, compiled at build time into {@code backcare/routines.bin} in the one
 * form of {@link CompiledTrees}. {@link LibraryLoader} falls back to the YAML in the jar when the
 * compiled form is missing (an IDE build, say).
 */
public final class CompiledLibrary {
  static final String RESOURCE = "backcare/routines.bin";

  private CompiledLibrary() {}

  /**
   * {@code CompiledLibrary ROUTINES_DIR OUT_FILE}: compiles every *.yaml of the folder; the Maven
   * build runs it in process-classes.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2)
      throw new IllegalArgumentException("usage: CompiledLibrary ROUTINES_DIR OUT_FILE");
    Map<String, Node> trees = new TreeMap<>();
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
        String name = p.getFileName().toString();
        trees.put(name, YamlReader.readFile(p, name));
      }
    }
    // broken built-in content fails the build here, as it would fail every start
    LibraryLoader.builtIn(trees);
    CompiledTrees.compile(trees, Path.of(args[1]));
  }

  /** The trees of the compiled resource, by file name, or null when the jar has none. */
  static Map<String, Node> readResource() {
    return CompiledTrees.readResource(RESOURCE);
  }
}
