package backcare.remind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reminder as a systemd user timer: the two unit files in the user's systemd folder, and {@code
 * systemctl --user} to enable, start, stop and disable it when a user manager is running.
 */
public final class UserTimer {
  /**
   * What this machine offers: no systemctl at all, systemctl but no user manager to talk to, or
   * both.
   */
  public enum Systemd {
    ABSENT,
    NO_USER_MANAGER,
    RUNNING
  }

  /** The one command that turns the timer on once a user manager runs. */
  public static final String ENABLE_LATER = "systemctl --user enable --now " + Units.TIMER;

  private final Programs programs;
  private final Path folder;

  public UserTimer(Programs programs) {
    this.programs = programs;
    this.folder = Units.folder(programs.env());
  }

  public Path timerFile() {
    return folder.resolve(Units.TIMER);
  }

  public Path serviceFile() {
    return folder.resolve(Units.SERVICE);
  }

  public Systemd systemd() {
    Optional<Programs.Result> r = programs.run("systemctl", "--user", "show", "--property=Version");
    if (r.isEmpty()) return Systemd.ABSENT;
    return r.get().ok() ? Systemd.RUNNING : Systemd.NO_USER_MANAGER;
  }

  /** Why the user manager could not be reached, as systemctl said it (for the message). */
  public String whyNoManager() {
    return programs
        .run("systemctl", "--user", "show", "--property=Version")
        .map(Programs.Result::why)
        .orElse("");
  }

  /**
   * Writes both files, each through a temporary file and a rename, so a reader never sees half of
   * one.
   */
  public void write(String timer, String service) throws IOException {
    Files.createDirectories(folder);
    replace(serviceFile(), service);
    replace(timerFile(), timer);
  }

  private static void replace(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The timer file's text, or empty when reminders are not set up. */
  public Optional<String> timerText() throws IOException {
    Path f = timerFile();
    return Files.isRegularFile(f)
        ? Optional.of(Files.readString(f, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /**
   * Reloads the units, enables the timer and (re)starts it, so new settings apply at once; the
   * failures.
   */
  public List<String> enableAndStart() {
    List<String> failures = new ArrayList<>();
    call(failures, "daemon-reload");
    if (failures.isEmpty()) call(failures, "enable", Units.TIMER);
    if (failures.isEmpty()) call(failures, "restart", Units.TIMER);
    return failures;
  }

  /** Stops and disables the timer; the failures. */
  public List<String> stopAndDisable() {
    List<String> failures = new ArrayList<>();
    call(failures, "disable", "--now", Units.TIMER);
    return failures;
  }

  /** Tells the manager the files are gone (after {@link #remove}). */
  public List<String> reload() {
    List<String> failures = new ArrayList<>();
    call(failures, "daemon-reload");
    return failures;
  }

  /** Removes both files; the ones that were there. */
  public List<Path> remove() throws IOException {
    List<Path> removed = new ArrayList<>();
    for (Path f : List.of(timerFile(), serviceFile())) {
      if (Files.deleteIfExists(f)) removed.add(f);
    }
    return removed;
  }

  /** systemctl's word for the timer: active, inactive, failed... */
  public String state() {
    return programs
        .run("systemctl", "--user", "is-active", Units.TIMER)
        .map(r -> r.out().strip().isEmpty() ? "unknown" : r.out().strip())
        .orElse("unknown");
  }

  private void call(List<String> failures, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--user";
    System.arraycopy(args, 0, all, 1, args.length);
    Optional<Programs.Result> r = programs.run("systemctl", all);
    if (r.isEmpty()) {
      failures.add("systemctl is not installed");
    } else if (!r.get().ok()) {
      failures.add("systemctl --user " + String.join(" ", args) + " failed: " + r.get().why());
    }
  }
}
