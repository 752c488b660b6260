package backcare.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written as characters onto a writer, for a format that writes bytes when standard
 * output is not {@link DataOut}. A character split between two writes is joined; a byte that is not
 * UTF-8 becomes U+FFFD.
 */
final class DecodingStream extends OutputStream {
  private final Writer target;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer in = ByteBuffer.allocate(8192);
  private final CharBuffer out = CharBuffer.allocate(8192);

  DecodingStream(Writer target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int k = Math.min(len, in.remaining());
      in.put(b, off, k);
      off += k;
      len -= k;
      in.flip();
      decode(false);
      in.compact(); // an unfinished character stays for the next write
    }
  }

  private void decode(boolean end) throws IOException {
    while (true) {
      CoderResult r = decoder.decode(in, out, end);
      target.write(out.array(), 0, out.position());
      out.clear();
      if (r.isUnderflow()) return;
    }
  }

  /** Flushes the writer; an unfinished character waits for its other bytes. */
  @Override
  public void flush() throws IOException {
    target.flush();
  }

  /** Writes what is left (an unfinished character as U+FFFD) and flushes; the writer stays open. */
  @Override
  public void close() throws IOException {
    in.flip();
    decode(true);
    decoder.flush(out);
    target.write(out.array(), 0, out.position());
    out.clear();
    in.clear();
    decoder.reset();
    target.flush();
  }
}
