package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of triage.md version 2, as a script meets it: {@code backcare triage --answer ...
 * --json}, no to every other required question and age 40 unless a row says otherwise. A follow-up
 * question (nerve-recent, pregnancy-warning, clinician-cleared) is answered yes, no, or left out
 * ("-").
 */
class TriageTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Arguments row(String expected, String... answers) {
    return Arguments.of(String.join(" ", answers), expected, answers);
  }

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    // nerves: cauda equina, by how recent
    for (String id : List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both")) {
      rows.add(row("emergency", id + "=yes", "nerve-recent=yes"));
      rows.add(row("emergency", id + "=yes", "nerve-recent=-"));
      rows.add(row("urgent", id + "=yes", "nerve-recent=no"));
    }
    rows.add(row("urgent", "leg-pain-both=yes", "nerve-recent=yes"));
    rows.add(row("urgent", "leg-pain-both=yes", "nerve-recent=-"));
    rows.add(row("see-clinician", "leg-pain-both=yes", "nerve-recent=no"));
    for (String other :
        List.of("bladder", "bowel", "saddle-numbness", "leg-weakness-both", "sexual-function")) {
      rows.add(row("emergency", "leg-pain-both=yes", other + "=yes", "nerve-recent=yes"));
    }
    rows.add(row("urgent", "leg-weakness-one=yes", "nerve-recent=yes"));
    rows.add(row("urgent", "leg-weakness-one=yes", "nerve-recent=-"));
    rows.add(row("see-clinician", "leg-weakness-one=yes", "nerve-recent=no"));
    rows.add(row("see-clinician", "sexual-function=yes", "nerve-recent=yes"));
    rows.add(row("see-clinician", "sexual-function=yes", "nerve-recent=no"));
    for (String other :
        List.of(
            "bladder",
            "bowel",
            "saddle-numbness",
            "leg-weakness-both",
            "leg-pain-both",
            "leg-weakness-one",
            "leg-numbness")) {
      rows.add(row("emergency", "sexual-function=yes", other + "=yes", "nerve-recent=yes"));
      rows.add(row("emergency", "sexual-function=yes", other + "=yes", "nerve-recent=-"));
    }
    // blood vessels
    rows.add(row("emergency", "aaa=yes"));
    rows.add(row("urgent", "belly-pulse=yes", "age=50"));
    rows.add(row("self-care", "belly-pulse=yes", "age=49"));
    // infection
    rows.add(row("urgent", "fever=yes"));
    for (String risk :
        List.of(
            "iv-drug-use", "immunosuppression", "recent-infection", "recent-surgery", "steroids")) {
      rows.add(row("see-clinician", risk + "=yes"));
      rows.add(row("emergency", risk + "=yes", "fever=yes"));
    }
    // fracture
    rows.add(row("emergency", "major-trauma=yes"));
    rows.add(row("urgent", "trauma=yes"));
    rows.add(row("self-care", "sudden-onset=yes"));
    rows.add(row("urgent", "sudden-onset=yes", "osteoporosis=yes"));
    rows.add(row("urgent", "sudden-onset=yes", "steroids=yes"));
    rows.add(row("urgent", "sudden-onset=yes", "age=70"));
    rows.add(row("see-clinician", "osteoporosis=yes"));
    rows.add(row("urgent", "osteoporosis=yes", "trauma=yes"));
    // cancer
    rows.add(row("see-clinician", "cancer-history=yes"));
    for (String other : List.of("weight-loss", "night-pain", "thoracic-pain", "straining-pain")) {
      rows.add(row("urgent", "cancer-history=yes", other + "=yes"));
    }
    rows.add(row("urgent", "cancer-history=yes", "age=50"));
    for (String nerve :
        List.of(
            "bladder",
            "bowel",
            "saddle-numbness",
            "leg-weakness-both",
            "leg-pain-both",
            "leg-weakness-one",
            "sexual-function")) {
      rows.add(row("emergency", "cancer-history=yes", nerve + "=yes", "nerve-recent=no"));
    }
    rows.add(row("emergency", "cancer-history=yes", "leg-numbness=yes"));
    rows.add(row("see-clinician", "weight-loss=yes"));
    rows.add(row("urgent", "weight-loss=yes", "night-pain=yes"));
    rows.add(row("see-clinician", "night-pain=yes"));
    rows.add(row("see-clinician", "thoracic-pain=yes"));
    rows.add(row("self-care", "straining-pain=yes"));
    // the seeds' list and other patterns
    for (String id :
        List.of(
            "sharp-pain",
            "leg-numbness",
            "swelling-warmth",
            "spinal-history",
            "inflammatory",
            "persistent")) {
      rows.add(row("see-clinician", id + "=yes"));
    }
    // conditions and age
    rows.add(row("self-care", "stenosis=yes"));
    rows.add(row("self-care", "pregnancy=yes", "pregnancy-warning=no"));
    rows.add(row("self-care", "pregnancy=yes", "pregnancy-warning=-"));
    rows.add(row("emergency", "pregnancy=yes", "pregnancy-warning=yes"));
    rows.add(row("see-clinician", "age=15"));
    rows.add(row("self-care", "age=16"));
    rows.add(row("self-care", "age=80"));
    // clearance
    rows.add(row("self-care", "persistent=yes", "clinician-cleared=yes"));
    rows.add(row("see-clinician", "persistent=yes", "clinician-cleared=no"));
    rows.add(row("see-clinician", "persistent=yes", "clinician-cleared=-"));
    rows.add(row("self-care", "trauma=yes", "clinician-cleared=yes"));
    rows.add(row("urgent", "trauma=yes", "clinician-cleared=-"));
    rows.add(row("emergency", "aaa=yes", "clinician-cleared=yes"));
    rows.add(row("emergency", "bladder=yes", "nerve-recent=-", "clinician-cleared=yes"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rows")
  void eachRow(String name, String expected, String[] answers) throws IOException {
    String[] args =
        Arrays.copyOf(
            TriageScriptedTest.flags(answers), TriageScriptedTest.flags(answers).length + 1);
    args[args.length - 1] = "--json";
    Cli run = TriageScriptedTest.script(TriageScriptedTest.fresh(dir), "", args);
    JsonNode outcome = JSON.readTree(run.out);
    assertThat(outcome.get("outcome").asText()).as(run.err).isEqualTo(expected);
    int code =
        switch (expected) {
          case "emergency" -> 5;
          case "urgent" -> 4;
          case "see-clinician" -> 3;
          default -> 0;
        };
    assertThat(run.code).isEqualTo(code);
    assertThat(outcome.get("exitCode").asInt()).isEqualTo(code);
    String advice = outcome.get("advice").toString();
    assertThat(advice).contains("not a diagnosis", "Cauda equina syndrome");
    if (code == 0) assertThat(advice).contains("4 to 6 weeks");
    else assertThat(advice).doesNotContain("4 to 6 weeks");
  }
}
