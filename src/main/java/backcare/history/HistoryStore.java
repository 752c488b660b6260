package backcare.history;

import backcare.BadInputException;
import backcare.UserFolders;
import backcare.routine.Condition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The history file, {@code $XDG_STATE_HOME/backcare/history.jsonl} (default {@code
 * ~/.local/state/backcare/history.jsonl}): one JSON record per line, only ever appended to.
 *
 * <p>An append takes an exclusive lock on the file (other backcare processes wait), writes the line
 * in append mode with one write, and forces it to disk before returning, so a record reported saved
 * is on disk and two processes never interleave. Within one JVM appends and reads are also
 * serialised, because POSIX locks belong to the process, not the thread. If the last line was cut
 * off (a crash mid-write), the new record starts on a fresh line. Nothing here ever rewrites or
 * truncates the file; reading reports damaged lines and keeps every good record.
 *
 * <p>The file is the user's own and is never trusted blindly. It is opened without following
 * symbolic links: a linked file or {@code backcare} folder is refused (an {@link IOException} whose
 * message says why), as is anything but a regular file (a FIFO would never answer). A folder or
 * file that others may read is tightened to 700/600, and the caller is told. A record whose time is
 * before {@link #EARLIEST}, or after now plus {@link #CLOCK_SKEW}, is left out with a warning, so a
 * wrong clock or a hand-edited line never reaches the streak, the statistics or the safety net.
 */
public final class HistoryStore {
  public static final String FILE_NAME = "history.jsonl";
  private static final Object IN_PROCESS = new Object();
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /**
   * How far ahead of this machine's clock a record may be (another machine's clock, a clock
   * change).
   */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * No record is older than this, 2000-01-01T00:00:00Z: an earlier time is a clock that was never
   * set. Given in seconds: parsing it loaded java.time's formatting classes on every start.
   */
  public static final Instant EARLIEST = Instant.ofEpochSecond(946_684_800L);

  private final Path file;
  private final Supplier<Instant> now;

  /** Why this environment has no place for a history (a bad HOME), or null. */
  private final String misplaced;

  /** What reads go through: a test's counter around the file, or null for the file itself. */
  private final UnaryOperator<Lines.Source> reads;

  /**
   * The system clock. The start paths use named classes, not lambdas or method references: each
   * call site is linked at its first run, in every process (docs/performance.md).
   */
  private static final Supplier<Instant> SYSTEM_CLOCK = new SystemClock();

  private static final class SystemClock implements Supplier<Instant> {
    @Override
    public Instant get() {
      return Instant.now();
    }
  }

  public HistoryStore(Path file) {
    this(file, SYSTEM_CLOCK);
  }

  /** {@code now}: the wall clock that records in the future are judged by. */
  public HistoryStore(Path file, Supplier<Instant> now) {
    this(file, now, null);
  }

  private HistoryStore(Path file, Supplier<Instant> now, String misplaced) {
    this(file, now, misplaced, null);
  }

  /** For tests: every read of the file goes through {@code reads}. */
  HistoryStore(
      Path file, Supplier<Instant> now, String misplaced, UnaryOperator<Lines.Source> reads) {
    this.file = file;
    this.now = now;
    this.misplaced = misplaced;
    this.reads = reads;
  }

  /** The store for this environment, judged by the system clock. */
  public static HistoryStore forEnv(Map<String, String> env) {
    return forEnv(env, SYSTEM_CLOCK);
  }

  /**
   * The store for this environment: $XDG_STATE_HOME (when absolute), else $HOME/.local/state. With
   * neither usable there is no store: {@link #read} throws that as a {@link BadInputException}
   * (exit 2) and {@link #append} fails with it (a warning), so a triage's outcome is never lost to
   * it.
   */
  public static HistoryStore forEnv(Map<String, String> env, Supplier<Instant> now) {
    try {
      return new HistoryStore(UserFolders.state(env).resolve("backcare").resolve(FILE_NAME), now);
    } catch (BadInputException e) {
      return new HistoryStore(
          Path.of("~", ".local", "state", "backcare", FILE_NAME), now, e.getMessage());
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Appends one record: locked, in append mode, synced to disk when this returns. Returns what was
   * done to the folder's or file's permissions (for the user to be told), usually nothing.
   */
  public List<String> append(HistoryRecord record) throws IOException {
    if (misplaced != null) throw new IOException(misplaced);
    byte[] line = (RecordJson.encode(record) + "\n").getBytes(StandardCharsets.UTF_8);
    List<String> notes = new ArrayList<>();
    synchronized (IN_PROCESS) {
      Path dir = file.toAbsolutePath().getParent();
      refuseLinks(dir);
      boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
      if (created && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dir, attributes("rwx------"));
      }
      refuseLinks(dir);
      if (!created) refuseSpecial();
      tighten(dir, "rwx------", notes);
      if (!created) tighten(file, "rw-------", notes);
      Set<OpenOption> appendMode =
          Set.of(
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND,
              LinkOption.NOFOLLOW_LINKS);
      // The read channel only peeks at the last byte; both close after the lock is released,
      // since closing any channel of the file drops this process's lock on it.
      try (FileChannel out = FileChannel.open(file, appendMode, attributes("rw-------"));
          FileChannel in =
              FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
          FileLock lock = out.lock()) {
        long size = out.size();
        ByteBuffer buffer = ByteBuffer.wrap(line);
        if (size > 0 && !endsWithNewline(in, size)) {
          buffer = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
        }
        while (buffer.hasRemaining()) out.write(buffer);
        out.force(true);
      }
      if (created) syncDirectory(dir);
    }
    return notes;
  }

  /**
   * Why an append would surely fail (a read-only file or folder, a file where a folder should be),
   * checked without writing anything; empty when it looks writable. A full disk shows only on
   * append.
   */
  public Optional<String> unwritableReason() {
    if (misplaced != null) return Optional.of(misplaced);
    Path dir = file.toAbsolutePath().getParent();
    if (Files.isSymbolicLink(dir)) return Optional.of(linked(dir, "folder"));
    if (Files.isSymbolicLink(file))
      return Optional.of(file + " " + linked(file, "file").substring(3));
    if (Files.exists(file) && !Files.isRegularFile(file))
      return Optional.of(file + " is not a regular file");
    if (Files.exists(file)) {
      return Files.isWritable(file) ? Optional.empty() : Optional.of(file + " is read-only");
    }
    Path p = file.toAbsolutePath().getParent();
    while (p != null && !Files.exists(p)) p = p.getParent();
    if (p == null) return Optional.empty();
    if (!Files.isDirectory(p)) return Optional.of(p + " is not a folder");
    if (!Files.isWritable(p)) return Optional.of("the folder " + p + " is read-only");
    return Optional.empty();
  }

  /** What a forward read hands on, in file order: notes first, then records and warnings as met. */
  interface Visitor {
    /** Something done to the file or its folder (permissions tightened), before anything else. */
    default void note(String note) {}

    /**
     * A trusted record, valid only during the call (take {@link ReadRecord#record} to keep it), and
     * the byte offset of its line (for {@link #reread}).
     */
    void record(ReadRecord record, long offset);

    /** A line left out or read in part: "file:line: what". */
    void warning(String warning);
  }

  /**
   * Reads the file once from start to end, handing each trusted record and each warning to {@code
   * visitor} as its line is read; memory does not grow with the file. A good line in the plain form
   * is handed on as it is read, not built ({@link PlainLine}). A missing file is an empty history;
   * reading never creates it or changes a byte of it (only permissions that are too loose, which
   * the notes say). A bad HOME is a {@link BadInputException}; a linked or special file an
   * IOException. The read ends where the file ended when it began; appends go on meanwhile.
   */
  void forEach(Visitor visitor) throws IOException {
    Instant latest = now.get().plus(CLOCK_SKEW);
    String name = file.toString();
    open(
        visitor::note,
        (in, size) -> Lines.forwards(in, size, Lines.CHUNK, forwardRead(name, latest, visitor)));
  }

  /**
   * How {@link #forEach} reads a file's lines, numbering them for the warnings. A good line in the
   * plain form is taken whole by {@link PlainLine#scanLine}, whose one pass over its bytes also
   * finds where it ends ({@link Lines.ByteSink#take}); any other line (damaged, not plain, cut off,
   * across two chunks) comes to {@link Lines.ByteSink#line} as found by its newline, and gives the
   * same records and warnings as it would have.
   */
  static Lines.ByteSink forwardRead(String name, Instant latest, Visitor visitor) {
    LineReader reader = new LineReader(latest);
    return new Lines.ByteSink() {
      private long lineNo;

      @Override
      public int take(byte[] bytes, int from, int limit, long offset) {
        ReadRecord r = reader.take(bytes, from, limit);
        if (r == null) return -1;
        lineNo++;
        visitor.record(r, offset);
        return reader.length();
      }

      @Override
      public boolean line(byte[] bytes, int from, int length, long offset, boolean unended) {
        lineNo++;
        ReadRecord r = reader.read(bytes, from, length, unended);
        if (r != null) visitor.record(r, offset);
        if (reader.problem() != null)
          visitor.warning(name + ":" + lineNo + ": " + reader.problem());
        return true;
      }
    };
  }

  /**
   * How every read judges a line, the one place: a good record in the plain form with trusted times
   * is handed on as the scanned line itself ({@link PlainLine}, not built); any other line is
   * decoded and judged as text ({@link #judge(String, boolean, Instant)}), and what it warns about
   * is {@link #problem} until the next line.
   */
  private static final class LineReader {
    private final PlainLine plain = new PlainLine();
    private final Instant latest;
    private String problem;
    private int length;

    LineReader(Instant latest) {
      this.latest = latest;
    }

    /** The trusted record on the line {@code bytes[from..from+length)} (null bytes: too long). */
    ReadRecord read(byte[] bytes, int from, int length, boolean unended) {
      problem = null;
      if (bytes != null && plain.scan(bytes, from, from + length) && trusted(plain, latest))
        return plain;
      Verdict v =
          judge(
              bytes == null ? null : new String(bytes, from, length, StandardCharsets.UTF_8),
              unended,
              latest);
      problem = v.problem();
      return v.record() == null ? null : new ReadRecord.Built(v.record());
    }

    /**
     * The line at {@code from} when it is a good, trusted record in the plain form whose newline
     * comes before {@code limit} ({@link PlainLine#scanLine}; its {@link #length} then), else null,
     * for {@link #read} to judge once its end is known.
     */
    ReadRecord take(byte[] bytes, int from, int limit) {
      length = plain.scanLine(bytes, from, limit);
      return length >= 0 && trusted(plain, latest) ? plain : null;
    }

    int length() {
      return length;
    }

    String problem() {
      return problem;
    }
  }

  /**
   * Whether a line read in the plain form has trusted times (see {@link RecordJson#untrustedTime},
   * which says why not, for the warning, when this is false).
   */
  private static boolean trusted(PlainLine plain, Instant latest) {
    long last = latest.getEpochSecond();
    long first = EARLIEST.getEpochSecond();
    return plain.startSecond() >= first
        && plain.startSecond() <= last
        && plain.endSecond() >= plain.startSecond()
        && plain.endSecond() <= last;
  }

  /**
   * The trusted records on the lines that start at {@code offsets} (as {@link Visitor#record} gave
   * them), in that order: a second look at a few lines without reading the file again. The file is
   * only ever appended to, so a line stays where it was.
   */
  void reread(long[] offsets, int count, Visitor visitor) throws IOException {
    if (count == 0) return;
    Instant latest = now.get().plus(CLOCK_SKEW);
    LineReader reader = new LineReader(latest);
    open(
        note -> {},
        (in, size) ->
            Lines.at(
                in,
                size,
                Lines.CHUNK,
                offsets,
                count,
                (bytes, from, length, offset, unended) -> {
                  ReadRecord r = reader.read(bytes, from, length, unended);
                  if (r != null) visitor.record(r, offset);
                  return true;
                }));
  }

  /**
   * Everything in the file that can be trusted, in memory (see {@link #forEach}, which streams).
   */
  public Contents read() throws IOException {
    List<HistoryRecord> records = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    forEach(
        new Visitor() {
          @Override
          public void note(String note) {
            notes.add(note);
          }

          @Override
          public void record(ReadRecord record, long offset) {
            records.add(record.record());
          }

          @Override
          public void warning(String warning) {
            warnings.add(warning);
          }
        });
    return new Contents(records, warnings, notes);
  }

  /**
   * How far out of time order records may be in the file and a tail still finds them (a session is
   * written when it ends).
   */
  static final Duration ORDER_SLACK = Duration.ofDays(1);

  /**
   * Records in a row, all older than the window and the latest triage by ORDER_SLACK, after which a
   * tail stops.
   */
  static final int PAST_RUN = 32;

  /**
   * What a routine's start needs, read backwards from the end of the file: each trusted session
   * from the last {@code window}, as {@code keep} takes it (in file order), and the latest triage
   * by time, however old (the later line when two share a time). Records are appended in time
   * order, give or take {@link #ORDER_SLACK}, so reading stops after {@link #PAST_RUN} records in a
   * row older than both the window and the latest triage by that much: the cost depends on the
   * window, not on the file's size. Without any triage it reads the whole file. Nothing is built
   * but what {@code keep} builds and the latest triage so far: times are compared as {@link
   * ReadRecord#timeNanos}. Warnings are for the lines read: by line number when the read reached
   * the start, else counted from the end ("file, line 3 from the end: ...").
   */
  public <T> Tail<T> tail(Duration window, Function<? super ReadRecord, ? extends T> keep)
      throws IOException {
    Instant at = now.get();
    List<String> notes = new ArrayList<>();
    TailRead<T> read =
        new TailRead<>(
            ReadRecord.nanos(at) - window.toNanos(), keep, new LineReader(at.plus(CLOCK_SKEW)));
    open(new AddTo(notes), read);
    List<T> sessions = new ArrayList<>(read.kept.size()); // read last to first: in file order
    for (int i = read.kept.size() - 1; i >= 0; i--) sessions.add(read.kept.get(i));
    List<String> warnings = new ArrayList<>();
    for (int i = read.problems.size() - 1; i >= 0; i--) {
      Problem p = read.problems.get(i);
      String where =
          !read.stopped
              ? ":" + (read.fromEnd - p.fromEnd() + 1)
              : p.fromEnd() == 1 ? ", last line" : ", line " + p.fromEnd() + " from the end";
      warnings.add(file + where + ": " + p.what());
    }
    return new Tail<>(Optional.ofNullable(read.latest), sessions, warnings, notes);
  }

  /** The backward read of {@link #tail}: each line, last to first, until the stop rule holds. */
  private static final class TailRead<T> implements Lines.ByteSink, Reading {
    private final long fromNanos;
    private final Function<? super ReadRecord, ? extends T> keep;
    private final LineReader reader;
    final List<T> kept = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    TriageRecord latest;
    private long latestNanos;
    long fromEnd;
    boolean stopped;
    private int pastRun;

    TailRead(long fromNanos, Function<? super ReadRecord, ? extends T> keep, LineReader reader) {
      this.fromNanos = fromNanos;
      this.keep = keep;
      this.reader = reader;
    }

    /** The whole read: the file's lines from the end. */
    @Override
    public void read(Lines.Source in, long size) throws IOException {
      Lines.backwards(in, size, this);
    }

    @Override
    public boolean line(byte[] bytes, int from, int length, long offset, boolean unended) {
      fromEnd++;
      ReadRecord read = reader.read(bytes, from, length, unended);
      if (reader.problem() != null) problems.add(new Problem(fromEnd, reader.problem()));
      if (read == null) return true;
      long t = read.timeNanos();
      if (read.isSession()) {
        if (t > fromNanos) kept.add(keep.apply(read));
      } else if (latest == null || t > latestNanos) {
        latest = (TriageRecord) read.record();
        latestNanos = t;
      }
      if (latest == null) return true;
      long cover = Math.min(latestNanos, fromNanos);
      pastRun = t < cover - ORDER_SLACK_NANOS ? pastRun + 1 : 0;
      stopped = pastRun >= PAST_RUN;
      return !stopped;
    }
  }

  private static final long ORDER_SLACK_NANOS = ORDER_SLACK.toNanos();

  /** What a line read by {@link #tail} warns about, and that line, counted from the end. */
  private record Problem(long fromEnd, String what) {}

  /**
   * What {@link #tail} found: the latest triage, the window's sessions as its {@code keep} took
   * them (in file order), warnings about the lines read, and notes about the file itself.
   */
  public record Tail<T>(
      Optional<TriageRecord> latestTriage,
      List<T> sessions,
      List<String> warnings,
      List<String> notes) {
    public Tail {
      sessions = List.copyOf(sessions);
      warnings = List.copyOf(warnings);
      notes = List.copyOf(notes);
    }

    /** Nothing read (no history, or one that could not be read). */
    public static <T> Tail<T> empty() {
      return new Tail<>(Optional.empty(), List.of(), List.of(), List.of());
    }

    /** The latest triage as a list of it alone, or none: all the gate and the safety net read. */
    public List<TriageRecord> triages() {
      return latestTriage.isPresent() ? List.of(latestTriage.get()) : List.of();
    }
  }

  /** One line's verdict: its trusted record (or null) and what to warn about (or null). */
  record Verdict(HistoryRecord record, String problem) {
    static final Verdict NOTHING = new Verdict(null, null);
  }

  static final String CUT_OFF =
      "the last line is cut off (a write that did not finish, perhaps a crash or power cut);"
          + " left out";

  /**
   * The verdict on one line ({@code text} null: longer than {@link Lines#MAX_LINE}); {@code
   * unended}: the last line, without a newline. A blank line is nothing. Never throws, whatever the
   * text.
   */
  static Verdict judge(String text, boolean unended, Instant latest) {
    if (text == null) {
      return new Verdict(
          null,
          "a line of more than "
              + (Lines.MAX_LINE >> 20)
              + " MiB, longer than any record; left out");
    }
    if (text.isBlank()) return Verdict.NOTHING;
    RecordJson.Decoded d = RecordJson.decode(text);
    String untrusted =
        d.record() == null ? null : RecordJson.untrustedTime(d.record(), EARLIEST, latest);
    if (untrusted != null) return new Verdict(null, untrusted);
    String problem =
        d.warning() == null ? null : d.record() == null && unended ? CUT_OFF : d.warning();
    return new Verdict(d.record(), problem);
  }

  /**
   * The trusted records of a file's bytes, with a warning per damaged, untrusted or newer line
   * ("file:line: ..."): what {@link #read} gives for a file of these bytes. Never throws, whatever
   * the bytes.
   */
  static Contents parse(String name, byte[] bytes, Instant now) {
    List<HistoryRecord> records = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    long[] lineNo = {0};
    try {
      Lines.forwards(
          Lines.Source.of(bytes),
          bytes.length,
          (text, offset, unended) -> {
            lineNo[0]++;
            Verdict v = judge(text, unended, now.plus(CLOCK_SKEW));
            if (v.record() != null) records.add(v.record());
            if (v.problem() != null) warnings.add(name + ":" + lineNo[0] + ": " + v.problem());
            return true;
          });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // bytes in memory: never
    }
    return new Contents(records, warnings);
  }

  private interface Reading {
    void read(Lines.Source in, long size) throws IOException;
  }

  /** Adds each note to a list. */
  private static final class AddTo implements java.util.function.Consumer<String> {
    private final List<String> list;

    AddTo(List<String> list) {
      this.list = list;
    }

    @Override
    public void accept(String s) {
      list.add(s);
    }
  }

  /** Reads of a channel at a position. */
  private static final class ChannelSource implements Lines.Source {
    private final FileChannel in;

    ChannelSource(FileChannel in) {
      this.in = in;
    }

    @Override
    public int read(ByteBuffer into, long position) throws IOException {
      return in.read(into, position);
    }
  }

  /**
   * Opens the file as every read does: a bad HOME refused, links and special files refused, loose
   * permissions tightened (said through {@code notes}), up to the size it had under a shared lock
   * (taken and let go at once). A missing file reads as empty.
   */
  private void open(java.util.function.Consumer<String> notes, Reading reading) throws IOException {
    if (misplaced != null) throw new BadInputException(misplaced);
    Path dir = file.toAbsolutePath().getParent();
    refuseLinks(dir);
    // not there, or a file where a folder of its path should be: no history yet
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return;
    refuseSpecial();
    synchronized (IN_PROCESS) {
      List<String> tightened = new ArrayList<>();
      tighten(dir, "rwx------", tightened);
      tighten(file, "rw-------", tightened);
      for (String note : tightened) notes.accept(note);
      try (FileChannel in =
          FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        // The shared lock waits out an append in progress, so the size ends on a whole line; then
        // it is let go: the bytes before it never change, and a long read (history --json into
        // a pager) must not keep another backcare from recording a session.
        long size;
        try (FileLock lock = sharedLock(in)) {
          size = in.size();
        }
        Lines.Source source = new ChannelSource(in);
        reading.read(reads == null ? source : reads.apply(source), size);
      } catch (NoSuchFileException e) {
        // gone since it was looked at: no history
      }
    }
  }

  /**
   * The trusted records of the file in file order, warnings about lines that were left out or read
   * in part, and notes about the file itself (permissions tightened).
   */
  public record Contents(List<HistoryRecord> records, List<String> warnings, List<String> notes) {
    public Contents {
      records = List.copyOf(records);
      warnings = List.copyOf(warnings);
      notes = List.copyOf(notes);
    }

    public Contents(List<HistoryRecord> records, List<String> warnings) {
      this(records, warnings, List.of());
    }

    public List<SessionRecord> sessions() {
      return records.stream()
          .filter(SessionRecord.class::isInstance)
          .map(SessionRecord.class::cast)
          .toList();
    }

    public List<TriageRecord> triages() {
      return records.stream()
          .filter(TriageRecord.class::isInstance)
          .map(TriageRecord.class::cast)
          .toList();
    }

    /** The most recent triage by time (the later line when two share a time). */
    public Optional<TriageRecord> latestTriage() {
      return TriageRecord.latest(triages());
    }

    /** The conditions of the latest triage, for `routine` when no --condition is given. */
    public Optional<Set<Condition>> latestTriageConditions() {
      return latestTriage().map(TriageRecord::knownConditions);
    }

    /** Sessions oldest first (by start time; file order for equal times). */
    public List<SessionRecord> sessionsByTime() {
      List<SessionRecord> list = new ArrayList<>(sessions());
      list.sort(Comparator.comparing(s -> s.start().toInstant()));
      return list;
    }
  }

  /**
   * A short reason for an I/O failure, for a warning: "permission denied (/path)", "No space left
   * on device".
   */
  public static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is in the way (not a folder)";
    }
    if (e instanceof FileSystemException f) {
      String why =
          e instanceof AccessDeniedException
              ? "permission denied"
              : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
      return f.getFile() == null ? why : why + " (" + f.getFile() + ")";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Why a link is refused; the file itself is "it" (messages name the file before the reason). */
  private String linked(Path p, String what) {
    return (p.equals(file) ? "it" : "its folder " + p)
        + " is a symbolic link; backcare keeps your history only in a "
        + what
        + " of its own, not through a link (replace the link with a real "
        + what
        + ")";
  }

  /**
   * A FIFO, socket, device or folder where the file should be: refused, since opening one may never
   * return.
   */
  private void refuseSpecial() throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          "it is not a regular file (a folder, FIFO or device?); backcare keeps your"
              + " history only in a file of its own");
    }
  }

  /** The file or its folder as a symbolic link: refused, since it could point anywhere. */
  private void refuseLinks(Path dir) throws IOException {
    if (Files.isSymbolicLink(dir)) throw new IOException(linked(dir, "folder"));
    if (Files.isSymbolicLink(file)) throw new IOException(linked(file, "file"));
  }

  /**
   * Takes away group and other permissions from {@code p} (to {@code wanted}) when it has any,
   * saying so in {@code notes}; when that fails (not the owner), says that instead.
   */
  private static void tighten(Path p, String wanted, List<String> notes) {
    if (!POSIX) return;
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
      Set<PosixFilePermission> own = PosixFilePermissions.fromString(wanted);
      if (own.containsAll(perms)) return;
      String was = PosixFilePermissions.toString(perms);
      try {
        Set<PosixFilePermission> kept = new java.util.HashSet<>(perms);
        kept.retainAll(own);
        Files.setPosixFilePermissions(p, kept);
        notes.add(
            "made "
                + p
                + " private to you ("
                + PosixFilePermissions.toString(kept)
                + ", was "
                + was
                + "): your history is for you alone");
      } catch (IOException | UnsupportedOperationException e) {
        notes.add(
            p
                + " can be read by others ("
                + was
                + ") and backcare could not change that ("
                + reason(e)
                + "); check who owns it");
      }
    } catch (IOException | UnsupportedOperationException e) {
      // gone or unreadable: the open that follows says so
    }
  }

  private static String reason(Exception e) {
    return e instanceof IOException io ? reason(io) : "not supported here";
  }

  private static boolean endsWithNewline(FileChannel in, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    return in.read(last, size - 1) == 1 && last.get(0) == '\n';
  }

  /**
   * A shared lock, or none where the file system has no locks (the read is still whole lines but
   * the last).
   */
  private static FileLock sharedLock(FileChannel in) {
    try {
      return in.lock(0, Long.MAX_VALUE, true);
    } catch (IOException e) {
      return null;
    }
  }

  private static FileAttribute<?>[] attributes(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  /**
   * Makes a new file's name durable too (Linux; elsewhere opening a folder may fail: nothing to
   * do).
   */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | RuntimeException e) {
      // best effort: the record itself is already forced to disk
    }
  }
}
