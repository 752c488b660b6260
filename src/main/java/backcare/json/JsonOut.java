package backcare.json;

import backcare.text.Visible;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON document and line backcare writes, on Jackson's streaming generator: the {@code
 * --json} documents, the JSON Lines of a running routine and the history's records. No
 * ObjectMapper: starting one cost ~30 ms of a start (docs/performance.md).
 *
 * <p>A value is a tree of maps (string keys, written in the map's order), collections, strings,
 * numbers (Integer, Long, Short, Byte, BigInteger, BigDecimal, Double, Float), booleans and nulls;
 * anything else is refused. Pretty output is Jackson's {@link DefaultPrettyPrinter}, so the bytes
 * are those of ObjectMapper's INDENT_OUTPUT; compact output is one line. In strings and names,
 * besides JSON's own escapes, every character {@link Visible} shows escaped (DEL, C1 controls,
 * direction controls, U+2028 and U+2029) is written as the same {@code \}{@code uXXXX}, so that
 * JSON in a file or on a terminal is the same and safe.
 *
 * <p>{@link #pretty(Object)} and {@link #compact(Object)} give a whole value as a string; {@link
 * #prettyTo} and {@link #compactTo} write a document a piece at a time, such as an array whose
 * elements are written as they are read, or JSON Lines, a {@link #line} at a time.
 */
public final class JsonOut implements Closeable {
  /** JsonFactory's defaults, but closing neither the target nor an unfinished document. */
  private static final int FEATURES =
      JsonGenerator.Feature.collectDefaults()
          & ~JsonGenerator.Feature.AUTO_CLOSE_TARGET.getMask()
          & ~JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT.getMask();

  private static final CharacterEscapes ESCAPES = new VisibleEscapes();

  private final JsonGenerator g;

  /** The pretty printer of a pretty document, else null. */
  private final DefaultPrettyPrinter printer;

  private JsonOut(JsonGenerator g) {
    this.g = g;
    this.printer = (DefaultPrettyPrinter) g.getPrettyPrinter();
  }

  /** {@code value} pretty-printed, as ObjectMapper's INDENT_OUTPUT writes it; no final newline. */
  public static String pretty(Object value) {
    StringWriter w = new StringWriter(256);
    try (JsonOut out = prettyTo(w)) {
      out.value(value);
    }
    return w.toString();
  }

  /** {@code value} on one line, without white space; no final newline. */
  public static String compact(Object value) {
    StringWriter w = new StringWriter(128);
    try (JsonOut out = compactTo(w)) {
      out.value(value);
    }
    return w.toString();
  }

  /**
   * {@code value} on one line as UTF-8 bytes, as {@link #compact} but onto bytes: a lone surrogate
   * (which UTF-8 cannot hold) is written as its {@code \}{@code uXXXX} escape.
   */
  public static byte[] compactBytes(Object value) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    JsonGenerator g = generator(bytes);
    g.setRootValueSeparator(null);
    try (JsonOut out = new JsonOut(g)) {
      out.value(value);
    }
    return bytes.toByteArray();
  }

  /**
   * A pretty-printed document written onto {@code target} a piece at a time. Output is buffered:
   * {@link #flush} or {@link #close} (which leaves {@code target} open) sends it on.
   */
  public static JsonOut prettyTo(Writer target) {
    JsonGenerator g = generator(target);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return new JsonOut(g);
  }

  /**
   * As {@link #prettyTo}, without white space: one document on one line, or JSON Lines written with
   * {@link #line}.
   */
  public static JsonOut compactTo(Writer target) {
    JsonGenerator g = generator(target);
    g.setRootValueSeparator(null);
    return new JsonOut(g);
  }

  /**
   * As {@link #prettyTo(Writer)}, as UTF-8 bytes onto {@code target}, without characters between:
   * the writer of `history --json`, millions of records. The same characters as onto a Writer, but
   * that a lone surrogate (which UTF-8 cannot hold) is written as its {@code \}{@code uXXXX}
   * escape.
   */
  public static JsonOut prettyTo(OutputStream target) {
    JsonGenerator g = generator(target);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return new JsonOut(g);
  }

  /**
   * The generators JsonFactory.createGenerator makes, made here: building a JsonFactory (its symbol
   * tables for parsing, its recycler pools) cost 1.3-3 ms of a start that only writes
   * (docs/performance.md, "One JSON writer").
   */
  private static JsonGenerator generator(Writer target) {
    JsonGenerator g = new WriterBasedJsonGenerator(context(), FEATURES, null, target, '"');
    g.setCharacterEscapes(ESCAPES);
    return g;
  }

  /**
   * Onto bytes, a character outside the BMP is written as its four bytes, as onto a Writer, not as
   * two escapes.
   */
  private static final int BYTE_FEATURES =
      FEATURES | JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8.getMask();

  private static JsonGenerator generator(OutputStream target) {
    JsonGenerator g = new UTF8JsonGenerator(context(), BYTE_FEATURES, null, target, '"');
    g.setCharacterEscapes(ESCAPES);
    return g;
  }

  private static IOContext context() {
    return new IOContext(
        StreamReadConstraints.defaults(),
        StreamWriteConstraints.defaults(),
        ErrorReportConfiguration.defaults(),
        new BufferRecycler(),
        ContentReference.unknown(),
        false);
  }

  /** Writes a whole value: in an array, an element; after {@link #name}, the field's value. */
  public JsonOut value(Object value) {
    try {
      write(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a whole value and ends its line (JSON Lines, with {@link #compactTo}). */
  public JsonOut line(Object value) {
    value(value);
    try {
      g.writeRaw(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a field of the object being written. */
  public JsonOut field(String name, Object value) {
    return name(name).value(value);
  }

  /** Starts a field of the object being written; its value comes next. */
  public JsonOut name(String name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public JsonOut startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public JsonOut endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public JsonOut startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public JsonOut endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Starts an array whose values each go on a line of their own in a pretty document, where an
   * array's values otherwise follow each other on one line: for a list of records written as {@link
   * #rawValue}s, a record a line. Its values are raw values or plain ones, not arrays. In a compact
   * document, an array as any other.
   */
  public JsonOut startLinedArray() {
    if (printer != null) printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    return startArray();
  }

  /** Ends an array started with {@link #startLinedArray}. */
  public JsonOut endLinedArray() {
    endArray();
    if (printer != null) printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    return this;
  }

  /**
   * A whole value given as its compact JSON, {@code json[from..from+length)} in UTF-8, written as
   * it is: the caller vouches that it is one JSON value, made safe for a terminal as this writer
   * makes its own (a record's line as {@link #compactBytes} wrote it).
   */
  public JsonOut rawValue(byte[] json, int from, int length) {
    try {
      g.writeRawValue(new RawValue(json, from, length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Sends what is written so far on to the target, and flushes it. */
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends what is written on to the target and flushes it; leaves the target open and closes no
   * unfinished object or array.
   */
  @Override
  public void close() {
    try {
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("a JSON object's key must be a string: " + e.getKey());
        }
        g.writeFieldName(key);
        write(e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) write(o);
      g.writeEndArray();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).intValue());
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Float f) {
      g.writeNumber(f);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else {
      throw new IllegalArgumentException("no JSON form for a " + v.getClass().getName());
    }
  }

  /**
   * Bytes of JSON as the generators take a raw value: copied onto a byte generator's buffer,
   * decoded for a character one. Never a name or a quoted string.
   */
  private static final class RawValue implements SerializableString {
    private final byte[] bytes;
    private final int from;
    private final int length;

    RawValue(byte[] bytes, int from, int length) {
      this.bytes = bytes;
      this.from = from;
      this.length = length;
    }

    @Override
    public String getValue() {
      return new String(bytes, from, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return java.util.Arrays.copyOfRange(bytes, from, from + length);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (length > buffer.length - offset) return -1;
      System.arraycopy(bytes, from, buffer, offset, length);
      return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String s = getValue();
      if (s.length() > buffer.length - offset) return -1;
      s.getChars(0, s.length(), buffer, offset);
      return s.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, from, length);
      return length;
    }

    @Override
    public int putUnquotedUTF8(java.nio.ByteBuffer out) {
      if (length > out.remaining()) return -1;
      out.put(bytes, from, length);
      return length;
    }

    @Override
    public char[] asQuotedChars() {
      throw notQuoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw notQuoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw notQuoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw notQuoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw notQuoted();
    }

    @Override
    public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
      throw notQuoted();
    }

    private static UnsupportedOperationException notQuoted() {
      return new UnsupportedOperationException("a raw JSON value is never quoted");
    }
  }

  /**
   * JSON's escapes, and each character {@link Visible} shows escaped written as Visible writes it
   * (DEL as {@code \}{@code u007f}): the one place JSON output is made safe for a terminal.
   */
  static final class VisibleEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    VisibleEscapes() {
      for (char c = 0x20; c < 0x80; c++) {
        if (Visible.isControl(c)) ascii[c] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      char c = (char) ch;
      return ch == c && Visible.isControl(c)
          ? new SerializedString(Visible.of(String.valueOf(c)))
          : null;
    }
  }
}
