package backcare.console;

import backcare.session.FakeClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A terminal for tests: keys, resizes, hang-ups and signals arrive at given times on a fake clock,
 * and every frame drawn is kept with the time it was drawn. Seconds count from creation.
 */
public final class ScriptedScreen implements Screen {
  private static final long SECOND = 1_000_000_000L;

  /** One frame as drawn, at {@code at} nanoseconds after the start. */
  public record Shot(long at, List<String> lines) {
    public String text() {
      return String.join("\n", lines.stream().map(Frame::plain).toList());
    }

    public boolean shows(String s) {
      return text().contains(s);
    }

    public double seconds() {
      return at / (double) SECOND;
    }
  }

  private enum Kind {
    KEYS,
    RESIZE,
    EOF,
    SIGNAL,
    FAIL
  }

  private record Event(long at, int order, Kind kind, String keys, int width, int height) {}

  private final FakeClock clock;
  private final long start;
  private final PriorityQueue<Event> events =
      new PriorityQueue<>(Comparator.comparingLong(Event::at).thenComparingInt(Event::order));
  private final Deque<Integer> pending = new ArrayDeque<>();
  private int width;
  private int height;
  private boolean unicode = true;
  private boolean resized;
  private boolean interrupted;
  private boolean eof;
  private Long failAt;
  public final List<Shot> shots = new ArrayList<>();
  public final List<Long> bells = new ArrayList<>();
  public boolean entered;
  public int closes;
  public int clears;

  public ScriptedScreen(FakeClock clock, int width, int height) {
    this.clock = clock;
    this.start = clock.nanoTime();
    this.width = width;
    this.height = height;
  }

  /**
   * Reads past this with nothing scripted fail the test instead of waiting for ever (e.g. on the
   * ready page).
   */
  private static final long IDLE_LIMIT = 3600 * SECOND;

  private static long nanos(double seconds) {
    return Math.round(seconds * SECOND);
  }

  /** Types {@code keys} (one or more chars, e.g. an escape sequence) at {@code seconds}. */
  public ScriptedScreen key(double seconds, String keys) {
    events.add(new Event(nanos(seconds), events.size(), Kind.KEYS, keys, 0, 0));
    return this;
  }

  /**
   * Passes the ready page at {@code seconds}, however many pages it has: n to its last page, then
   * space.
   */
  public ScriptedScreen start(double seconds) {
    for (int i = 0; i < 12; i++) key(seconds, "n");
    return key(seconds, " ");
  }

  public ScriptedScreen resize(double seconds, int w, int h) {
    events.add(new Event(nanos(seconds), events.size(), Kind.RESIZE, null, w, h));
    return this;
  }

  /** The terminal goes away: reads return EOF from then on. */
  public ScriptedScreen hangUp(double seconds) {
    events.add(new Event(nanos(seconds), events.size(), Kind.EOF, null, 0, 0));
    return this;
  }

  /** SIGINT from outside the key stream (kill -INT). */
  public ScriptedScreen signal(double seconds) {
    events.add(new Event(nanos(seconds), events.size(), Kind.SIGNAL, null, 0, 0));
    return this;
  }

  /** Drawing throws from this time on (a bug in the display). */
  public ScriptedScreen failDrawingAt(double seconds) {
    failAt = nanos(seconds);
    return this;
  }

  public ScriptedScreen ascii() {
    unicode = false;
    return this;
  }

  public boolean closed() {
    return closes > 0;
  }

  /** The last frame drawn at or before {@code seconds}. */
  public Shot at(double seconds) {
    Shot last = null;
    for (Shot s : shots) {
      if (s.at() <= nanos(seconds)) last = s;
    }
    if (last == null) throw new AssertionError("no frame drawn by " + seconds + " s");
    return last;
  }

  public Shot last() {
    return shots.get(shots.size() - 1);
  }

  /** The time (seconds) of the first frame showing {@code text}, or -1. */
  public double firstShowing(String text) {
    for (Shot s : shots) {
      if (s.shows(text)) return s.seconds();
    }
    return -1;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public boolean unicode() {
    return unicode;
  }

  @Override
  public void enter() {
    entered = true;
  }

  @Override
  public void draw(List<String> lines) {
    long now = clock.nanoTime() - start;
    if (failAt != null && now >= failAt)
      throw new IllegalStateException("drawing failed (scripted)");
    if (closed()) throw new AssertionError("drawn after close");
    shots.add(new Shot(now, List.copyOf(lines)));
  }

  @Override
  public void clear() {
    clears++;
  }

  @Override
  public void bell() {
    bells.add(clock.nanoTime() - start);
  }

  @Override
  public int read(long timeoutMillis) {
    if (timeoutMillis < 1) throw new AssertionError("a read without a time-out blocks for ever");
    if (!pending.isEmpty()) return pending.poll();
    if (eof) return EOF;
    long limit = clock.nanoTime() + timeoutMillis * 1_000_000L;
    Event e = events.peek();
    if (e == null && limit - start > IDLE_LIMIT) {
      throw new AssertionError(
          "waited for a key until " + (limit - start) / SECOND + " s with none scripted");
    }
    if (e == null || start + e.at() > limit) {
      clock.sleepUntil(limit);
      return TIMEOUT;
    }
    events.poll();
    clock.sleepUntil(start + e.at());
    switch (e.kind()) {
      case KEYS -> {
        e.keys().chars().forEach(pending::add);
        return pending.poll();
      }
      case RESIZE -> {
        width = e.width();
        height = e.height();
        resized = true;
      }
      case EOF -> {
        eof = true;
        return EOF;
      }
      case SIGNAL -> interrupted = true;
      case FAIL -> {}
    }
    return TIMEOUT;
  }

  @Override
  public boolean takeResized() {
    boolean r = resized;
    resized = false;
    return r;
  }

  @Override
  public boolean interrupted() {
    return interrupted;
  }

  @Override
  public void close() {
    closes++;
  }
}
