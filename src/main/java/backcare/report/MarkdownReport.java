package backcare.report;

import backcare.report.Report.AlertSpan;
import backcare.report.Report.Answer;
import backcare.report.Report.ExerciseCount;
import backcare.report.Report.PainPoint;
import backcare.report.Report.Screen;
import backcare.report.Report.SessionRow;
import backcare.text.Visible;
import java.util.List;
import java.util.Locale;

/**
 * The report as Markdown, for pasting into a message or a patient portal: the same sections as the
 * HTML page, the chart as a table of the average pain before and after, week by week. Every text
 * from the history is escaped, so none of it becomes markup, a link or HTML.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String write(Report r) {
    StringBuilder b = new StringBuilder(8192);
    b.append("# Back care report\n\n");
    b.append("**For:** ")
        .append(r.name() == null ? "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" : text(r.name()))
        .append("  \n**Period:** ")
        .append(r.from())
        .append(" to ")
        .append(r.to())
        .append("\n\n");
    b.append(
        "**Not a diagnosis.** Kept by the person themselves with backcare, a self-care tool for a stiff lower"
            + " back: their answers to a red-flag screen, and the stretching sessions they did, with pain scored"
            + " by them before and after.\n\n");
    if (!r.hints().isEmpty()) {
      b.append("## What to record\n\n");
      for (String h : r.hints()) b.append("- ").append(withCode(h)).append('\n');
      b.append('\n');
    }
    b.append("## Red-flag screen\n\n");
    Screen s = r.latestScreen();
    if (s == null) {
      b.append("No screen recorded.\n\n");
    } else {
      b.append("Latest, ")
          .append(HtmlReport.DAY_TIME.format(s.time()))
          .append(": **")
          .append(text(s.outcomeWords()))
          .append("**\n\n");
      if (!s.triggered().isEmpty()) {
        b.append(HtmlReport.answeredYes(s)).append("\n\n");
        for (Answer a : s.triggered()) {
          b.append("- ")
              .append(text(HtmlReport.capital(a.words())))
              .append(" (")
              .append(text(a.id()))
              .append(")\n");
        }
        b.append('\n');
      } else if (s.outcome().equals("self-care")) {
        b.append("No warning sign was answered yes.\n\n");
      }
      b.append("Conditions the routines were adapted for: ")
          .append(s.conditions().isEmpty() ? "none" : text(String.join(", ", s.conditions())))
          .append("\n\n");
    }
    if (!r.earlierScreens().isEmpty()) {
      b.append("Earlier in the period:\n\n");
      for (Screen e : r.earlierScreens()) {
        b.append("- ").append(HtmlReport.earlierScreen(e, MarkdownReport::text)).append('\n');
      }
      if (r.earlierScreensLeftOut() > 0)
        b.append("- and ").append(r.earlierScreensLeftOut()).append(" earlier\n");
      b.append('\n');
    }
    b.append("## Safety-net alerts\n\n");
    if (r.alerts().isEmpty()) {
      b.append("None in this period.\n\n");
    } else {
      for (List<AlertSpan> rule : HtmlReport.byRule(r.alerts())) {
        b.append("- ")
            .append(text(HtmlReport.capital(HtmlReport.alertWords(rule.get(0).rule()))))
            .append(" (")
            .append(text(rule.get(0).rule()))
            .append("): **")
            .append(text(HtmlReport.spans(rule)))
            .append("**\n");
      }
      b.append('\n');
    }
    b.append("## Pain before and after each session (0 none, 10 worst)\n\n");
    if (r.pain().isEmpty()) {
      b.append("No pain scores in this period.\n\n");
    } else {
      b.append("By week: the average score and how many were given.\n\n")
          .append("| week from | before | after |\n| --- | --- | --- |\n");
      java.util.Map<java.time.LocalDate, double[]> weeks = new java.util.TreeMap<>();
      for (PainPoint p : r.pain()) {
        java.time.LocalDate monday =
            p.time()
                .toLocalDate()
                .with(
                    java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY));
        double[] w =
            weeks.computeIfAbsent(monday, d -> new double[4]); // sum and count, before then after
        w[p.before() ? 0 : 2] += p.pain();
        w[p.before() ? 1 : 3]++;
      }
      weeks.forEach(
          (monday, w) ->
              b.append("| ")
                  .append(monday)
                  .append(" | ")
                  .append(average(w[0], w[1]))
                  .append(" | ")
                  .append(average(w[2], w[3]))
                  .append(" |\n"));
      b.append('\n');
    }
    b.append("## Sessions\n\n");
    if (r.sessions().isEmpty()) {
      b.append("No sessions in this period.\n\n");
    } else {
      if (r.sessions().size() < r.sessionsInPeriod()) {
        b.append("The latest ")
            .append(r.sessions().size())
            .append(" of ")
            .append(r.sessionsInPeriod())
            .append(" in the period, newest first.\n\n");
      }
      b.append(
              "| date | routine | time moving | how it ended | pain before → after | conditions |\n")
          .append("| --- | --- | --- | --- | --- | --- |\n");
      for (SessionRow row : r.sessions()) {
        String ended = text(row.endingWords());
        b.append("| ")
            .append(HtmlReport.DAY_TIME.format(row.start()))
            .append(" | ")
            .append(text(row.routineTitle() == null ? row.routine() : row.routineTitle()))
            .append(" | ")
            .append(HtmlReport.duration(row.activeSeconds()))
            .append(" | ")
            .append(row.ending().equals("stopped-for-pain") ? "**" + ended + "**" : ended)
            .append(" | ")
            .append(pain(row.painBefore()))
            .append(" → ")
            .append(pain(row.painAfter()))
            .append(" | ")
            .append(text(String.join(", ", row.conditions())))
            .append(" |\n");
      }
      b.append('\n');
    }
    Report.Totals t = r.totals();
    b.append("## Totals for the period\n\n")
        .append("- Sessions: ")
        .append(t.sessions())
        .append(HtmlReport.skippedSessions(t))
        .append('\n')
        .append("- Time moving: ")
        .append(HtmlReport.minutesMoving(t))
        .append(" minutes\n")
        .append("- Stopped for pain: ")
        .append(text(t.stops()))
        .append('\n')
        .append("- Streak: ")
        .append(HtmlReport.streak(t))
        .append('\n')
        .append("- Average change in pain: ")
        .append(HtmlReport.change(t))
        .append("\n\n");
    b.append("## Exercises done most\n\n");
    if (r.exercises().isEmpty()) {
      b.append("None recorded in this period.\n\n");
    } else {
      for (ExerciseCount e : r.exercises()) {
        b.append("- ")
            .append(text(e.name()))
            .append(" (")
            .append(e.sessions())
            .append(e.sessions() == 1 ? " session" : " sessions")
            .append(")\n");
      }
      b.append('\n');
    }
    if (!r.skippedLines().isEmpty()) {
      b.append("## History lines left out\n\n");
      for (String line : r.skippedLines()) b.append("- ").append(text(line)).append('\n');
      b.append('\n');
    }
    b.append("Made with backcare on ")
        .append(HtmlReport.DAY_TIME.format(r.made()))
        .append(" (")
        .append(text(r.zone()))
        .append("). Times are local.\n");
    return b.toString();
  }

  private static String average(double sum, double count) {
    return count == 0 ? "–" : String.format(Locale.ROOT, "%.1f (%d)", sum / count, (int) count);
  }

  private static String pain(Integer p) {
    return p == null ? "–" : String.valueOf(p);
  }

  /**
   * Text that reads as itself in any Markdown: control characters written out, line breaks as
   * spaces, every mark that makes emphasis, code, a link or a table cell inline escaped with a
   * backslash (each text starts inside a line, after a list mark or a cell, so no line-start mark
   * applies), and {@code <} and {@code &} as entities so no HTML is made.
   */
  static String text(String s) {
    if (s == null) return "";
    String v = Visible.of(s).replace('\n', ' ').replace('\r', ' ');
    StringBuilder b = new StringBuilder(v.length() + 16);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '<') b.append("&lt;");
      else if (c == '>') b.append("&gt;");
      else if (c == '&') b.append("&amp;");
      else if ("\\`*_[]|~".indexOf(c) >= 0) b.append('\\').append(c);
      else b.append(c);
    }
    return b.toString();
  }

  /** Our own hint text, its `commands` kept as code spans. */
  private static String withCode(String hint) {
    StringBuilder b = new StringBuilder();
    String[] parts = hint.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      b.append(i % 2 == 1 ? "`" + parts[i] + "`" : text(parts[i]));
    }
    return b.toString();
  }
}
