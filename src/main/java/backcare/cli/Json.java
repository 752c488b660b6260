package backcare.cli;

import backcare.routine.FilterChange;
import backcare.routine.Segment;
import backcare.text.HumanWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output for --json: pretty-printed, one document, ending in a newline.
 *
 * <p>A document of maps with string keys, lists and sets, strings, whole numbers, finite doubles,
 * booleans and nulls (what the commands build), and the plan's {@link Segment} and {@link
 * FilterChange} records, is written here, byte for byte as Jackson's default pretty printer writes
 * it, because starting Jackson's ObjectMapper cost ~30 ms of every --json start
 * (docs/performance.md). Anything else (other records, enums, arrays) goes to Jackson as before;
 * JsonTest holds the two to the same bytes.
 */
public final class Json {
  private static final String NL = System.lineSeparator();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Json() {}

  /**
   * Never word-wrapped; a control character JSON leaves raw (DEL, C1, U+2028...) is printed as its
   * \\u escape.
   */
  public static void print(PrintWriter out, Object value) {
    PrintWriter w = HumanWriter.unwrapped(out);
    w.println(write(value));
    w.flush();
  }

  /** The document as Json.print prints it, without the final newline. */
  static String write(Object value) {
    if (isPlain(value)) {
      StringBuilder sb = new StringBuilder(1024);
      writePlain(sb, value, 0);
      return sb.toString();
    }
    try {
      return Jackson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  /**
   * A plain value (see {@link #isPlain}) as it is written {@code nesting} levels deep in a
   * document: for a document written a piece at a time, such as `history --json`, which streams its
   * records.
   */
  static String write(Object value, int nesting) {
    StringBuilder sb = new StringBuilder(1024);
    writePlain(sb, value, nesting);
    return sb.toString();
  }

  /** Jackson's mapper, started on first use. */
  public static ObjectMapper mapper() {
    return Jackson.MAPPER;
  }

  private static final class Jackson {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  static boolean isPlain(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      return true;
    }
    if (v instanceof Segment || v instanceof FilterChange) return isPlain(asMap(v));
    if (v instanceof Double d) return Double.isFinite(d);
    if (v instanceof Float f) return Float.isFinite(f);
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String) || !isPlain(e.getValue())) return false;
      }
      return true;
    }
    if (v instanceof Collection<?> c) {
      for (Object o : c) if (!isPlain(o)) return false;
      return true;
    }
    return false;
  }

  /**
   * The records as Jackson writes them: Segment by its annotations, FilterChange by its components.
   */
  private static Map<String, Object> asMap(Object v) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (v instanceof Segment s) {
      m.put("kind", s.kind().id());
      m.put("step", s.step());
      m.put("exercise", s.exercise());
      m.put("side", s.sideId());
      m.put("rep", s.rep());
      m.put("reps", s.reps());
      m.put("seconds", s.seconds());
      m.put("startSecond", s.startSecond());
    } else {
      FilterChange c = (FilterChange) v;
      m.put("stepNumber", c.stepNumber());
      m.put("exercise", c.exercise());
      m.put("replacement", c.replacement());
      m.put("conditions", c.conditions());
      m.put("tags", c.tags());
      m.put("why", c.why());
      m.put("alternatives", c.alternatives());
    }
    return m;
  }

  /**
   * As Jackson's DefaultPrettyPrinter: objects one entry a line, indented by two; arrays inline.
   */
  private static void writePlain(StringBuilder sb, Object v, int nesting) {
    if (v instanceof Segment || v instanceof FilterChange) v = asMap(v);
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      writeString(sb, s);
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{ }");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        indent(sb, nesting + 1);
        writeString(sb, (String) e.getKey());
        sb.append(" : ");
        writePlain(sb, e.getValue(), nesting + 1);
      }
      indent(sb, nesting);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        sb.append("[ ]");
        return;
      }
      sb.append("[ ");
      boolean first = true;
      for (Object o : c) {
        if (!first) sb.append(", ");
        first = false;
        writePlain(sb, o, nesting);
      }
      sb.append(" ]");
    } else {
      sb.append(v); // numbers and booleans: Jackson writes their toString too
    }
  }

  private static void indent(StringBuilder sb, int nesting) {
    sb.append(NL);
    for (int i = 0; i < nesting; i++) sb.append("  ");
  }

  private static void writeString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
