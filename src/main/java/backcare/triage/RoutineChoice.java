package backcare.triage;

import java.time.LocalTime;

/** The routine offered first, by time of day. */
public final class RoutineChoice {
  private static final LocalTime NOON = LocalTime.NOON;
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);

  private RoutineChoice() {}

  /** morning before noon, desk from 12:00 until 18:00 (working hours), evening from 18:00 on. */
  public static String defaultFor(LocalTime time) {
    if (time.isBefore(NOON)) return "morning";
    if (time.isBefore(SIX_PM)) return "desk";
    return "evening";
  }
}
