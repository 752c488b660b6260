package backcare.routine;

import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built-in YAML files, parsed at build time into a compact form of their {@link Node} trees
 * ({@code backcare/routines.bin} in the jar), so that a start reads them without Jackson and
 * SnakeYAML: that parse was ~24 ms of every start (docs/performance.md). The trees keep every line
 * and column, so {@link ContentParser} checks and reports exactly as with the YAML.
 *
 * <p>The Maven build runs {@link #main} in process-classes; {@link LibraryLoader} falls back to the
 * YAML in the jar when the compiled form is missing (an IDE build, say).
 */
public final class CompiledLibrary {
  static final String RESOURCE = "backcare/routines.bin";
  private static final int MAGIC = 0x42434c31; // "BCL1"
  private static final byte SCALAR = 'S';
  private static final byte LIST = 'L';
  private static final byte MAP = 'M';

  private CompiledLibrary() {}

  /** {@code CompiledLibrary ROUTINES_DIR OUT_FILE}: compiles every *.yaml of the folder. */
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
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.write(out, write(trees));
  }

  /** The compiled form of these trees, by file name. */
  static byte[] write(Map<String, Node> trees) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(trees.size());
      for (Map.Entry<String, Node> e : trees.entrySet()) {
        out.writeUTF(e.getKey());
        writeNode(out, e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  /** The trees of the compiled resource, by file name, or null when the jar has none. */
  static Map<String, Node> readResource() {
    try (InputStream in = CompiledLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes());
    } catch (IOException e) {
      return null;
    }
  }

  static Map<String, Node> read(byte[] data) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data));
    if (in.readInt() != MAGIC) throw new IOException("not a compiled backcare library");
    int n = in.readInt();
    Map<String, Node> trees = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      trees.put(name, readNode(in));
    }
    return trees;
  }

  private static void writeNode(DataOutputStream out, Node node) throws IOException {
    if (node instanceof Node.Scalar s) {
      out.writeByte(SCALAR);
      out.writeUTF(s.text());
      out.writeByte((s.quoted() ? 1 : 0) | (s.isNull() ? 2 : 0));
      out.writeInt(s.line());
      out.writeInt(s.column());
    } else if (node instanceof Node.ListNode l) {
      out.writeByte(LIST);
      out.writeInt(l.line());
      out.writeInt(l.column());
      out.writeInt(l.items().size());
      for (Node item : l.items()) writeNode(out, item);
    } else {
      Node.MapNode m = (Node.MapNode) node;
      out.writeByte(MAP);
      out.writeInt(m.line());
      out.writeInt(m.column());
      out.writeInt(m.entries().size());
      for (Node.Entry e : m.entries().values()) {
        out.writeUTF(e.key());
        out.writeInt(e.keyLine());
        out.writeInt(e.keyColumn());
        writeNode(out, e.value());
      }
    }
  }

  private static Node readNode(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case SCALAR:
        {
          String text = in.readUTF();
          int flags = in.readByte();
          return new Node.Scalar(
              text, (flags & 1) != 0, (flags & 2) != 0, in.readInt(), in.readInt());
        }
      case LIST:
        {
          int line = in.readInt();
          int column = in.readInt();
          int n = in.readInt();
          List<Node> items = new ArrayList<>(n);
          for (int i = 0; i < n; i++) items.add(readNode(in));
          return new Node.ListNode(items, line, column);
        }
      case MAP:
        {
          int line = in.readInt();
          int column = in.readInt();
          int n = in.readInt();
          LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            int keyLine = in.readInt();
            int keyColumn = in.readInt();
            entries.put(key, new Node.Entry(key, keyLine, keyColumn, readNode(in)));
          }
          return new Node.MapNode(entries, line, column);
        }
      default:
        throw new IOException("bad node tag " + tag);
    }
  }
}
