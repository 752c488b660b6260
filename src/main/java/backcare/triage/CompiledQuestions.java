package backcare.triage;

import java.io.ByteArrayInputStream;
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
    Object tree;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      tree = TriageRules.readTree(in, args[0]);
    }
    // a broken file fails the build here, with every problem listed
    TriageRules.check(tree, args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.write(out, write(tree));
  }

  static byte[] write(Object tree) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      writeValue(out, tree);
    }
    return bytes.toByteArray();
  }

  static Object read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) throw new IOException("not a compiled questions file");
      return readValue(in);
    }
  }

  private static void writeValue(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      out.writeByte(TEXT);
      out.writeUTF(s);
    } else if (v instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object o : list) writeValue(out, o);
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.writeUTF((String) e.getKey());
        writeValue(out, e.getValue());
      }
    } else {
      throw new IllegalArgumentException("not a YAML tree value: " + v.getClass().getName());
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    switch (kind) {
      case NULL:
        return null;
      case TEXT:
        return in.readUTF();
      case LIST:
        {
          int n = in.readInt();
          List<Object> list = new ArrayList<>(n);
          for (int i = 0; i < n; i++) list.add(readValue(in));
          return list;
        }
      case MAP:
        {
          int n = in.readInt();
          Map<String, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) map.put(in.readUTF(), readValue(in));
          return map;
        }
      default:
        throw new IOException("damaged compiled questions file (kind " + kind + ")");
    }
  }
}
