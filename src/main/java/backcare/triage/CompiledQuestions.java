package backcare.triage;

import backcare.yaml.Node;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The packaged questions file, parsed at build time into a compact form of its tree ({@code
 * backcare/triage/questions.bin} in the jar), so that triage starts without Jackson and SnakeYAML:
 * that parse was ~20 ms of every start (docs/performance.md). The same checks run on the tree
 * either way. The Maven build runs {@link #main} in process-classes; {@link TriageRules} reads the
 * YAML when the compiled form is missing (an IDE build, say).
 */
public final class CompiledQuestions {
  static final String RESOURCE = "/backcare/triage/questions.bin";
  private static final int MAGIC = 0x42435131; // "BCQ1"
  private static final byte NULL = 'N';
  private static final byte TEXT = 'S';
  private static final byte LIST = 'L';
  private static final byte MAP = 'M';

  private CompiledQuestions() {}

  /** {@code CompiledQuestions QUESTIONS_YAML OUT_FILE}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2)
      throw new IllegalArgumentException("usage: CompiledQuestions QUESTIONS_YAML OUT_FILE");
    Node tree = TriageRules.readYaml(Files.readAllBytes(Path.of(args[0])), args[0]);
    // a broken file fails the build here, with every problem listed and placed
    TriageRules.check(tree, args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.write(out, write(tree));
  }

  static byte[] write(Node tree) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      writeValue(out, tree);
    }
    return bytes.toByteArray();
  }

  /** The tree of a compiled file; it has no lines or columns (0). */
  static Node read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) throw new IOException("not a compiled questions file");
      return readValue(in);
    }
  }

  private static void writeValue(DataOutputStream out, Node v) throws IOException {
    if (v instanceof Node.Scalar s) {
      if (s.isNull()) {
        out.writeByte(NULL);
      } else {
        out.writeByte(TEXT);
        out.writeUTF(s.text());
      }
    } else if (v instanceof Node.ListNode list) {
      out.writeByte(LIST);
      out.writeInt(list.items().size());
      for (Node o : list.items()) writeValue(out, o);
    } else {
      Node.MapNode map = (Node.MapNode) v;
      out.writeByte(MAP);
      out.writeInt(map.entries().size());
      for (Node.Entry e : map.entries().values()) {
        out.writeUTF(e.key());
        writeValue(out, e.value());
      }
    }
  }

  private static Node readValue(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    switch (kind) {
      case NULL:
        return new Node.Scalar("", false, true, 0, 0);
      case TEXT:
        return new Node.Scalar(in.readUTF(), false, false, 0, 0);
      case LIST:
        {
          int n = in.readInt();
          List<Node> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) list.add(readValue(in));
          return new Node.ListNode(list, 0, 0);
        }
      case MAP:
        {
          int n = in.readInt();
          LinkedHashMap<String, Node.Entry> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            map.put(key, new Node.Entry(key, 0, 0, readValue(in)));
          }
          return new Node.MapNode(map, 0, 0);
        }
      default:
        throw new IOException("damaged compiled questions file (kind " + kind + ")");
    }
  }
}
