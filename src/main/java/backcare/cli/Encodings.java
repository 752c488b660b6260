package backcare.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What bytes backcare's output is written in, whatever the locale says. Data (--json, --csv) is
 * always UTF-8, so a script reads the same bytes under LC_ALL=C as under en_US.UTF-8. Text for
 * people is in the locale's character set, and a character that set cannot show is written in ASCII
 * instead ("→" as "->", "é" as "e"), never as a bare "?" where a plain form exists. The history
 * file is written as UTF-8 bytes by HistoryStore, independently of all this.
 */
final class Encodings {
  private static final Map<Character, String> PLAIN =
      Map.ofEntries(
          Map.entry('→', "->"),
          Map.entry('←', "<-"),
          Map.entry('↑', "^"),
          Map.entry('↓', "v"),
          Map.entry('–', "-"),
          Map.entry('—', "--"),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('…', "..."),
          Map.entry('×', "x"),
          Map.entry('•', "*"),
          Map.entry('·', "."),
          Map.entry('°', " degrees"),
          Map.entry('≥', ">="),
          Map.entry('≤', "<="),
          Map.entry('±', "+/-"),
          Map.entry('½', "1/2"),
          Map.entry('\u00a0', " "),
          Map.entry('✓', "ok"),
          Map.entry('▁', "_"),
          Map.entry('█', "#"));

  private Encodings() {}

  /** The character set of the user's locale, as the JVM found it (US-ASCII under LC_ALL=C). */
  static Charset locale() {
    String name = System.getProperty("native.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.US_ASCII;
    }
  }

  /**
   * Text for people on {@code out}: in {@code charset}, with an ASCII form for what it cannot show.
   */
  static PrintWriter human(OutputStream out, Charset charset) {
    Writer w = new OutputStreamWriter(out, charset);
    return new PrintWriter(
        charset.equals(StandardCharsets.UTF_8) ? w : new Plain(w, charset), true);
  }

  /**
   * Data on {@code out}: UTF-8, always. Buffered, since a line is written at a time (`history
   * --json` streams millions); println and flush still send everything at once. Formats that escape
   * their own text write into its buffer directly (HumanWriter.data).
   */
  static PrintWriter data(OutputStream out) {
    return new backcare.text.DataOut(out);
  }

  /**
   * Installs the writers on a command line for System.out and System.err: text for people, until
   * the command turns out to print data (--json or --csv), whose stdout is then UTF-8.
   */
  static void install(CommandLine cmd) {
    install(cmd, System.out, System.err);
  }

  /**
   * As {@link #install(CommandLine)}, on the given streams (the class-data archive's training run).
   */
  static void install(CommandLine cmd, OutputStream out, OutputStream err) {
    Charset charset = locale();
    cmd.setOut(human(out, charset));
    cmd.setErr(human(err, charset));
    cmd.setExecutionStrategy(new DataOut(cmd, out, cmd.getExecutionStrategy()));
  }

  /**
   * Before {@code next} runs a command that prints data, its out becomes {@link #data}. A class,
   * not a lambda linked at every start (docs/performance.md, "Start-up in one place").
   */
  private static final class DataOut implements CommandLine.IExecutionStrategy {
    private final CommandLine cmd;
    private final OutputStream out;
    private final CommandLine.IExecutionStrategy next;

    DataOut(CommandLine cmd, OutputStream out, CommandLine.IExecutionStrategy next) {
      this.cmd = cmd;
      this.out = out;
      this.next = next;
    }

    @Override
    public int execute(ParseResult parsed) {
      if (printsData(parsed)) cmd.setOut(data(out));
      return next.execute(parsed);
    }
  }

  static boolean printsData(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--json")
          || p.hasMatchedOption("--jsonl")
          || p.hasMatchedOption("--csv")) return true;
    }
    return false;
  }

  /** ASCII (or the charset's own) form of a character the charset cannot encode. */
  static String plain(String character, CharsetEncoder encoder) {
    if (character.length() == 1) {
      String p = PLAIN.get(character.charAt(0));
      if (p != null) return p;
      char c = character.charAt(0);
      if (c >= '▁' && c <= '█') return "#"; // chart blocks
    }
    StringBuilder b = new StringBuilder();
    for (char c : Normalizer.normalize(character, Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue; // the accent of é
      if (encoder.canEncode(c) && c >= ' ') b.append(c);
    }
    return b.length() > 0 ? b.toString() : "?";
  }

  /** A writer that hands on only what its charset can encode, and a plain form of the rest. */
  static final class Plain extends FilterWriter {
    private final CharsetEncoder encoder;
    private char pendingHigh;

    Plain(Writer out, Charset charset) {
      super(out);
      this.encoder = charset.newEncoder();
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      write(s.toCharArray(), off, len);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      StringBuilder b = new StringBuilder(len);
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (pendingHigh != 0) {
          String pair =
              Character.isLowSurrogate(c) ? new String(new char[] {pendingHigh, c}) : null;
          pendingHigh = 0;
          if (pair != null) {
            b.append(encoder.canEncode(pair) ? pair : plain(pair, encoder));
            continue;
          }
          b.append('?');
        }
        if (Character.isHighSurrogate(c)) {
          pendingHigh = c;
        } else if (c < 0x80 || encoder.canEncode(c)) {
          b.append(c);
        } else {
          b.append(plain(String.valueOf(c), encoder));
        }
      }
      out.write(b.toString());
    }
  }
}
