package backcare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's {@link DefaultPrettyPrinter}, its separators and line indents written as bytes made
 * once ({@code writeRaw(SerializableString)}, an array copy onto UTF-8) instead of as Strings that
 * the byte generator turns into bytes a character at a time, which was a fifth of `history --json`
 * over a million records (docs/performance.md). The same bytes: a test holds it to
 * DefaultPrettyPrinter's.
 */
final class BytePrettyPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  private final SerializedString fieldValueSeparator =
      new SerializedString(_objectFieldValueSeparatorWithSpaces);
  private final SerializedString objectEntrySeparator = new SerializedString(_objectEntrySeparator);
  private final SerializedString arrayValueSeparator = new SerializedString(_arrayValueSeparator);

  BytePrettyPrinter() {
    _objectIndenter = new LineIndenter();
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(fieldValueSeparator);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(objectEntrySeparator);
    _objectIndenter.writeIndentation(g, _nesting);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(arrayValueSeparator);
    _arrayIndenter.writeIndentation(g, _nesting);
  }

  @Override
  public BytePrettyPrinter createInstance() {
    return new BytePrettyPrinter();
  }

  private byte[] laidOut = new byte[1024];

  /**
   * Compact JSON in the plain form ({@link JsonOut#plainValue}) laid out as this printer lays out
   * the same value written a token at a time at the place it goes now, into {@link #laidOut}:
   * returns how many bytes. Arrays lie inline (a space inside each bracket, a comma and a space
   * between items, as Jackson's FixedSpaceIndenter); an object's fields go one a line at its
   * indent.
   */
  int layOut(byte[] b, int from, int to) {
    byte[] entry = ((LineIndenter) _objectIndenter).level(_nesting + 1);
    byte[] close = ((LineIndenter) _objectIndenter).level(_nesting);
    byte[] colon = fieldValueSeparator.asUnquotedUTF8();
    int most = (to - from) * (entry.length + colon.length) + close.length + 8;
    if (laidOut.length < most) laidOut = new byte[Math.max(most, laidOut.length * 2)];
    byte[] out = laidOut;
    int n = 0;
    boolean inArray = false; // the plain form has no array in an array, nor an object in either
    // a byte at a time, copied in the same loop that looks at it: records are short strings and
    // numbers, for which a call to copy costs more than the copy (C1 compiles this)
    for (int i = from; i < to; i++) {
      byte c = b[i];
      switch (c) {
        case '"' -> { // a plain string holds no quote and no backslash: copied to its end
          out[n++] = c;
          byte d;
          do {
            d = b[++i];
            out[n++] = d;
          } while (d != '"');
        }
        case ':' -> {
          for (byte x : colon) out[n++] = x;
        }
        case ',' -> {
          out[n++] = ',';
          if (inArray) out[n++] = ' ';
          else for (byte x : entry) out[n++] = x;
        }
        case '[', '{' -> {
          out[n++] = c;
          byte closing = c == '[' ? (byte) ']' : (byte) '}';
          if (b[i + 1] == closing) { // empty: "[ ]", "{ }"
            out[n++] = ' ';
            out[n++] = b[++i];
          } else if (c == '[') {
            inArray = true;
            out[n++] = ' ';
          } else {
            for (byte x : entry) out[n++] = x;
          }
        }
        case ']' -> {
          inArray = false;
          out[n++] = ' ';
          out[n++] = ']';
        }
        case '}' -> {
          for (byte x : close) out[n++] = x;
          out[n++] = '}';
        }
        default -> out[n++] = c;
      }
    }
    return n;
  }

  /** The buffer {@link #layOut} writes into. */
  byte[] laidOut() {
    return laidOut;
  }

  /** DefaultIndenter's line feed and indent a level, a SerializedString per level. */
  private static final class LineIndenter implements Indenter {
    private SerializedString[] levels = new SerializedString[0];

    @Override
    public boolean isInline() {
      return false;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      g.writeRaw(string(level));
    }

    byte[] level(int level) {
      return string(level).asUnquotedUTF8();
    }

    private SerializedString string(int level) {
      if (level >= levels.length) {
        SerializedString[] more = java.util.Arrays.copyOf(levels, level + 8);
        DefaultIndenter d = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;
        for (int i = levels.length; i < more.length; i++)
          more[i] = new SerializedString(d.getEol() + d.getIndent().repeat(i));
        levels = more;
      }
      return levels[level];
    }
  }
}
