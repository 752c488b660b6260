package backcare.cli;

import backcare.console.Notice;
import backcare.history.Screening;
import backcare.history.TriageRecord;
import backcare.triage.Level;
import backcare.triage.TriageRules;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What the gate and the safety box say: the emergency signs, the box, a screen's headline. */
final class ScreenNotices {
  static final String SIGNS =
      "Go to an emergency department at once if you get new trouble peeing or controlling"
          + " your bowels, numbness between your legs or around your bottom, or weakness in both legs.";

  private ScreenNotices() {}

  /**
   * The box when the history cannot be read: the last screen and its conditions are unknown, not
   * absent.
   */
  static final Notice UNREADABLE =
      new Notice(
          Notice.Tone.URGENT,
          "Your last screen cannot be checked",
          List.of(
              SIGNS,
              "backcare could not read your history (see the warning), so it cannot check your last screen"
                  + " or the conditions it set. If a screen in the last 14 days told you to see a clinician, do"
                  + " that before you stretch; give your conditions with --condition NAME, or run `backcare"
                  + " triage` again."));

  /** The box: the emergency signs, and why to run the screen. */
  static Notice reminder(Screening s, ZoneOffset zone) {
    String why =
        switch (s.status()) {
          case NEVER -> "You have not done the back-pain screen yet: run `backcare triage` first.";
          case OUT_OF_DATE ->
              "Your last back-pain screen was on "
                  + date(s.latest(), zone)
                  + ", over 30 days ago:"
                  + " run `backcare triage` again.";
          default ->
              "Your back-pain screen on "
                  + date(s.latest(), zone)
                  + " came out "
                  + s.latest().outcome()
                  + " and asked you to get your back checked. If nobody has checked it since, please do, and run"
                  + " `backcare triage` again if anything has changed.";
        };
    return new Notice(Notice.Tone.URGENT, "Emergency signs", List.of(SIGNS, why));
  }

  /** What the screen said to do, in its own headline ("URGENT: see a doctor today."). */
  static String headline(TriageRecord t) {
    if (t.headline() != null) return t.headline(); // as it was said, with its specific action
    Optional<Level> level = Level.byId(t.outcome());
    if (level.isEmpty()) {
      return "\""
          + t.outcome()
          + "\", an outcome this version of backcare does not know: take it as a reason"
          + " to see a clinician.";
    }
    return TriageRules.load().advice(level.get()).headline();
  }

  static String date(TriageRecord t, ZoneOffset zone) {
    LocalDate d = t.time().withOffsetSameInstant(zone).toLocalDate();
    return d.toString();
  }

  /** A notice as printed lines (ASCII, 78 columns), with a blank line after it. */
  static void print(PrintWriter w, Notice n) {
    for (String line : n.lines(78, false)) w.println(line);
    w.println();
    w.flush();
  }
}
