package backcare.cli;

import backcare.console.Devices;
import backcare.console.Recorder;
import backcare.console.ScriptedDevices;
import backcare.console.ScriptedScreen;
import backcare.routine.Condition;
import backcare.session.Clock;
import backcare.session.FakeClock;
import backcare.triage.Prompter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;

/**
 * backcare as a user meets it, in a test, and the one way tests run its command line: through
 * picocli with the exit code, stdout and stderr captured, in a private state and config folder,
 * with a fake clock, a fixed wall clock that moves with it, and what the test chooses for the rest:
 * the environment ({@link #env}, {@link #columns}), stdin, whether it is a terminal, a scripted
 * full screen ({@link #screen}), keys typed at triage's prompts ({@link #typed}), a routine
 * hand-over that is only recorded ({@link #recordHandovers}), and whether only the named subcommand
 * is built, as Main does ({@link #asMain}).
 *
 * <p>Set up, then {@link #run} (the exit code; output in {@link #out} and {@link #err}) or {@link
 * #exec} (all three in a {@link Result}). Each run builds a new command line from the settings, so
 * one Cli can run several commands over the same history.
 */
final class Cli {
  final Map<String, String> env = new HashMap<>();
  final FakeClock clock;

  /** The sounds of a run on a scripted screen ({@link #screen}), on {@link #clock}. */
  final Recorder sounds;

  /** The wall clock when a run starts; it moves with the clock during the run. */
  ZonedDateTime now = ZonedDateTime.parse("2024-05-20T12:00:00Z");

  boolean interactive;
  InputStream stdin = InputStream.nullInputStream();

  /**
   * The terminal's devices; by default a full screen that does not open (as at a dumb terminal),
   * sounds in {@link #sounds}, no voice: never the system's, so no run depends on the machine's
   * terminal or loads JLine's native library.
   */
  Devices devices;

  /** Triage's routine hand-overs, when {@link #recordHandovers} replaced running them. */
  final List<HandedOver> handedOver = new ArrayList<>();

  /** Whether the last run opened the terminal prompter. */
  boolean promptOpened;

  /** The output of the last {@link #run}. */
  String out;

  String err;
  int code;

  private Clock otherClock;
  private Writer stdout;
  private String typed;
  private boolean waitAfterTyping;
  private boolean recordHandovers;
  private boolean asMain;
  private ByteArrayOutputStream screen = new ByteArrayOutputStream();

  /** A routine hand-over as triage asked for it. */
  record HandedOver(String routineId, Set<Condition> conditions) {}

  record Result(int code, String out, String err) {}

  /** In a folder of the test's own (a {@code @TempDir}): state, config and home under it. */
  Cli(Path dir) {
    this(dir, new FakeClock());
  }

  /** As {@link #Cli(Path)}, on a clock the test made first (for its scripted screens, say). */
  Cli(Path dir, FakeClock clock) {
    this(clock, new Recorder(clock));
    env.put("XDG_STATE_HOME", dir.resolve("state").toString());
    env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    env.put("HOME", dir.toString());
    env.put("LANG", "C.UTF-8");
    columns(1000); // lines whole: wrapping is HumanOutputTest's
  }

  private Cli(FakeClock clock, Recorder sounds) {
    this.clock = clock;
    this.sounds = sounds;
    this.devices = new ScriptedDevices(null, sounds, null);
  }

  /**
   * Another Cli over the same folders, environment, clock and sounds, whose settings change without
   * changing this one's: a run at a terminal amid scripted ones, say.
   */
  Cli copy() {
    Cli c = new Cli(clock, sounds);
    c.env.putAll(env);
    c.now = now;
    c.interactive = interactive;
    c.stdin = stdin;
    c.devices = devices;
    c.otherClock = otherClock;
    c.stdout = stdout;
    c.typed = typed;
    c.waitAfterTyping = waitAfterTyping;
    c.recordHandovers = recordHandovers;
    c.asMain = asMain;
    return c;
  }

  /**
   * With no user folder at all (one that does not exist), and no other environment: for help, usage
   * errors and the built-in content, which must not depend on either.
   */
  static Cli withoutUserFolder() {
    FakeClock clock = new FakeClock();
    Cli cli = new Cli(clock, new Recorder(clock));
    cli.env.put("XDG_CONFIG_HOME", "/nonexistent/backcare-test");
    cli.env.put("HOME", "/nonexistent");
    return cli;
  }

  Path historyFile() {
    return Path.of(env.get("XDG_STATE_HOME"), "backcare", "history.jsonl");
  }

  Path userRoutines() {
    return Path.of(env.get("XDG_CONFIG_HOME"), "backcare", "routines");
  }

  Cli stdin(String text) {
    stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Cli stdin(InputStream in) {
    stdin = in;
    return this;
  }

  /** The terminal's width, as the COLUMNS variable says it. */
  Cli columns(int width) {
    env.put("COLUMNS", Integer.toString(width));
    return this;
  }

  /** A clock of the test's making (one that fails, or that Ctrl-C interrupts) instead of ours. */
  Cli clock(Clock c) {
    otherClock = c;
    return this;
  }

  /** Standard output goes to this writer (one that fails, say) instead of {@link #out}. */
  Cli stdout(Writer w) {
    stdout = w;
    return this;
  }

  /** At a terminal, whose full screen is this scripted one, with {@link #sounds}. */
  Cli screen(ScriptedScreen screen) {
    return devices(new ScriptedDevices(screen, sounds, null));
  }

  /** At a terminal with these devices. */
  Cli devices(Devices d) {
    interactive = true;
    devices = d;
    return this;
  }

  /**
   * At a terminal where the user types {@code keys} at triage's prompts, then Ctrl-D (as when the
   * input ends). Without it a run that opens the prompter fails the test.
   */
  Cli typed(String keys) {
    interactive = true;
    typed = keys;
    waitAfterTyping = false;
    return this;
  }

  /** As {@link #typed}, but after the keys the input waits, as a terminal does, until Ctrl-C. */
  Cli typedThenWait(String keys) {
    typed(keys);
    waitAfterTyping = true;
    return this;
  }

  /** Triage's hand-over to a routine is recorded in {@link #handedOver}, not run. */
  Cli recordHandovers() {
    recordHandovers = true;
    return this;
  }

  /** Only the subcommand the arguments name is built, as Main builds it. */
  Cli asMain() {
    asMain = true;
    return this;
  }

  /** What the commands are given from the world, as the next run gets it. */
  Context context() {
    // moves with our clock only: a clock of the test's making may fail when asked the time
    long clockStart = clock.nanoTime();
    ZonedDateTime base = now;
    Supplier<ZonedDateTime> wall = () -> base.plusNanos(clock.nanoTime() - clockStart);
    Context ctx =
        new Context(
                Map.copyOf(env), otherClock != null ? otherClock : clock, stdin, interactive, wall)
            .withPrompter(this::scriptedPrompter);
    return recordHandovers
        ? ctx.withHandover(
            (routineId, conditions, w) -> {
              handedOver.add(new HandedOver(routineId, conditions));
              w.println("[routine " + routineId + " runs here]");
              return 0;
            })
        : ctx;
  }

  /** The command line the next run uses, without its output captured. */
  CommandLine commandLine(String... args) {
    Context ctx = context();
    return asMain
        ? BackcareCommand.forArguments(ctx, args)
        : BackcareCommand.commandLine(ctx, devices);
  }

  /** Runs the command line; the output stays in {@link #out} and {@link #err}. */
  int run(String... args) {
    return exec(args).code();
  }

  Result exec(String... args) {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    this.screen = screen;
    PrintWriter o =
        new PrintWriter(
            stdout != null ? stdout : new OutputStreamWriter(screen, StandardCharsets.UTF_8), true);
    StringWriter e = new StringWriter();
    CommandLine cmd = commandLine(args);
    cmd.setOut(o);
    cmd.setErr(new PrintWriter(e, true));
    promptOpened = false;
    try {
      code = cmd.execute(args);
    } finally {
      // Ctrl-C at JLine's prompt interrupts this thread; other runs must clear the flag themselves
      if (promptOpened) Thread.interrupted();
    }
    o.flush();
    out = screen.toString(StandardCharsets.UTF_8);
    err = e.toString();
    return new Result(code, out, err);
  }

  /** Triage's terminal is a JLine one over the typed keys, writing where stdout goes. */
  private Prompter scriptedPrompter() {
    promptOpened = true;
    if (typed == null)
      throw new AssertionError("the prompter was opened, but the test typed nothing");
    return new JLinePrompter(dumbTerminal(new Keys(typed, waitAfterTyping), screen));
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
        Thread.sleep(60_000); // a hang's bound: Ctrl-C interrupts it at once
      } catch (InterruptedException e) {
        throw new InterruptedIOException("interrupted");
      }
      throw new AssertionError("the test input waited a minute: nothing interrupted it");
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
