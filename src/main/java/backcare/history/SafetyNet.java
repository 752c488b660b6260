package backcare.history;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * When the record calls for a clinician. Three rules, each a plain-words message:
 *
 * <ol>
 *   <li><b>pain-rising</b>: at least {@value #MIN_SESSIONS_FOR_TREND} sessions with a pain-before
 *       answer started in the last 14 days (336 hours), and the least-squares line of pain-before
 *       against time rises by at least {@value #RISE_POINTS} point from the first of those sessions
 *       to the last.
 *   <li><b>stopped-for-pain</b>: {@value #STOPS} or more sessions that ended "stopped for pain"
 *       started in the last 7 days (168 hours).
 *   <li><b>triage</b>: the routine's gate is shut ({@link Screening#gated}): the latest triage came
 *       out see-clinician, urgent or emergency (or a level this version does not know), less than
 *       14 days ago. A later triage that came out self-care (no red flags, or a clinician's
 *       clearance, given in the screen or at the routine's gate) makes it no longer the latest,
 *       which lifts the rule.
 * </ol>
 */
public final class SafetyNet {
  public static final Duration TREND_WINDOW = Duration.ofDays(14);
  public static final Duration STOP_WINDOW = Duration.ofDays(7);
  public static final Duration TRIAGE_WINDOW = Screening.GATE_WINDOW;

  /**
   * The longest of the three: all the history the safety net looks at, and what a routine's start
   * reads.
   */
  public static final Duration WINDOW = longest(TREND_WINDOW, STOP_WINDOW, TRIAGE_WINDOW);

  public static final int MIN_SESSIONS_FOR_TREND = 3;
  public static final double RISE_POINTS = 1.0;
  public static final int STOPS = 2;

  private SafetyNet() {}

  private static Duration longest(Duration... windows) {
    Duration max = Duration.ZERO;
    for (Duration d : windows) if (d.compareTo(max) > 0) max = d;
    return max;
  }

  /** One reason to see a clinician: a stable rule id and what to tell the user. */
  public record Alert(String rule, String message) {}

  /**
   * What the safety net reads of a session, and all it keeps of one: its start in nanoseconds since
   * the epoch ({@link ReadRecord#timeNanos}), its pain before (0-10, or {@link
   * ReadRecord#NO_PAIN}), and whether it ended "stopped for pain". A routine's start takes these
   * straight from the lines it reads, without building the records.
   */
  public record Session(long startNanos, int painBefore, boolean stoppedForPain) {
    public static Session of(SessionRecord s) {
      return read(new ReadRecord.Built(s));
    }

    /** A session as a read hands it on (a triage is not one: null). */
    public static Session read(ReadRecord r) {
      return r.isSession() ? new Session(r.timeNanos(), r.painBefore(), r.stoppedForPain()) : null;
    }

    /**
     * {@link #read} for {@link HistoryStore#tail}: a named class, not a method reference, so that a
     * routine's start links no call site (docs/performance.md).
     */
    public static final Function<ReadRecord, Session> READ = new Reader();

    private static final class Reader implements Function<ReadRecord, Session> {
      @Override
      public Session apply(ReadRecord r) {
        return read(r);
      }
    }
  }

  /**
   * The alerts at {@code now}, from the sessions (in any order) and the triages (only the latest by
   * time counts).
   */
  public static List<Alert> check(
      List<Session> sessions, List<TriageRecord> triages, ZonedDateTime now) {
    List<Alert> alerts = new ArrayList<>();
    Instant at = now.toInstant();
    long nanos = ReadRecord.nanos(at);
    addIfPresent(alerts, painRising(sessions, nanos));
    addIfPresent(alerts, stoppedForPain(sessions, nanos));
    addIfPresent(alerts, triage(triages, at, now.getZone()));
    return alerts;
  }

  // A plain test, not ifPresent(alerts::add): a routine's start links no call site
  // (docs/performance.md).
  private static void addIfPresent(List<Alert> alerts, Optional<Alert> alert) {
    if (alert.isPresent()) alerts.add(alert.get());
  }

  static Optional<Alert> painRising(List<Session> sessions, long nowNanos) {
    long from = nowNanos - TREND_WINDOW.toNanos();
    int count = 0;
    for (Session s : sessions) if (s.painBefore() >= 0 && s.startNanos() > from) count++;
    if (count < MIN_SESSIONS_FOR_TREND) return Optional.empty();
    double[] x = new double[count];
    double[] y = new double[count];
    int i = 0;
    for (Session s : sessions) {
      if (s.painBefore() < 0 || s.startNanos() <= from) continue;
      // whole seconds since the window's start, as Duration.toSeconds gave them
      x[i] = Math.floorDiv(s.startNanos() - from, ReadRecord.NANOS) / 86_400.0;
      y[i] = s.painBefore();
      i++;
    }
    double rise = fittedRise(x, y);
    if (!(rise >= RISE_POINTS)) return Optional.empty();
    long points = Math.max(1, Math.round(rise));
    return Optional.of(
        new Alert(
            "pain-rising",
            "Your pain before stretching has been going up over the last two"
                + " weeks: about "
                + points
                + " point"
                + (points == 1 ? "" : "s")
                + " on the 0-10 scale across your "
                + count
                + " sessions. Stretching is not helping it on its own: please book a doctor or"
                + " physiotherapist to look at your back."));
  }

  /**
   * How much the least-squares line of y against x rises from the smallest x to the largest: slope
   * times the span. 0 when every x is the same (no trend can be told).
   */
  static double fittedRise(double[] x, double[] y) {
    double mx = 0, my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0, sxx = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      min = Math.min(min, x[i]);
      max = Math.max(max, x[i]);
    }
    return sxx == 0 ? 0 : sxy / sxx * (max - min);
  }

  static Optional<Alert> stoppedForPain(List<Session> sessions, long nowNanos) {
    long from = nowNanos - STOP_WINDOW.toNanos();
    long stops = 0;
    for (Session s : sessions) if (s.stoppedForPain() && s.startNanos() > from) stops++;
    if (stops < STOPS) return Optional.empty();
    return Optional.of(
        new Alert(
            "stopped-for-pain",
            "You stopped "
                + stops
                + " sessions in the last 7 days"
                + " because they hurt. Please have a doctor or physiotherapist look at your back before you carry on"
                + " with these routines."));
  }

  static Optional<Alert> triage(List<TriageRecord> triages, Instant now, ZoneId zone) {
    Screening screening = Screening.of(triages, now);
    if (!screening.gated()) return Optional.empty();
    TriageRecord t = screening.latest();
    String advice =
        switch (t.outcome()) {
          case "see-clinician" -> "to book a doctor or physiotherapist soon";
          case "urgent" -> "to see a doctor today";
          case "emergency" -> "to go to an emergency department now";
          default -> "\"" + t.outcome() + "\"";
        };
    String why =
        t.triggered().isEmpty() ? "" : " (because of: " + String.join(", ", t.triggered()) + ")";
    return Optional.of(
        new Alert(
            "triage",
            "Your triage on "
                + t.time().atZoneSameInstant(zone).toLocalDate()
                + " said "
                + advice
                + why
                + ", and no triage since has cleared you. Please do that before stretching:"
                + " routines wait until a clinician has checked you. If one has examined you since and said gentle"
                + " exercise is fine, say so when `backcare routine` asks (in a script, add --cleared); that is"
                + " recorded and lifts this."));
  }
}
