package backcare.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * History lines written with Jackson's streaming generator, without an ObjectMapper: building one
 * costs tens of milliseconds at every start of `routine` and `triage`, which write the history
 * (docs/performance.md). The JSON is the same. (Lines are read by {@link RecordJson#decode}.)
 */
final class LightJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private LightJson() {}

  /** One line of compact JSON for maps, collections, strings, numbers, booleans and nulls. */
  static String write(Map<String, ?> value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A generator of this writer's form (for a stream of lines, such as `history --jsonl`). */
  static JsonGenerator generator(java.io.Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.setRootValueSeparator(null);
    return g;
  }

  /** {@code v} onto {@code g}, as {@link #write(Map)} writes it. */
  static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) write(g, o);
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
    }
  }
}
