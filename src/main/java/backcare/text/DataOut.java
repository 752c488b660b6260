package backcare.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output when a command prints data (JSON, CSV): UTF-8 bytes onto the stream, always,
 * through one buffer. {@link HumanWriter#data} finds it under the human writer, so a format that
 * escapes its own text (JsonOut, the history's CSV) writes its characters straight into that buffer
 * rather than a character at a time through the human writer's checks.
 */
public final class DataOut extends PrintWriter {
  private final Utf8 bytes;

  public DataOut(OutputStream stream) {
    this(new Utf8(stream));
  }

  private DataOut(Utf8 bytes) {
    super(bytes, true);
    this.bytes = bytes;
  }

  /** The encoder under this writer: what is written to it goes out in order with this writer's. */
  Writer direct() {
    return bytes;
  }

  /** UTF-8 bytes into the same buffer, as they are: in order with what the writers write. */
  OutputStream bytes() {
    return bytes.raw;
  }

  /**
   * Characters as UTF-8 into a 64 KiB buffer (ASCII a byte at a time, without a CharsetEncoder); a
   * lone surrogate is written as '?', as the JDK's UTF-8 encoder writes it.
   */
  static final class Utf8 extends Writer {
    private final OutputStream stream;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private char high; // a high surrogate whose low one is still to come

    Utf8(OutputStream stream) {
      this.stream = stream;
    }

    /** Bytes that are UTF-8 already, copied in. */
    final OutputStream raw =
        new OutputStream() {
          @Override
          public void write(int c) throws IOException {
            write(new byte[] {(byte) c}, 0, 1);
          }

          @Override
          public void write(byte[] src, int off, int len) throws IOException {
            if (high != 0) { // a high surrogate with no low one after it
              high = 0;
              put('?');
            }
            while (len > 0) {
              if (n == buf.length) drain();
              int k = Math.min(len, buf.length - n);
              System.arraycopy(src, off, buf, n, k);
              n += k;
              off += k;
              len -= k;
            }
          }

          @Override
          public void flush() throws IOException {
            Utf8.this.flush();
          }
        };

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      for (int i = off, end = off + len; i < end; i++) put(chars[i]);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      for (int i = off, end = off + len; i < end; i++) put(s.charAt(i));
    }

    @Override
    public void write(int c) throws IOException {
      put((char) c);
    }

    /** ASCII straight into the buffer; anything else (or after a high surrogate) encoded. */
    private void put(char c) throws IOException {
      if (c < 0x80 && high == 0) {
        if (n == buf.length) drain();
        buf[n++] = (byte) c;
      } else {
        encode(c);
      }
    }

    private void encode(char c) throws IOException {
      if (buf.length - n < 4) drain();
      if (high != 0) {
        char h = high;
        high = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(h, c);
          buf[n++] = (byte) (0xf0 | cp >> 18);
          buf[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
          buf[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
          buf[n++] = (byte) (0x80 | cp & 0x3f);
          return;
        }
        buf[n++] = '?';
      }
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xc0 | c >> 6);
        buf[n++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c)) {
        buf[n++] = '?';
      } else {
        buf[n++] = (byte) (0xe0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        buf[n++] = (byte) (0x80 | c & 0x3f);
      }
    }

    private void drain() throws IOException {
      stream.write(buf, 0, n);
      n = 0;
      // System.out keeps its failures to itself: a closed pipe must stop the writing
      if (stream instanceof PrintStream p && p.checkError())
        throw new IOException("the output is closed");
    }

    @Override
    public void flush() throws IOException {
      drain();
      stream.flush();
    }

    @Override
    public void close() throws IOException {
      if (high != 0) {
        high = 0;
        if (n == buf.length) drain();
        buf[n++] = '?';
      }
      flush();
      stream.close();
    }
  }
}
