package backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML and Markdown writers, on a report whose every text field is hostile. */
class ReportWritersTest {
  static final String EVIL =
      "<script>alert(\"x\")</script>' onload='x' [link](http://e.example) *b* | \u001b[2J &amp;";

  static String evil(String field) {
    return field + ":" + EVIL;
  }

  static Report hostile() {
    LocalDateTime t = LocalDateTime.parse("2024-05-19T08:00");
    Report.Screen screen =
        new Report.Screen(
            t,
            evil("outcome"),
            evil("outcomeWords"),
            false,
            false,
            List.of(new Report.Answer(evil("id"), evil("plain"))),
            List.of(evil("condition")));
    return new Report(
        evil("name"),
        LocalDate.parse("2024-02-20"),
        LocalDate.parse("2024-05-20"),
        t,
        evil("zone"),
        screen,
        List.of(screen),
        2,
        List.of(
            new Report.AlertSpan(
                evil("rule"), evil("message"), LocalDate.parse("2024-05-01"), null)),
        List.of(new Report.PainPoint(t, true, 5), new Report.PainPoint(t, false, 3)),
        List.of(
            new Report.SessionRow(
                t,
                evil("routine"),
                evil("title"),
                300,
                evil("ending"),
                evil("endingWords"),
                5,
                3,
                List.of(evil("sessionCondition")))),
        1,
        new Report.Totals(1, 0, 300, 0, 1, 0, 1, -2.0),
        List.of(new Report.ExerciseCount(evil("exerciseId"), evil("exerciseName"), 1)),
        List.of(evil("skipped")),
        List.of(evil("hint")));
  }

  @Test
  void htmlShowsEveryTextFieldAsTextNeverAsMarkup() {
    String html = HtmlReport.write(hostile());
    assertThat(html).doesNotContain("<script").doesNotContain("onload='").doesNotContain("\u001b");
    assertThat(html).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+=");
    String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x&#39;";
    // every field shown appears escaped (the rule and ending ids and the zone too)
    for (String field :
        List.of(
            "name",
            "outcomeWords",
            "Plain",
            "condition",
            "title",
            "endingWords",
            "sessionCondition",
            "exerciseName",
            "skipped",
            "hint",
            "zone")) {
      assertThat(html).as(field).contains(field + ":" + escaped);
    }
    assertThat(html).contains("\\u001b[2J").contains("&amp;amp;");
  }

  @Test
  void htmlLoadsNothingAndRunsNothing() {
    String html = HtmlReport.write(hostile());
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'");
    assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe|object|embed|base)\\b");
    Matcher refs =
        Pattern.compile("(?i)<[a-z][^<>]*\\s(src|srcset|href|xlink:href|action|poster|data)\\s*=")
            .matcher(html);
    assertThat(refs.find()).as("an attribute that could load something").isFalse();
    assertThat(html).doesNotContainPattern("(?i)url\\(|@import");
  }

  @Test
  void theChartHasOnePointPerPainAnswerAndALegend() {
    String html = HtmlReport.write(hostile());
    assertThat(Pattern.compile("class=\"point ").matcher(html).results().count()).isEqualTo(2);
    assertThat(html)
        .contains("data-pain=\"5\"")
        .contains("data-pain=\"3\"")
        .contains("before the session")
        .contains("after the session")
        .contains("stroke-dasharray");
  }

  @Test
  void aFigureIsOneOptionalCall() {
    String without = HtmlReport.write(hostile());
    assertThat(without).doesNotContain("class=\"figure\"");
    String with =
        HtmlReport.write(
            hostile(),
            (id, name) ->
                id.equals(evil("exerciseId"))
                    ? "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\"></svg>"
                    : null);
    assertThat(with)
        .contains(
            "<span class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\"></svg></span>");
  }

  @Test
  void markdownShowsEveryTextFieldAsText() {
    String md = MarkdownReport.write(hostile());
    assertThat(md)
        .doesNotContain("<script")
        .doesNotContainPattern("(?<!\\\\)\\]\\(http")
        .doesNotContain("\u001b")
        .doesNotContain(" *b* ");
    String escaped =
        "&lt;script&gt;alert(\"x\")&lt;/script&gt;' onload='x' \\[link\\](http://e.example) \\*b\\* \\| \\\\u001b\\[2J &amp;amp;";
    for (String field :
        List.of(
            "name",
            "outcomeWords",
            "Plain",
            "condition",
            "title",
            "endingWords",
            "sessionCondition",
            "exerciseName",
            "skipped",
            "zone")) {
      assertThat(md).as(field).contains(field + ":" + escaped);
    }
    // pain by week (Monday to Sunday), the average and how many scores
    assertThat(md)
        .contains("| week from | before | after |")
        .contains("| 2024-05-13 | 5.0 (1) | 3.0 (1) |");
    // a table row keeps its six cells: no | from a text ends one
    String row =
        md.lines()
            .filter(l -> l.startsWith("| 2024-05-19 08:00 | title"))
            .findFirst()
            .orElseThrow();
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7);
  }

  @Test
  void anEmptyReportReadsAsAPageWithWhatToRecord() {
    Report empty =
        ReportBuilder.build(
            List.of(),
            List.of(),
            List.of(),
            ReportBuilderTest.FROM,
            ReportBuilderTest.NOW,
            null,
            ReportContent.NONE);
    String html = HtmlReport.write(empty);
    assertThat(html)
        .contains("What to record")
        .contains("<code>backcare triage</code>")
        .contains("No screen recorded.")
        .contains("No pain scores in this period.")
        .contains("No sessions in this period.")
        .contains("class=\"blank\"")
        .doesNotContain("class=\"point");
    assertThat(MarkdownReport.write(empty))
        .contains("## What to record")
        .contains("`backcare triage`")
        .contains("No sessions in this period.");
  }
}
