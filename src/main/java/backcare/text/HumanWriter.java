package backcare.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The writer every command prints through (picocli's out and err, see {@code HumanOutput}): each
 * character is made {@link Visible} on its way out, whoever printed it, and, when wrapping is on,
 * each finished line is {@link Wrap word-wrapped} to the terminal's width. Colour is added only by
 * {@link #printlnStyled}, after the text is made visible. Output meant for programs (JSON, CSV,
 * completion scripts, tables) goes through {@link #unwrapped}: made visible, never wrapped, never
 * cut. A line people read is never longer than {@link #MAX_LINE} characters, whatever it echoes (an
 * id or a value from a huge file or argument): the rest is left out and counted.
 */
public final class HumanWriter extends PrintWriter {
  /**
   * The most characters of one line a person is shown; longer lines are cut, with how much was left
   * out.
   */
  public static final int MAX_LINE = 1000;

  private final Lines lines;

  private HumanWriter(Lines lines) {
    super(lines, true);
    this.lines = lines;
  }

  /**
   * A writer onto {@code sink}. {@code width} is asked once, when a line first needs it; with
   * {@code wrap} false lines are never wrapped (error messages keep their file:line:column form).
   */
  public static HumanWriter over(Writer sink, IntSupplier width, boolean wrap) {
    return new HumanWriter(new Lines(sink, width, wrap));
  }

  /**
   * {@code text} as whole lines in {@code style}: made visible, wrapped, each line styled and
   * reset.
   */
  public void printlnStyled(Style style, String text) {
    try {
      synchronized (lock) {
        lines.styled(style, text);
      }
      flush();
    } catch (IOException e) {
      setError();
    }
  }

  /**
   * {@code line} when it has at most {@code max} characters; otherwise as much of it as fits in
   * {@code max} together with a note of how many characters were left out.
   */
  public static String cut(String line, int max) {
    if (line.length() <= max) return line;
    String note = " ... (" + line.length() + " more characters)"; // the count is at most this long
    int keep = Math.max(0, max - note.length());
    if (keep > 0 && Character.isHighSurrogate(line.charAt(keep - 1))) keep--;
    return line.substring(0, keep) + " ... (" + (line.length() - keep) + " more characters)";
  }

  /** A writer onto the same output whose lines are never wrapped nor cut (still made visible). */
  public PrintWriter unwrapped() {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            synchronized (lines) {
              lines.write(buf, off, len, false);
            }
          }

          @Override
          public void flush() throws IOException {
            synchronized (lines) {
              lines.flush();
            }
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        },
        true);
  }

  /**
   * A writer for data (JSON, CSV) onto {@code out} that passes characters as they are: never
   * wrapped, cut, nor made {@link Visible}, so the format must escape every control character
   * itself (JsonOut does, and the history's CSV). When {@code out} is the human writer over {@link
   * DataOut} (a command's stdout when it prints data), straight into DataOut's UTF-8 buffer, with
   * any unfinished line flushed first; otherwise {@code out}'s unwrapped view, which makes visible
   * too (the same characters, for escaped data).
   */
  public static Writer data(PrintWriter out) {
    if (out instanceof DataOut d) return d.direct();
    if (!(out instanceof HumanWriter h)) return out;
    if (h.lines.sink instanceof DataOut d) {
      h.flush();
      return d.direct();
    }
    return h.unwrapped();
  }

  /**
   * As {@link #data}, for a format that writes UTF-8 bytes: onto DataOut's buffer as they are, or
   * else decoded onto {@link #data}'s writer.
   */
  public static OutputStream dataBytes(PrintWriter out) {
    if (out instanceof DataOut d) return d.bytes();
    if (out instanceof HumanWriter h && h.lines.sink instanceof DataOut d) {
      h.flush();
      return d.bytes();
    }
    return new DecodingStream(data(out));
  }

  /**
   * Says that a prompt printed through {@code out} was answered at the terminal: the Enter that
   * ended the answer ended the prompt's line too, so what is printed next starts a line of its own
   * (and is wrapped like one).
   */
  public static void answered(PrintWriter out) {
    if (out instanceof HumanWriter h) {
      synchronized (h.lock) {
        h.lines.started = false;
      }
    }
  }

  /** The width {@code out} wraps to, or {@code otherwise} when it is not a HumanWriter. */
  public static int width(PrintWriter out, int otherwise) {
    if (!(out instanceof HumanWriter h)) return otherwise;
    synchronized (h.lock) {
      return h.lines.width();
    }
  }

  /** {@code out}'s unwrapped view when it is a HumanWriter, else {@code out}. */
  public static PrintWriter unwrapped(PrintWriter out) {
    return out instanceof HumanWriter h ? h.unwrapped() : out;
  }

  /**
   * {@code text} as a line in {@code style} when {@code colour} is on and {@code out} can style
   * safely; otherwise plain. Never builds an escape sequence into a string.
   */
  public static void println(PrintWriter out, Style style, String text, boolean colour) {
    if (colour && out instanceof HumanWriter h) {
      h.printlnStyled(style, text);
    } else {
      out.println(text);
    }
  }

  /**
   * The characters under the PrintWriter: made visible, gathered into lines, wrapped at each
   * newline.
   */
  private static final class Lines extends Writer {
    private final Writer sink;
    private final IntSupplier widthSource;
    private final boolean wrap;
    private final StringBuilder pending = new StringBuilder();
    private int width;
    private boolean
        started; // the start of this line is out already (a prompt, flushed before its end)
    private int sent; // how many characters of this line are out already
    private boolean dontWrap; // this line came through the unwrapped view: for programs

    Lines(Writer sink, IntSupplier width, boolean wrap) {
      this.sink = sink;
      this.widthSource = width;
      this.wrap = wrap;
    }

    int width() {
      if (width == 0) width = Math.max(1, widthSource.getAsInt());
      return width;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      write(buf, off, len, true);
    }

    /**
     * {@code human} false: the lines these characters are part of are for programs, never wrapped
     * nor cut.
     */
    void write(char[] buf, int off, int len, boolean human) throws IOException {
      int end = off + len;
      int i = off;
      while (i < end) {
        if (!human && pending.length() == 0) {
          // data (`history --json` writes millions of lines): whole lines that need no change go
          // to the sink as they are, at once, rather than a character at a time
          int plain = plainLines(buf, i, end);
          if (plain > i) {
            sink.write(buf, i, plain - i);
            started = false;
            dontWrap = false;
            sent = 0;
            i = plain;
            continue;
          }
        }
        char c = buf[i++];
        if (!human) dontWrap = true;
        if (c == '\n') endLine();
        else Visible.append(pending, c);
      }
    }

    /**
     * The end (after its newline) of the whole lines from {@code from} that are printable ASCII,
     * which {@link Visible} leaves as they are; {@code from} when there is none.
     */
    private static int plainLines(char[] buf, int from, int end) {
      int after = from;
      for (int i = from; i < end; i++) {
        char c = buf[i];
        if (c == '\n') after = i + 1;
        else if (c < 0x20 || c >= 0x7f) break;
      }
      return after;
    }

    private void endLine() throws IOException {
      String line = pending.toString();
      pending.setLength(0);
      if (!dontWrap) line = cut(line, Math.max(0, MAX_LINE - sent));
      if (!wrap || started || dontWrap) {
        sink.write(line);
        sink.write('\n');
      } else {
        for (String l : Wrap.lines(line, width())) {
          sink.write(l);
          sink.write('\n');
        }
      }
      started = false;
      dontWrap = false;
      sent = 0;
    }

    void styled(Style style, String text) throws IOException {
      String visible = Visible.of(text);
      boolean whole = !started && pending.length() == 0;
      String all = pending + visible;
      pending.setLength(0);
      int before = whole ? 0 : sent;
      started = false;
      dontWrap = false;
      sent = 0;
      for (String line : all.split("\n", -1)) {
        line = cut(line, Math.max(0, MAX_LINE - before));
        before = 0;
        List<String> parts = wrap && whole ? Wrap.lines(line, width()) : List.of(line);
        for (String part : parts) {
          if (!part.isBlank()) {
            sink.write(style.on());
            sink.write(part);
            sink.write(Style.RESET);
          } else {
            sink.write(part);
          }
          sink.write('\n');
        }
        whole = true;
      }
    }

    @Override
    public void flush() throws IOException {
      if (pending.length() > 0) {
        // a prompt: wrapped like any line, its last piece left open (with its trailing space) for
        // the answer
        String open = pending.toString();
        pending.setLength(0);
        if (!dontWrap) {
          open = cut(open, Math.max(0, MAX_LINE - sent));
          sent += open.length();
        }
        if (wrap && !started && !dontWrap) {
          String trailing = open.substring(open.stripTrailing().length());
          List<String> parts = Wrap.lines(open, width());
          for (int i = 0; i < parts.size() - 1; i++) {
            sink.write(parts.get(i));
            sink.write('\n');
          }
          open = parts.get(parts.size() - 1).stripTrailing() + trailing;
        }
        sink.write(open);
        started = true;
      }
      sink.flush();
      if (sink instanceof PrintWriter p && p.checkError())
        throw new IOException("the output is closed");
    }

    @Override
    public void close() throws IOException {
      flush();
      sink.close();
    }
  }
}
