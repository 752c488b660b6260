package backcare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one place where what the user gave is decoded from UTF-8, for every reader of user files and
 * input: a decoder set to {@link CodingErrorAction#REPORT}, so bytes that are not UTF-8 are a
 * problem said with their place, never silently turned into "?" or U+FFFD.
 */
public final class Utf8 {
  private Utf8() {}

  /** Bytes that are not UTF-8: where the first bad byte is, and what it is. */
  public static final class NotUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final int value;

    NotUtf8Exception(int offset, int value) {
      super(String.format("byte 0x%02X at offset %d is not UTF-8", value, offset));
      this.offset = offset;
      this.value = value;
    }

    /** The offset of the first byte that is not UTF-8. */
    public int offset() {
      return offset;
    }

    /** That byte, 0 to 255. */
    public int value() {
      return value;
    }
  }

  /**
   * The text of a file's bytes, or a {@link BadInputException}: {@code name:line:column: the file
   * is not UTF-8 (byte 0xE9 at offset 123); save it as UTF-8}.
   */
  public static String decode(byte[] bytes, String name) {
    try {
      return decode(bytes, bytes.length);
    } catch (NotUtf8Exception e) {
      int[] place = lineAndColumn(bytes, e.offset());
      throw new BadInputException(
          String.format(
              "%s:%d:%d: the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              name, place[0], place[1], e.value(), e.offset()));
    }
  }

  /** The text of {@code bytes[0, length)}, or where it stops being UTF-8. */
  public static String decode(byte[] bytes, int length) throws NotUtf8Exception {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer text = CharBuffer.allocate(length); // UTF-8 never decodes to more chars than bytes
    CoderResult result = decoder.decode(in, text, true);
    if (!result.isError()) result = decoder.flush(text);
    if (result.isError()) throw new NotUtf8Exception(in.position(), bytes[in.position()] & 0xff);
    return text.flip().toString();
  }

  /**
   * A line of input without its ending: its text, or (text null) what it is not: not UTF-8 ({@code
   * notUtf8}), or too long (both null).
   */
  public record Line(String text, NotUtf8Exception notUtf8) {}

  /**
   * The next line of {@code in} (ending at \n, a \r before it dropped), or null at the end of the
   * input. A line of more than {@code maxChars} characters is too long: the rest of it is skipped,
   * never held. Reads a byte at a time, so nothing after the line is taken from {@code in}.
   */
  public static Line readLine(InputStream in, int maxChars) throws IOException {
    // a character is at most 4 bytes: a line of more bytes than that is too long in any case
    byte[] line = new byte[4 * maxChars];
    int length = 0;
    boolean tooLong = false;
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (length < line.length) line[length++] = (byte) c;
      else tooLong = true;
    }
    if (c == -1 && length == 0) return null;
    if (length > 0 && line[length - 1] == '\r') length--;
    if (tooLong) return new Line(null, null);
    try {
      String text = decode(line, length);
      return text.length() > maxChars ? new Line(null, null) : new Line(text, null);
    } catch (NotUtf8Exception e) {
      return new Line(null, e);
    }
  }

  /**
   * The 1-based line and column (in characters) of a byte offset of text that is UTF-8 before it.
   */
  private static int[] lineAndColumn(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }
}
