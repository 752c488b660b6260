package backcare.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one build-time form of the packaged YAML gives back exactly the trees the YAML parses to. */
class CompiledTreesTest {
  private static final String YAML =
      "id: demo\n"
          + "title: \"Quoted: text\"\n"
          + "empty:\n"
          + "tilde: ~\n"
          + "quotedNull: 'null'\n"
          + "list:\n"
          + "  - one\n"
          + "  - {b: 2, a: 1}\n"
          + "  - [x, 'y', \"\"]\n"
          + "unicode: \"caf\u00e9 \u2014 \ud83d\ude00\"\n"
          + "z: last\n"
          + "a: after z\n";

  private static Map<String, Node> trees() {
    Map<String, Node> trees = new LinkedHashMap<>();
    trees.put("b.yaml", YamlReader.readText(YAML, "b.yaml"));
    trees.put("a.yaml", YamlReader.readText("- 1\n- two: 2\n", "a.yaml"));
    return trees;
  }

  @Test
  void compileWritesWhatDecodesToTheParsedTreesInOrder(@TempDir Path dir) throws IOException {
    Map<String, Node> trees = trees();
    Path out = dir.resolve("sub/trees.bin");
    CompiledTrees.compile(trees, out);
    Map<String, Node> back = CompiledTrees.decode(Files.readAllBytes(out));
    assertThat(back).isEqualTo(trees);
    assertThat(List.copyOf(back.keySet())).containsExactly("b.yaml", "a.yaml");
    assertThat(back.toString()).isEqualTo(trees.toString());
  }

  @Test
  void theCheckSeesEveryFieldAndTheOrderOfKeys() {
    Map<String, Node> trees = trees();
    assertThat(CompiledTrees.difference(trees, trees())).isNull();

    // what a codec that sorted a map's keys would give back
    Node.MapNode root = (Node.MapNode) trees.get("b.yaml");
    LinkedHashMap<String, Node.Entry> reordered = new LinkedHashMap<>();
    root.entries().keySet().stream().sorted().forEach(k -> reordered.put(k, root.entries().get(k)));
    assertThat(CompiledTrees.difference(trees, with(trees, reordered, root)))
        .startsWith("b.yaml: ");

    // ... or dropped a scalar's quoting
    Node.Entry title = root.entries().get("title");
    Node.Scalar quoted = (Node.Scalar) title.value();
    LinkedHashMap<String, Node.Entry> unquoted = new LinkedHashMap<>(root.entries());
    unquoted.put(
        "title",
        new Node.Entry(
            "title",
            title.keyLine(),
            title.keyColumn(),
            new Node.Scalar(quoted.text(), false, false, quoted.line(), quoted.column())));
    assertThat(CompiledTrees.difference(trees, with(trees, unquoted, root))).startsWith("b.yaml: ");

    // ... or put the files in another order
    Map<String, Node> swapped = new LinkedHashMap<>();
    swapped.put("a.yaml", trees.get("a.yaml"));
    swapped.put("b.yaml", trees.get("b.yaml"));
    assertThat(CompiledTrees.difference(trees, swapped)).startsWith("files ");
  }

  private static Map<String, Node> with(
      Map<String, Node> trees, LinkedHashMap<String, Node.Entry> entries, Node.MapNode root) {
    Map<String, Node> copy = new LinkedHashMap<>(trees);
    copy.put("b.yaml", new Node.MapNode(entries, root.line(), root.column()));
    return copy;
  }

  @Test
  void damagedBytesAreRefused() throws IOException {
    assertThatThrownBy(() -> CompiledTrees.decode(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}))
        .isInstanceOf(IOException.class);
    byte[] good = CompiledTrees.encode(trees());
    byte[] cut = Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> CompiledTrees.decode(cut)).isInstanceOf(IOException.class);
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> CompiledTrees.decode(longer)).isInstanceOf(IOException.class);
  }

  @Test
  void aMissingResourceIsNull() {
    assertThat(CompiledTrees.readResource("backcare/no-such.bin")).isNull();
  }
}
