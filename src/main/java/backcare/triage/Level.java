package backcare.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How urgently to get help, least urgent first; the most urgent level found wins. */
public enum Level {
  SELF_CARE("self-care", 0),
  SEE_CLINICIAN("see-clinician", 3),
  URGENT("urgent", 4),
  EMERGENCY("emergency", 5);

  private final String id;
  private final int exitCode;

  Level(String id, int exitCode) {
    this.id = id;
    this.exitCode = exitCode;
  }

  /** The stable id scripts see in --json ("self-care", "see-clinician", "urgent", "emergency"). */
  public String id() {
    return id;
  }

  /** The process exit code for this outcome (0, 3, 4, 5). */
  public int exitCode() {
    return exitCode;
  }

  public boolean isMoreUrgentThan(Level other) {
    return compareTo(other) > 0;
  }

  public static Level max(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static Optional<Level> byId(String id) {
    for (Level l : values()) if (l.id.equals(id)) return Optional.of(l);
    return Optional.empty();
  }

  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Level l : values()) ids.add(l.id);
    return List.copyOf(ids);
  }

  @Override
  public String toString() {
    return id;
  }
}
