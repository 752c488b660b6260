package backcare.history;

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
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history file, {@code $XDG_STATE_HOME/backcare/history.jsonl} (default
 * {@code ~/.local/state/backcare/history.jsonl}): one JSON record per line, only ever appended to.
 *
 * <p>An append takes an exclusive lock on the file (other backcare processes wait), writes the line
 * in append mode with one write, and forces it to disk before returning, so a record reported saved
 * is on disk and two processes never interleave. Within one JVM appends and reads are also
 * serialised, because POSIX locks belong to the process, not the thread. If the last line was cut
 * off (a crash mid-write), the new record starts on a fresh line. Nothing here ever rewrites or
 * truncates the file; reading reports damaged lines and keeps every good record.
 */
public final class HistoryStore {
    public static final String FILE_NAME = "history.jsonl";
    private static final Object IN_PROCESS = new Object();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;

    public HistoryStore(Path file) {
        this.file = file;
    }

    /** The store for this environment: $XDG_STATE_HOME (when absolute), else $HOME/.local/state. */
    public static HistoryStore forEnv(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
        return new HistoryStore(base.resolve("backcare").resolve(FILE_NAME));
    }

    public Path file() { return file; }

    /** Appends one record: locked, in append mode, synced to disk when this returns. */
    public void append(HistoryRecord record) throws IOException {
        byte[] line = (RecordJson.encode(record) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (IN_PROCESS) {
            Path dir = file.toAbsolutePath().getParent();
            boolean created = !Files.exists(file);
            if (created && !Files.isDirectory(dir)) Files.createDirectories(dir, attributes("rwx------"));
            Set<OpenOption> appendMode = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            // The read channel only peeks at the last byte; both close after the lock is released,
            // since closing any channel of the file drops this process's lock on it.
            try (FileChannel out = FileChannel.open(file, appendMode, attributes("rw-------"));
                 FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
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
    }

    /**
     * Why an append would surely fail (a read-only file or folder, a file where a folder should be),
     * checked without writing anything; empty when it looks writable. A full disk shows only on append.
     */
    public Optional<String> unwritableReason() {
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

    /** Everything in the file. A missing file is an empty history; reading never creates or changes it. */
    public Contents read() throws IOException {
        byte[] bytes;
        // not there, or a file where a folder of its path should be: no history yet
        if (!Files.exists(file)) return new Contents(List.of(), List.of());
        synchronized (IN_PROCESS) {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 FileLock lock = sharedLock(in)) {
                // read the size, not to end of stream: appenders wait for the shared lock
                long size = in.size();
                if (size > Integer.MAX_VALUE - 16) throw new IOException(file + " is too large to read (" + size + " bytes)");
                ByteBuffer buffer = ByteBuffer.allocate((int) size);
                while (buffer.hasRemaining() && in.read(buffer) >= 0) { /* fill */ }
                bytes = buffer.array();
            } catch (NoSuchFileException e) {
                return new Contents(List.of(), List.of());
            }
        }
        return parse(file.toString(), bytes);
    }

    /** The records of a file's bytes, with a warning per damaged or newer line ("file:line: ..."). */
    static Contents parse(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<HistoryRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int lineNo = 0;
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            boolean cutOff = nl < 0;
            String line = text.substring(from, cutOff ? text.length() : nl);
            from = cutOff ? text.length() : nl + 1;
            lineNo++;
            if (line.isBlank()) continue;
            RecordJson.Decoded d = RecordJson.decode(line);
            if (d.record() != null) records.add(d.record());
            if (d.warning() != null) {
                String problem = d.record() == null && cutOff
                        ? "the last line is cut off (a write that did not finish, perhaps a crash or power cut); left out"
                        : d.warning();
                warnings.add(name + ":" + lineNo + ": " + problem);
            }
        }
        return new Contents(records, warnings);
    }

    /** The records of the file in file order, and warnings about lines that were left out or read in part. */
    public record Contents(List<HistoryRecord> records, List<String> warnings) {
        public Contents {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
        }

        public List<SessionRecord> sessions() {
            return records.stream().filter(SessionRecord.class::isInstance).map(SessionRecord.class::cast).toList();
        }

        public List<TriageRecord> triages() {
            return records.stream().filter(TriageRecord.class::isInstance).map(TriageRecord.class::cast).toList();
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

    /** A short reason for an I/O failure, for a warning: "permission denied (/path)", "No space left on device". */
    public static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + " is in the way (not a folder)";
        }
        if (e instanceof FileSystemException f) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            return f.getFile() == null ? why : why + " (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static boolean endsWithNewline(FileChannel in, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        return in.read(last, size - 1) == 1 && last.get(0) == '\n';
    }

    /** A shared lock, or none where the file system has no locks (the read is still whole lines but the last). */
    private static FileLock sharedLock(FileChannel in) {
        try {
            return in.lock(0, Long.MAX_VALUE, true);
        } catch (IOException e) {
            return null;
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    /** Makes a new file's name durable too (Linux; elsewhere opening a folder may fail: nothing to do). */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: the record itself is already forced to disk
        }
    }
}
