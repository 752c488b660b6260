package backcare.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The history file's lines, read forwards from the start or backwards from the end, a chunk at a
 * time: memory stays at a chunk and the longest line, never the file. A line longer than {@link
 * #MAX_LINE} (no record comes near it) is handed on as too long, without its bytes.
 */
final class Lines {
  static final int CHUNK = 64 << 10;

  /** The longest line read; a record is a few hundred bytes. */
  static final int MAX_LINE = 1 << 20;

  /**
   * Where the bytes come from: a positional read, as {@link FileChannel#read(ByteBuffer, long)}.
   */
  interface Source {
    int read(ByteBuffer into, long position) throws IOException;

    static Source of(byte[] bytes) {
      return (into, position) -> {
        if (position >= bytes.length) return -1;
        int n = (int) Math.min(into.remaining(), bytes.length - position);
        into.put(bytes, (int) position, n);
        return n;
      };
    }
  }

  /**
   * One line, without its newline. {@code text} is null when the line was longer than {@link
   * #MAX_LINE}; {@code offset} is where it starts in the file; {@code unended} is true for a last
   * line with no newline after it (perhaps cut off). Return false to stop reading.
   */
  interface Sink {
    boolean line(String text, long offset, boolean unended) throws IOException;
  }

  /**
   * One line as bytes, {@code bytes[from..from+length)}, valid only during the call; {@code bytes}
   * is null when the line was longer than {@link #MAX_LINE}. Otherwise as {@link Sink}.
   */
  interface ByteSink {
    boolean line(byte[] bytes, int from, int length, long offset, boolean unended)
        throws IOException;

    /**
     * Tries to take the whole line that starts at {@code bytes[from]} (at {@code offset} in the
     * file) without its end having been looked for: when the sink can find the line's newline
     * itself before {@code limit} (the chunk's end) and takes the line as {@link #line} would, it
     * returns the line's length (the newline's position minus {@code from}); else -1, having done
     * nothing, and the line comes to {@link #line} as usual. A forward read only; reading goes on
     * after a line taken. For a sink that reads every byte of a line anyway, this saves a pass.
     */
    default int take(byte[] bytes, int from, int limit, long offset) throws IOException {
      return -1;
    }
  }

  private Lines() {}

  /** Every line of the first {@code size} bytes, first to last. */
  static void forwards(Source in, long size, Sink sink) throws IOException {
    forwards(in, size, CHUNK, sink);
  }

  /** As above, reading {@code chunkSize} bytes at a time. */
  static void forwards(Source in, long size, int chunkSize, Sink sink) throws IOException {
    forwards(
        in,
        size,
        chunkSize,
        (bytes, from, length, offset, unended) ->
            sink.line(bytes == null ? null : decode(bytes, from, length), offset, unended));
  }

  /** Every line of the first {@code size} bytes, first to last, as bytes: no String per line. */
  static void forwards(Source in, long size, int chunkSize, ByteSink sink) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(chunkSize);
    Pending pending = new Pending();
    long pos = 0;
    long lineStart = 0;
    while (pos < size) {
      chunk.clear().limit((int) Math.min(chunkSize, size - pos));
      int n = fill(in, chunk, pos);
      if (n <= 0) break; // shorter than its size: what was there is all there is
      byte[] b = chunk.array();
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (i == from && pending.isEmpty()) { // a line starts here, in this chunk
          int length = sink.take(b, from, n, pos + from);
          if (length >= 0) {
            i = from + length; // its newline
            if (i >= n || b[i] != '\n') throw new IllegalStateException("took no whole line");
            from = i + 1;
            lineStart = pos + from;
            continue;
          }
        }
        if (b[i] != '\n') continue;
        boolean whole = pending.isEmpty();
        if (!whole) pending.add(b, from, i - from);
        boolean more =
            whole
                ? sink.line(b, from, i - from, lineStart, false)
                : sink.line(pending.bytes(), 0, pending.length(), lineStart, false);
        pending.clear();
        if (!more) return;
        from = i + 1;
        lineStart = pos + from;
      }
      pending.add(b, from, n - from);
      pos += n;
    }
    if (pending.length() > 0 || pending.tooLong())
      sink.line(pending.bytes(), 0, pending.length(), lineStart, true);
  }

  /**
   * Every line of the first {@code size} bytes, last to first. A file that ends with a newline has
   * no empty line after it; one that does not ends with an unended line.
   */
  static void backwards(Source in, long size, Sink sink) throws IOException {
    backwards(
        in,
        size,
        (bytes, from, length, offset, unended) ->
            sink.line(bytes == null ? null : decode(bytes, from, length), offset, unended));
  }

  /** As above, as bytes: no String per line. */
  static void backwards(Source in, long size, ByteSink sink) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    Pending after = new Pending(); // the end of the line the chunk before this one starts
    long end = size;
    boolean last = true;
    while (end > 0) {
      int n = (int) Math.min(CHUNK, end);
      long start = end - n;
      chunk.clear().limit(n);
      if (fill(in, chunk, start) < n)
        throw new IOException("the file got shorter while it was read");
      byte[] b = chunk.array();
      int to = n;
      for (int i = lastNewline(b, n); i >= 0; i = lastNewline(b, i)) {
        boolean unended = last;
        last = false;
        // the newline that ends the file has nothing after it: no line
        if (!(unended && i == n - 1 && after.isEmpty())) {
          boolean more =
              after.isEmpty()
                  ? sink.line(b, i + 1, to - i - 1, start + i + 1, unended)
                  : line(sink, after.prepend(b, i + 1, to - i - 1), start + i + 1, unended);
          if (!more) return;
        }
        after.clear();
        to = i;
      }
      after.prepend(b, 0, to);
      end = start;
    }
    if (size > 0) line(sink, after, 0, last); // the first line, even an empty one
  }

  /**
   * The lines that start at {@code offsets[0..count)} (ascending, each where a line starts) in the
   * first {@code size} bytes, in that order, with their offsets: a second look at a few lines.
   * Lines close together come from one read of a chunk of {@code chunkSize} bytes, not a read each.
   */
  static void at(Source in, long size, int chunkSize, long[] offsets, int count, ByteSink sink)
      throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(chunkSize);
    byte[] b = chunk.array();
    long chunkAt = 0;
    int n = 0;
    for (int i = 0; i < count; i++) {
      long at = offsets[i];
      int end = at >= chunkAt && at < chunkAt + n ? newline(b, (int) (at - chunkAt), n) : -1;
      if (end < 0 && at < size) { // not whole in this chunk: read one from the line on
        chunk.clear().limit((int) Math.min(chunkSize, size - at));
        chunkAt = at;
        n = fill(in, chunk, at);
        end = newline(b, 0, n);
      }
      boolean more;
      if (end >= 0) {
        int from = (int) (at - chunkAt);
        more = sink.line(b, from, end - from, at, false);
      } else { // longer than a chunk, or the last line without a newline: read on to its end
        boolean[] going = {true};
        forwards(
            (into, position) -> in.read(into, at + position),
            size - at,
            chunkSize,
            (bytes, from, length, offset, unended) -> {
              going[0] = sink.line(bytes, from, length, at, unended);
              return false;
            });
        more = going[0];
      }
      if (!more) return;
    }
  }

  /** The first newline in {@code b[from..to)}, or -1. */
  private static int newline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] == '\n') return i;
    return -1;
  }

  /**
   * The position of the last newline in {@code b[0..before)}, or -1. A method of its own, called
   * once a line, so that the JIT compiles it after a few lines, where the loop inside {@link
   * #backwards} waited for an on-stack replacement of the whole method (a million-record history's
   * tail spent ~3 ms interpreting it).
   */
  private static int lastNewline(byte[] b, int before) {
    int i = before - 1;
    while (i >= 0 && b[i] != '\n') i--;
    return i;
  }

  private static boolean line(ByteSink sink, Pending p, long offset, boolean unended)
      throws IOException {
    return sink.line(p.bytes(), 0, p.length(), offset, unended);
  }

  private static int fill(Source in, ByteBuffer into, long position) throws IOException {
    int total = 0;
    while (into.hasRemaining()) {
      int r = in.read(into, position + total);
      if (r < 0) break;
      total += r;
    }
    return total;
  }

  private static String decode(byte[] b, int from, int length) {
    return new String(b, from, length, StandardCharsets.UTF_8);
  }

  /** The part of a line seen so far, up to MAX_LINE bytes; past that only its being too long. */
  private static final class Pending {
    private byte[] bytes = new byte[0];
    private int length;
    private boolean tooLong;

    boolean isEmpty() {
      return length == 0 && !tooLong;
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }

    void clear() {
      length = 0;
      tooLong = false;
      if (bytes.length > CHUNK) bytes = new byte[0];
    }

    Pending add(byte[] b, int from, int count) {
      if (tooLong || count == 0) return this;
      if (length + count > MAX_LINE) {
        tooLong = true;
        length = 0;
        return this;
      }
      if (length + count > bytes.length)
        bytes = Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
      System.arraycopy(b, from, bytes, length, count);
      length += count;
      return this;
    }

    Pending prepend(byte[] b, int from, int count) {
      if (tooLong || count == 0) return this;
      if (length + count > MAX_LINE) {
        tooLong = true;
        length = 0;
        return this;
      }
      byte[] joined =
          length + count > bytes.length
              ? new byte[Math.max(length + count, bytes.length * 2)]
              : bytes;
      System.arraycopy(bytes, 0, joined, count, length);
      System.arraycopy(b, from, joined, 0, count);
      bytes = joined;
      length += count;
      return this;
    }

    /** The line's bytes (the first {@link #length}), or null when it was too long. */
    byte[] bytes() {
      return tooLong ? null : bytes;
    }
  }
}
