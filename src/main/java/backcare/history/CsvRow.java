package backcare.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CSV rows as UTF-8 bytes, gathered and written onto the output a batch at a time: the writer below
 * sees a few large pieces, not a row at a time.
 */
final class CsvRow {
  /** How much is gathered before it is written. */
  static final int BATCH = 1 << 15;

  private final OutputStream out;
  private byte[] buf = new byte[BATCH + 1024];
  private int n;

  CsvRow(OutputStream out) {
    this.out = out;
  }

  void put(byte c) {
    if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
    buf[n++] = c;
  }

  void put(byte[] b, int from, int to) {
    int len = to - from;
    if (n + len > buf.length) buf = Arrays.copyOf(buf, Math.max(n + len, n * 2));
    System.arraycopy(b, from, buf, n, len);
    n += len;
  }

  /** The row's buffer, with room for {@code n} more bytes after {@link #size}, to write into. */
  byte[] room(int n) {
    if (this.n + n > buf.length) buf = Arrays.copyOf(buf, Math.max(this.n + n, this.n * 2));
    return buf;
  }

  /** How many bytes are gathered. */
  int size() {
    return n;
  }

  /** Sets how many bytes are gathered, after writing into {@link #room}. */
  void size(int n) {
    this.n = n;
  }

  /** A whole number (a record's: a line in the plain form has its digits copied instead). */
  void number(long v) {
    text(Long.toString(v));
  }

  /** Text, as UTF-8. */
  void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    put(b, 0, b.length);
  }

  /** Ends a row; writes the batch once it is full. */
  void end(byte[] newline) {
    put(newline, 0, newline.length);
    if (n >= BATCH) send();
  }

  /** Writes what is gathered. */
  void send() {
    try {
      out.write(buf, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    n = 0;
  }
}
