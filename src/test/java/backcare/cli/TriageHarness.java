package backcare.cli;

import backcare.routine.Condition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;

/**
 * Runs {@code backcare triage} the way a user meets it, with captured output and exit code: either
 * as a script (no terminal, optional stdin), or at a scripted JLine terminal over piped streams.
 */
final class TriageHarness {
  /** A routine hand-over that records what it was given. */
  record HandedOver(String routineId, Set<Condition> conditions) {}

  final List<HandedOver> handedOver = new ArrayList<>();
  final Map<String, String> env = new HashMap<>(Map.of("NO_COLOR", "1"));
  LocalTime time = LocalTime.of(9, 0);
  boolean terminal;
  boolean promptRequested;
  int code;
  String out;
  String err;

  /** No terminal: answers from flags, a file or the given stdin. */
  TriageHarness script(String stdin, String... args) {
    return script(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** No terminal, with standard input from a stream (a slow pipe, say). */
  TriageHarness script(InputStream stdin, String... args) {
    return run(stdin, null, args);
  }

  /**
   * At a terminal; {@code keys} are what the user types. If {@code blockAtEnd}, input then waits
   * (for Ctrl-C).
   */
  TriageHarness typed(String keys, boolean blockAtEnd, String... args) {
    terminal = true;
    return run(InputStream.nullInputStream(), new Keys(keys, blockAtEnd), args);
  }

  /** The environment of the last run: its private XDG folders. */
  Map<String, String> contextEnv;

  /** The history file of the last run. */
  Path historyFile() {
    return Path.of(contextEnv.get("XDG_STATE_HOME"), "backcare", "history.jsonl");
  }

  /** A private state and config folder, so no test writes to the real history. */
  /**
   * The terminal's width for the run: whole lines unless a test narrows it (wrapping is
   * HumanOutputTest's).
   */
  String columns = "1000";

  private Map<String, String> stateEnv() {
    try {
      Path dir = java.nio.file.Files.createTempDirectory("backcare-triage-test");
      dir.toFile().deleteOnExit();
      return Map.of(
          "XDG_STATE_HOME",
          dir.resolve("state").toString(),
          "XDG_CONFIG_HOME",
          dir.resolve("config").toString(),
          "HOME",
          dir.toString(),
          "COLUMNS",
          columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TriageHarness run(InputStream stdin, Keys keys, String... args) {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(screen, StandardCharsets.UTF_8), true);
    StringWriter errText = new StringWriter();
    Map<String, String> all = new HashMap<>(stateEnv());
    all.putAll(env);
    contextEnv = Map.copyOf(all);
    Context context =
        new Context(
                contextEnv,
                backcare.session.SystemClock.INSTANCE,
                stdin,
                terminal,
                () -> timeOfDay(time))
            .withPrompter(
                () -> {
                  promptRequested = true;
                  if (keys == null)
                    throw new AssertionError("the prompter was opened on a non-interactive path");
                  return new JLinePrompter(dumbTerminal(keys, screen));
                })
            .withHandover(
                (routineId, conditions, w) -> {
                  handedOver.add(new HandedOver(routineId, conditions));
                  w.println("[routine " + routineId + " runs here]");
                  return 0;
                });
    CommandLine cmd = BackcareCommand.commandLine(context);
    cmd.setOut(outWriter);
    cmd.setErr(new PrintWriter(errText, true));
    String[] full = new String[args.length + 1];
    full[0] = "triage";
    System.arraycopy(args, 0, full, 1, args.length);
    code = cmd.execute(full);
    outWriter.flush();
    out = screen.toString(StandardCharsets.UTF_8);
    err = errText.toString();
    Thread.interrupted(); // a Ctrl-C test leaves the interrupt flag of this thread set
    return this;
  }

  /** The latest moment at this time of day that is not in the future: records stay trusted. */
  private static java.time.ZonedDateTime timeOfDay(LocalTime time) {
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now();
    java.time.ZonedDateTime at = now.with(time);
    return at.isAfter(now) ? at.minusDays(1) : at;
  }

  private static DumbTerminal dumbTerminal(InputStream in, ByteArrayOutputStream screen) {
    try {
      DumbTerminal t = new DumbTerminal("test", "dumb", in, screen, StandardCharsets.UTF_8);
      Attributes a = t.getAttributes();
      a.setControlChar(Attributes.ControlChar.VINTR, 3); // Ctrl-C
      a.setControlChar(Attributes.ControlChar.VEOF, 4); // Ctrl-D
      a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      t.setAttributes(a);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Typed keys; after them either one Ctrl-D (as when the user presses it, or the input ends) or a
   * wait that only an interrupt ends (for Ctrl-C). A real terminal's input does not end, and
   * JLine's reading thread can wait forever on a stream that does, so the end is sent as the key.
   */
  private static final class Keys extends InputStream {
    private final byte[] bytes;
    private final boolean blockAtEnd;
    private volatile int pos;
    private volatile boolean ctrlDSent;

    Keys(String keys, boolean blockAtEnd) {
      this.bytes = keys.getBytes(StandardCharsets.UTF_8);
      this.blockAtEnd = blockAtEnd;
    }

    @Override
    public int read() throws IOException {
      if (pos < bytes.length) return bytes[pos++] & 0xff;
      if (!blockAtEnd) {
        if (ctrlDSent) return -1;
        ctrlDSent = true;
        return 4;
      }
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        throw new InterruptedIOException("interrupted");
      }
      throw new AssertionError("the test input waited 10 s: nothing interrupted it");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (pos >= bytes.length) {
        int c = read();
        if (c < 0) return -1;
        b[off] = (byte) c;
        return 1;
      }
      int n = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public int available() {
      return bytes.length - pos;
    }
  }
}
