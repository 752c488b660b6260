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
