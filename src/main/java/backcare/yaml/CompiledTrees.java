package backcare.yaml;

import backcare.Resources;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one build-time form of the YAML files packaged in the jar (the built-in routines and
 * exercises, the triage questions): their {@link Node} trees, with every line and column, by file
 * name. A start decodes them in a few milliseconds instead of starting Jackson and SnakeYAML
 * (docs/performance.md, "Start-up"), and checks them exactly as it would check the YAML, so
 * messages and rules do not change.
 *
 * <p>The build writes them through {@link #compile}, which decodes what it wrote and fails the
 * build unless that is exactly the trees the YAML parsed to: the cache cannot say anything the YAML
 * does not.
 */
public final class CompiledTrees {
  private static final int MAGIC = 0x42435432; // "BCT2"
  private static final byte SCALAR = 'S';
  private static final byte LIST = 'L';
  private static final byte MAP = 'M';

  private CompiledTrees() {}

  /**
   * Build time: writes {@code trees} to {@code out}, after checking that they decode to exactly
   * themselves.
   */
  public static void compile(Map<String, Node> trees, Path out) throws IOException {
    byte[] data = encode(trees);
    String difference = difference(trees, decode(data));
    if (difference != null) {
      throw new IllegalStateException(
          "the compiled form of the YAML differs from the YAML: " + difference);
    }
    Files.createDirectories(out.getParent());
    Files.write(out, data);
  }

  /** The trees of a compiled resource in the jar, or null when the jar has none. */
  public static Map<String, Node> readResource(String resource) {
    try {
      byte[] data = Resources.read(resource);
      return data == null ? null : decode(data);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Where two sets of trees differ (by name, in order, every field of every node), or null when
   * they do not. Node's records compare every field; their text also compares the order of map
   * entries, which {@link java.util.LinkedHashMap#equals} does not.
   */
  static String difference(Map<String, Node> expected, Map<String, Node> actual) {
    if (!List.copyOf(expected.keySet()).equals(List.copyOf(actual.keySet())))
      return "files " + expected.keySet() + " became " + actual.keySet();
    for (Map.Entry<String, Node> e : expected.entrySet()) {
      Node a = actual.get(e.getKey());
      if (!e.getValue().equals(a) || !e.getValue().toString().equals(a.toString()))
        return e.getKey() + ": " + e.getValue() + " became " + a;
    }
    return null;
  }

  public static byte[] encode(Map<String, Node> trees) throws IOException {
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

  /** The trees, by name in the order they were written. */
  public static Map<String, Node> decode(byte[] data) throws IOException {
    DataInputStream in = Resources.dataInput(data);
    if (in.readInt() != MAGIC) throw new IOException("not a compiled backcare YAML file");
    int n = in.readInt();
    Map<String, Node> trees = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      trees.put(name, readNode(in, 0));
    }
    if (in.read() != -1) throw new IOException("bytes after the last tree");
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
      for (Node.Entry e : m.entries().values()) { // keyed by their own key: the check holds it
        out.writeUTF(e.key());
        out.writeInt(e.keyLine());
        out.writeInt(e.keyColumn());
        writeNode(out, e.value());
      }
    }
  }

  private static Node readNode(DataInputStream in, int depth) throws IOException {
    if (depth > YamlReader.MAX_DEPTH) throw new IOException("nested too deep");
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
          for (int i = 0; i < n; i++) items.add(readNode(in, depth + 1));
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
            entries.put(key, new Node.Entry(key, keyLine, keyColumn, readNode(in, depth + 1)));
          }
          return new Node.MapNode(entries, line, column);
        }
      default:
        throw new IOException("damaged compiled YAML (node tag " + tag + ")");
    }
  }
}
