package backcare.report;

import static backcare.report.Html.text;

import backcare.report.Report.AlertSpan;
import backcare.report.Report.Answer;
import backcare.report.Report.ExerciseCount;
import backcare.report.Report.Screen;
import backcare.report.Report.SessionRow;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The report as one self-contained HTML page: no script, no external font, image or link (its
 * Content-Security-Policy is {@code default-src 'none'} with inline style), so it opens offline and
 * asks nothing of the network. Laid out to print on one or two A4 or Letter pages.
 */
public final class HtmlReport {
  /** The page's Content-Security-Policy: nothing may load; only its own inline style applies. */
  public static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  /** Every date and time of the HTML and the Markdown report. */
  static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);

  private HtmlReport() {}

  public static String write(Report r) {
    return write(r, ExerciseFigures.NONE);
  }

  /** {@code figures}: an inline SVG per exercise in "exercises done most", where one exists. */
  public static String write(Report r, ExerciseFigures figures) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Back care report, ")
        .append(r.from())
        .append(" to ")
        .append(r.to())
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(b, r);
    if (!r.hints().isEmpty()) {
      b.append("<section class=\"hints\"><h2>What to record</h2><ul>\n");
      for (String h : r.hints()) b.append("<li>").append(code(text(h))).append("</li>\n");
      b.append("</ul></section>\n");
    }
    screens(b, r);
    alerts(b, r);
    pain(b, r);
    sessions(b, r);
    totals(b, r);
    exercises(b, r, figures);
    if (!r.skippedLines().isEmpty()) {
      b.append(
          "<section class=\"skipped\"><h2>History lines left out</h2><p>These lines of the history could not"
              + " be read and are not in this report; every other record is.</p><ul>\n");
      for (String s : r.skippedLines()) b.append("<li>").append(text(s)).append("</li>\n");
      b.append("</ul></section>\n");
    }
    b.append("<footer>Made with backcare on ")
        .append(DAY_TIME.format(r.made()))
        .append(" (")
        .append(text(r.zone()))
        .append(
            "). Times are local. Pain is the person's own score, 0 (none) to 10 (worst).</footer>\n");
    return b.append("</body>\n</html>\n").toString();
  }

  private static void header(StringBuilder b, Report r) {
    b.append("<header>\n<h1>Back care report</h1>\n<p class=\"who\"><span>For: ")
        .append(
            r.name() == null
                ? "<span class=\"blank\"></span>"
                : "<strong>" + text(r.name()) + "</strong>")
        .append("</span><span>Period: <strong>")
        .append(r.from())
        .append("</strong> to <strong>")
        .append(r.to())
        .append("</strong></span></p>\n")
        .append(
            "<p class=\"disclaimer\"><strong>Not a diagnosis.</strong> Kept by the person themselves with"
                + " backcare, a self-care tool for a stiff lower back: their answers to a red-flag screen, and"
                + " the stretching sessions they did, with pain scored by them before and after.</p>\n</header>\n");
  }

  private static void screens(StringBuilder b, Report r) {
    b.append("<section id=\"screens\"><h2>Red-flag screen</h2>\n");
    Screen s = r.latestScreen();
    if (s == null) {
      b.append("<p>No screen recorded.</p>\n");
    } else {
      b.append("<p class=\"latest ")
          .append(s.outcome().equals("self-care") ? "ok" : "flag")
          .append("\">Latest, ")
          .append(DAY_TIME.format(s.time()))
          .append(": <strong>")
          .append(text(s.outcomeWords()))
          .append("</strong></p>\n");
      if (!s.triggered().isEmpty()) {
        b.append("<p>").append(answeredYes(s)).append("</p><ul class=\"answers\">\n");
        for (Answer a : s.triggered()) {
          b.append("<li>")
              .append(text(capital(a.words())))
              .append(" <span class=\"id\">(")
              .append(text(a.id()))
              .append(")</span></li>\n");
        }
        b.append("</ul>\n");
      } else if (s.outcome().equals("self-care")) {
        b.append("<p>No warning sign was answered yes.</p>\n");
      }
      b.append("<p>Conditions the routines were adapted for: ")
          .append(conditions(s.conditions()))
          .append("</p>\n");
    }
    if (!r.earlierScreens().isEmpty()) {
      b.append("<p>Earlier in the period:</p><ul class=\"earlier\">\n");
      for (Screen e : r.earlierScreens()) {
        b.append("<li>").append(earlierScreen(e, Html::text)).append("</li>\n");
      }
      if (r.earlierScreensLeftOut() > 0) {
        b.append("<li>and ").append(r.earlierScreensLeftOut()).append(" earlier</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void alerts(StringBuilder b, Report r) {
    b.append("<section id=\"alerts\"><h2>Safety-net alerts</h2>\n");
    if (r.alerts().isEmpty()) {
      b.append(
          "<p>None in this period: pain did not rise over two weeks, no two sessions in a week were stopped"
              + " for pain, and no screen asked for a clinician without a clearance after it.</p>\n");
    } else {
      b.append("<ul class=\"alerts\">\n");
      for (List<AlertSpan> rule : byRule(r.alerts())) {
        boolean now = rule.get(rule.size() - 1).current();
        b.append(now ? "<li class=\"current\">" : "<li>")
            .append(text(capital(alertWords(rule.get(0).rule()))))
            .append(" <span class=\"id\">(")
            .append(text(rule.get(0).rule()))
            .append(")</span>: <strong>")
            .append(text(spans(rule)))
            .append("</strong></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void pain(StringBuilder b, Report r) {
    b.append("<section id=\"pain\"><h2>Pain before and after each session</h2>\n");
    if (r.pain().isEmpty()) {
      b.append("<p>No pain scores in this period.</p>\n");
    } else {
      b.append(PainChart.svg(r.pain(), r.from(), r.made())).append('\n');
    }
    b.append("</section>\n");
  }

  private static void sessions(StringBuilder b, Report r) {
    b.append("<section id=\"sessions\"><h2>Sessions</h2>\n");
    if (r.sessions().isEmpty()) {
      b.append("<p>No sessions in this period.</p>\n</section>\n");
      return;
    }
    if (r.sessions().size() < r.sessionsInPeriod()) {
      b.append("<p>The latest ")
          .append(r.sessions().size())
          .append(" of ")
          .append(r.sessionsInPeriod())
          .append(" in the period, newest first; the chart and the totals count them all.</p>\n");
    } else {
      b.append("<p>Newest first.</p>\n");
    }
    b.append(
        "<table class=\"sessions\"><thead><tr><th>Date</th><th>Routine</th><th>Time moving</th>"
            + "<th>How it ended</th><th>Pain before &rarr; after</th><th>Conditions</th></tr></thead><tbody>\n");
    for (SessionRow s : r.sessions()) {
      boolean stopped = s.ending().equals("stopped-for-pain");
      b.append(stopped ? "<tr class=\"stopped\">" : "<tr>")
          .append("<td class=\"date\">")
          .append(DAY_TIME.format(s.start()))
          .append("</td><td>")
          .append(text(s.routineTitle() == null ? s.routine() : s.routineTitle()))
          .append("</td><td class=\"num\">")
          .append(duration(s.activeSeconds()))
          .append("</td><td>")
          .append(
              stopped ? "<strong>" + text(s.endingWords()) + "</strong>" : text(s.endingWords()))
          .append("</td><td class=\"num\">")
          .append(pain(s.painBefore()))
          .append(" &rarr; ")
          .append(pain(s.painAfter()))
          .append("</td><td>")
          .append(s.conditions().isEmpty() ? "" : text(String.join(", ", s.conditions())))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n<p class=\"small\">&ndash; : not answered.</p>\n</section>\n");
  }

  private static void totals(StringBuilder b, Report r) {
    Report.Totals t = r.totals();
    b.append("<section id=\"totals\"><h2>Totals for the period</h2>\n<dl>\n")
        .append("<dt>Sessions</dt><dd>")
        .append(t.sessions())
        .append(skippedSessions(t))
        .append("</dd>\n<dt>Time moving</dt><dd>")
        .append(minutesMoving(t))
        .append(" minutes</dd>\n")
        .append("<dt>Stopped for pain</dt><dd>")
        .append(text(t.stops()))
        .append("</dd>\n")
        .append("<dt>Streak</dt><dd>")
        .append(streak(t))
        .append("</dd>\n")
        .append("<dt>Average change in pain</dt><dd>")
        .append(change(t))
        .append("</dd>\n</dl>\n</section>\n");
  }

  private static void exercises(StringBuilder b, Report r, ExerciseFigures figures) {
    b.append("<section id=\"exercises\"><h2>Exercises done most</h2>\n");
    if (r.exercises().isEmpty()) {
      b.append("<p>None recorded in this period.</p>\n</section>\n");
      return;
    }
    b.append("<ul class=\"exercises\">\n");
    for (ExerciseCount e : r.exercises()) {
      String svg = figures.svg(e.id(), e.name());
      b.append("<li>");
      if (svg != null) b.append("<span class=\"figure\">").append(svg).append("</span>");
      b.append("<span>")
          .append(text(e.name()))
          .append(" <span class=\"count\">(")
          .append(e.sessions())
          .append(e.sessions() == 1 ? " session" : " sessions")
          .append(")</span></span></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  /** The line before the answers a screen triggered. */
  static String answeredYes(Screen s) {
    return s.clearance() || s.cleared()
        ? "Answered yes (the screen this clears):"
        : "Answered yes:";
  }

  /**
   * An earlier screen in a line: when, its outcome, whether it was or followed a clearance, and the
   * questions answered yes. {@code text} escapes what came from the history for the format.
   */
  static String earlierScreen(Screen e, UnaryOperator<String> text) {
    StringBuilder b =
        new StringBuilder()
            .append(DAY_TIME.format(e.time()))
            .append(": ")
            .append(text.apply(e.outcome()))
            .append(
                e.clearance()
                    ? " (a clinician's clearance)"
                    : e.cleared() ? " (after a clinician's clearance)" : "");
    if (!e.triggered().isEmpty()) {
      b.append("; yes to: ")
          .append(text.apply(String.join(", ", e.triggered().stream().map(Answer::id).toList())));
    }
    return b.toString();
  }

  /** " (and 2 started with every step skipped)", or nothing when none was. */
  static String skippedSessions(Report.Totals t) {
    return t.skippedSessions() == 0
        ? ""
        : " (and " + t.skippedSessions() + " started with every step skipped)";
  }

  static long minutesMoving(Report.Totals t) {
    return Math.round(t.activeSeconds() / 60.0);
  }

  /** The spans of each rule together, the rules in the order they first held. */
  static List<List<AlertSpan>> byRule(List<AlertSpan> alerts) {
    java.util.Map<String, List<AlertSpan>> rules = new java.util.LinkedHashMap<>();
    for (AlertSpan a : alerts)
      rules.computeIfAbsent(a.rule(), k -> new java.util.ArrayList<>()).add(a);
    return List.copyOf(rules.values());
  }

  /** "2024-04-03 to 2024-04-08; since 2024-05-20, still holding today". */
  static String spans(List<AlertSpan> spans) {
    return String.join(
        "; ",
        spans.stream()
            .map(
                a ->
                    a.current()
                        ? "since " + a.from() + ", still holding today"
                        : a.until().equals(a.from())
                            ? "on " + a.from()
                            : a.from() + " to " + a.until())
            .toList());
  }

  /**
   * What a safety-net rule found, for a clinician: the rule in a line, not the advice the user was
   * given.
   */
  static String alertWords(String rule) {
    return switch (rule) {
      case "pain-rising" ->
          "pain before sessions rose by a point or more over two weeks (a fitted trend over 3 or more sessions)";
      case "stopped-for-pain" -> "two or more sessions in 7 days were stopped because they hurt";
      case "triage" ->
          "a screen had asked for a clinician, and no clearance was recorded yet; routines were held back";
      default -> rule;
    };
  }

  static String streak(Report.Totals t) {
    if (t.streakDays() == 0) return "none at present";
    return t.streakDays()
        + (t.streakDays() == 1 ? " day" : " days in a row")
        + ", up to today"
        + (t.streakForgivenDays() == 0
            ? ""
            : " ("
                + t.streakForgivenDays()
                + " missed day"
                + (t.streakForgivenDays() == 1 ? "" : "s")
                + " allowed)");
  }

  static String change(Report.Totals t) {
    if (t.averagePainChange() == null)
      return "not known (no session with a score before and after)";
    double c = t.averagePainChange();
    return String.format(
        Locale.ROOT,
        "%+.1f points per session (%s), over %d session%s scored before and after",
        c,
        c < 0 ? "less pain after" : c > 0 ? "more pain after" : "no change",
        t.sessionsWithBothPain(),
        t.sessionsWithBothPain() == 1 ? "" : "s");
  }

  static String duration(long seconds) {
    return seconds < 60
        ? seconds + " s"
        : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  private static String pain(Integer p) {
    return p == null ? "&ndash;" : String.valueOf(p);
  }

  private static String conditions(List<String> conditions) {
    return conditions.isEmpty() ? "none" : text(String.join(", ", conditions));
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** `command` in already-escaped text as code. */
  private static String code(String escaped) {
    return escaped.replaceAll("`([^`]*)`", "<code>$1</code>");
  }

  private static final String STYLE =
      """
            html { background: #fff; color: #111; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
                   max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.1rem; margin: 1.1rem 0 .35rem; border-bottom: 1px solid #999; padding-bottom: .1rem; }
            p, ul, dl { margin: .3rem 0; }
            ul { padding-left: 1.3rem; }
            .who { display: flex; flex-wrap: wrap; gap: .4rem 2.5rem; font-size: 1.05rem; margin: .2rem 0 .5rem; }
            .blank { display: inline-block; width: 14rem; border-bottom: 1px solid #111; }
            .disclaimer { border-left: 4px solid #111; padding: .3rem .6rem; background: #f3f3f3; }
            .hints { border: 1px dashed #666; padding: 0 .8rem .4rem; }
            .latest.flag strong { color: #a30000; }
            .latest.flag::before { content: "\\26A0\\FE0E  "; }
            .id, .count, .small { color: #555; font-size: .85em; }
            .alerts li { margin-bottom: .25rem; }
            .alerts li.current strong { color: #a30000; }
            svg.chart { width: 100%; max-width: 44rem; height: auto; display: block; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            th, td { text-align: left; padding: .15rem .45rem; border-bottom: 1px solid #ccc; vertical-align: top; }
            th { border-bottom: 2px solid #555; }
            td.num, td.date { white-space: nowrap; }
            tr.stopped td { background: #fbe9e7; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
            dt { font-weight: 600; } dd { margin: 0; }
            .exercises { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.6rem; }
            .exercises li { display: flex; align-items: center; gap: .4rem; }
            .figure svg { height: 64px; width: auto; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
            footer { margin-top: 1rem; color: #555; font-size: .8rem; }
            @page { margin: 12mm; }
            @media print {
              body { font-size: 9pt; line-height: 1.25; margin: 0; max-width: none; padding: 0; }
              h1 { font-size: 15pt; }
              h2 { font-size: 11pt; margin-top: .5rem; }
              svg.chart { max-height: 58mm; }
              th, td { padding: .05rem .4rem; }
              tr, li, dl, svg, .disclaimer { break-inside: avoid; }
              h2 { break-after: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
