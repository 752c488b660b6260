package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import backcare.triage.Question;
import backcare.triage.QuestionType;
import backcare.triage.TriageRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backcare triage without a terminal: --list, --answer, --answers FILE and stdin. */
class TriageScriptedTest {
  private static final List<Question> QUESTIONS = TriageRules.load().questions();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** --answer flags: no to every required question, age 40, then the overrides (id=value). */
  static String[] flags(String... overrides) {
    Map<String, String> over =
        java.util.Arrays.stream(overrides)
            .collect(
                Collectors.toMap(
                    o -> o.substring(0, o.indexOf('=')), o -> o.substring(o.indexOf('=') + 1)));
    List<String> args = new ArrayList<>();
    for (Question q : QUESTIONS) {
      String value =
          over.getOrDefault(
              q.id(), q.required() ? (q.type() == QuestionType.NUMBER ? "40" : "no") : null);
      if (value == null || value.equals("-")) continue; // "-": leave unanswered
      args.add("--answer");
      args.add(q.id() + "=" + value);
    }
    return args.toArray(String[]::new);
  }

  static String[] plus(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** One answer a line: n for every required question, 40 for age. */
  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Question q : QUESTIONS) {
      if (q.required()) lines.add(q.type() == QuestionType.NUMBER ? "40" : "n");
    }
    return lines;
  }

  private static JsonNode json(TriageHarness run) throws IOException {
    return JSON.readTree(run.out);
  }

  private static void assertNoStackTrace(TriageHarness run) {
    assertThat(run.out + run.err)
        .doesNotContain("Exception")
        .doesNotContainPattern("\\n\\s+at [a-z]");
  }

  // ---- --list ---------------------------------------------------------------------------------

  @Test
  void listJsonGivesEveryQuestionWithIdTextTypeHelpAndItsCondition() throws IOException {
    TriageHarness run = new TriageHarness().script("", "--list", "--json");
    assertThat(run.code).isZero();
    JsonNode list = json(run);
    assertThat(list).hasSize(QUESTIONS.size());
    List<String> ids = new ArrayList<>();
    for (JsonNode q : list) {
      ids.add(q.get("id").asText());
      assertThat(q.get("text").asText()).isNotBlank();
      assertThat(q.get("help").asText()).isNotBlank();
      assertThat(q.get("type").asText()).isIn("yes-no", "number");
    }
    assertThat(ids)
        .containsExactlyElementsOf(QUESTIONS.stream().map(Question::id).toList())
        .contains("age", "clinician-cleared", "aaa", "saddle-numbness");
    assertThat(list.get(ids.indexOf("age")).get("type").asText()).isEqualTo("number");
    assertThat(list.get(ids.indexOf("bladder")).get("type").asText()).isEqualTo("yes-no");
    assertThat(list.get(ids.indexOf("bladder")).get("askedWhen").isNull()).isTrue();
    JsonNode recent = list.get(ids.indexOf("nerve-recent"));
    assertThat(recent.get("askedWhen").get("anyYes"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "bladder",
            "bowel",
            "saddle-numbness",
            "leg-weakness-both",
            "leg-pain-both",
            "leg-weakness-one",
            "sexual-function");
    assertThat(recent.get("unanswered").asText()).isEqualTo("yes");
    assertThat(list.get(ids.indexOf("pregnancy-warning")).get("unanswered").asText())
        .isEqualTo("no");
    JsonNode cleared = list.get(ids.indexOf("clinician-cleared"));
    assertThat(cleared.get("askedWhen").get("outcomeIn"))
        .extracting(JsonNode::asText)
        .containsExactly("see-clinician", "urgent");
    assertThat(cleared.get("unanswered").asText()).isEqualTo("no");
  }

  @Test
  void listShowsEveryQuestionAndWhyWeAsk() {
    TriageHarness run = new TriageHarness().script("", "--list");
    assertThat(run.code).isZero();
    for (Question q : QUESTIONS) assertThat(run.out).contains(q.id() + "  (", q.text());
    assertThat(run.out).contains("Why we ask:");
  }

  // ---- --answer -------------------------------------------------------------------------------

  @Test
  void allClearIsSelfCareAndHandsOverToTheRoutineOfTheTimeOfDay() {
    TriageHarness run = new TriageHarness();
    run.time = LocalTime.of(14, 30);
    run.script("", flags());
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "SELF-CARE:",
            "You said no to every warning sign",
            "not a diagnosis",
            "run backcare triage again",
            "4 to 6 weeks",
            "Cauda equina syndrome",
            "Routine: desk");
    assertThat(run.handedOver).containsExactly(new TriageHarness.HandedOver("desk", Set.of()));
    assertThat(run.promptRequested).isFalse();
  }

  @Test
  void theConditionsTheAnswersSetGoToTheRoutine() {
    TriageHarness run = new TriageHarness();
    run.time = LocalTime.of(19, 0);
    run.script("", flags("stenosis=yes", "pregnancy=y"));
    assertThat(run.code).isZero();
    assertThat(run.out).contains("stenosis: " + Condition.STENOSIS.why(), "Routine: evening");
    assertThat(run.handedOver)
        .containsExactly(
            new TriageHarness.HandedOver(
                "evening", Set.of(Condition.STENOSIS, Condition.PREGNANCY)));
  }

  @Test
  void routineAndNoRoutineOptions() {
    TriageHarness chosen = new TriageHarness().script("", plus(flags(), "--routine", "gentle"));
    assertThat(chosen.handedOver)
        .extracting(TriageHarness.HandedOver::routineId)
        .containsExactly("gentle");
    TriageHarness none = new TriageHarness().script("", plus(flags(), "--no-routine"));
    assertThat(none.code).isZero();
    assertThat(none.handedOver).isEmpty();
    assertThat(none.out).contains("SELF-CARE:").doesNotContain("Routine:");
    TriageHarness bad = new TriageHarness().script("", plus(flags(), "--routine", "mornign"));
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err)
        .contains("backcare: --routine mornign: unknown routine; did you mean 'morning'?");
  }

  @Test
  void theDefaultHandOverPrintsTheNextCommand() {
    java.io.StringWriter text = new java.io.StringWriter();
    int code =
        backcare.triage.RoutineHandover.printNextStep()
            .run(
                "desk",
                java.util.EnumSet.of(Condition.STENOSIS, Condition.DISC),
                new java.io.PrintWriter(text));
    assertThat(code).isZero();
    assertThat(text.toString().trim())
        .isEqualTo("Next: backcare routine desk --condition stenosis --condition disc");
  }

  @Test
  void exitCodesFollowTheOutcome() {
    assertThat(new TriageHarness().script("", flags("night-pain=yes")).code).isEqualTo(3);
    assertThat(new TriageHarness().script("", flags("trauma=yes")).code).isEqualTo(4);
    assertThat(new TriageHarness().script("", flags("bladder=yes")).code).isEqualTo(5);
    assertThat(new TriageHarness().script("", flags("fever=yes", "immunosuppression=yes")).code)
        .isEqualTo(5);
    TriageHarness see = new TriageHarness().script("", flags("night-pain=yes"));
    assertThat(see.out).startsWith("\nSEE A DOCTOR:").contains("night-pain = yes");
    assertThat(see.handedOver).isEmpty();
  }

  @Test
  void clinicianClearanceViaFlagsLowersSeeClinicianAndUrgentButNeverAnEmergency() {
    TriageHarness cleared =
        new TriageHarness().script("", flags("osteoporosis=yes", "clinician-cleared=yes"));
    assertThat(cleared.code).isZero();
    assertThat(cleared.handedOver)
        .containsExactly(new TriageHarness.HandedOver("morning", Set.of(Condition.OSTEOPOROSIS)));
    TriageHarness urgent =
        new TriageHarness()
            .script("", flags("osteoporosis=yes", "trauma=yes", "clinician-cleared=yes"));
    assertThat(urgent.code).isZero();
    assertThat(urgent.out)
        .contains("SELF-CARE: a clinician has cleared you", "clinician-cleared = yes");
    TriageHarness emergency =
        new TriageHarness().script("", flags("major-trauma=yes", "clinician-cleared=yes"));
    assertThat(emergency.code).isEqualTo(5);
    assertThat(emergency.out).contains("cannot cover an emergency sign");
    assertThat(emergency.handedOver).isEmpty();
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    TriageHarness run =
        new TriageHarness()
            .script(
                "",
                plus(
                    flags("sexual-function=yes", "leg-numbness=yes", "steroids=yes", "age=63"),
                    "--json"));
    assertThat(run.code).isEqualTo(5);
    JsonNode j = json(run);
    assertThat(j.get("outcome").asText()).isEqualTo("emergency");
    assertThat(j.get("exitCode").asInt()).isEqualTo(5);
    assertThat(j.get("triggered").get(0).get("id").asText()).isEqualTo("sexual-function");
    assertThat(j.get("triggered").get(0).get("answer").asText()).isEqualTo("yes");
    assertThat(j.get("triggered").get(0).get("reason").asText())
        .contains("together with: leg-numbness");
    assertThat(j.findValuesAsText("id")).contains("sexual-function", "leg-numbness", "steroids");
    assertThat(j.get("advice").get(0).asText()).startsWith("EMERGENCY:");
    assertThat(j.get("advice").toString())
        .contains("not a diagnosis", "Cauda equina syndrome")
        .doesNotContain("4 to 6 weeks");
    assertThat(j.get("conditions")).extracting(JsonNode::asText).containsExactly("osteoporosis");
    assertThat(j.get("notes").get(0).asText()).startsWith("If this is your first bout");
    assertThat(run.handedOver).isEmpty();

    JsonNode selfCare = json(new TriageHarness().script("", plus(flags(), "--json")));
    assertThat(selfCare.get("outcome").asText()).isEqualTo("self-care");
    assertThat(selfCare.get("exitCode").asInt()).isZero();
    assertThat(selfCare.get("triggered")).isEmpty();
    assertThat(selfCare.get("advice").toString()).contains("4 to 6 weeks", "Cauda equina syndrome");
  }

  @Test
  void missingAnswersAreListedAndNeverTakenAsNo() {
    TriageHarness run = new TriageHarness().script("", flags("bowel=-", "age=-", "persistent=-"));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains("missing (3): bowel, persistent, age")
        .contains("backcare triage --list");
    assertThat(run.out).isEmpty();
    assertNoStackTrace(run);
    // only the follow-up questions may be left out
    assertThat(
            new TriageHarness()
                .script("", flags("clinician-cleared=-", "nerve-recent=-", "pregnancy-warning=-"))
                .code)
        .isZero();
  }

  @Test
  void anEmergencyAnswerSettlesItEvenWithOthersMissing() throws IOException {
    TriageHarness run = new TriageHarness().script("", "--answer", "saddle-numbness=yes", "--json");
    assertThat(run.code).isEqualTo(5);
    JsonNode j = json(run);
    assertThat(j.get("outcome").asText()).isEqualTo("emergency");
    assertThat(j.get("unanswered"))
        .extracting(JsonNode::asText)
        .contains("bladder", "age")
        .doesNotContain("saddle-numbness");

    TriageHarness combo =
        new TriageHarness().script("", "--answer", "fever=yes", "--answer", "recent-infection=y");
    assertThat(combo.code).isEqualTo(5);
    assertThat(combo.out)
        .startsWith("\nEMERGENCY:")
        .contains("Not answered, and not needed to decide this: bladder, bowel");

    TriageHarness urgentOnly = new TriageHarness().script("", "--answer", "trauma=yes");
    assertThat(urgentOnly.code)
        .as("urgent does not settle it: more answers could make it an emergency")
        .isEqualTo(2);
  }

  @Test
  void anEmergencyWinsOverOtherBadAnswersWhichAreStillReported() {
    TriageHarness run =
        new TriageHarness().script("", "--answer", "bladder=yes", "--answer", "age=old");
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out).contains("EMERGENCY:");
    assertThat(run.err)
        .contains("backcare: not used: --answer age=old: 'old' is not an answer to age");
  }

  @Test
  void unknownIdsGetADidYouMean() {
    TriageHarness run = new TriageHarness().script("", plus(flags(), "--answer", "bladdr=no"));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "backcare: --answer bladdr=no: unknown question id 'bladdr'; did you mean 'bladder'?");
    assertNoStackTrace(run);
    TriageHarness far = new TriageHarness().script("", plus(flags(), "--answer", "headache=no"));
    assertThat(far.err)
        .contains("unknown question id 'headache' (backcare triage --list shows every id)");
  }

  @Test
  void invalidValuesAreRefused() {
    TriageHarness maybe = new TriageHarness().script("", flags("bladder=maybe"));
    assertThat(maybe.code).isEqualTo(2);
    assertThat(maybe.err)
        .contains(
            "--answer bladder=maybe: 'maybe' is not an answer to bladder: use yes or no (y/n)");
    TriageHarness age = new TriageHarness().script("", flags("age=forty"));
    assertThat(age.code).isEqualTo(2);
    assertThat(age.err)
        .contains("'forty' is not an answer to age: use a whole number of years from 1 to 120");
    TriageHarness noEquals = new TriageHarness().script("", plus(flags(), "--answer", "bladder"));
    assertThat(noEquals.code).isEqualTo(2);
    assertThat(noEquals.err)
        .contains("--answer bladder: expected ID=VALUE, e.g. --answer bladder=no");
    TriageHarness twice = new TriageHarness().script("", plus(flags(), "--answer", "fever=yes"));
    assertThat(twice.code).isEqualTo(2);
    assertThat(twice.err)
        .contains("fever is answered twice, differently ('no' at --answer fever=no, 'yes' here)");
    for (TriageHarness r : List.of(maybe, age, noEquals, twice)) assertNoStackTrace(r);
  }

  @Test
  void aConflictingYesToAnEmergencyQuestionStillSettlesTheEmergency() {
    TriageHarness r = new TriageHarness().script("", plus(flags(), "--answer", "bladder=yes"));
    assertThat(r.code).isEqualTo(5);
    assertThat(r.out).contains("EMERGENCY");
    assertThat(r.err).contains("bladder is answered twice, differently").contains("counts as yes");
    assertNoStackTrace(r);
  }

  // ---- --answers FILE -------------------------------------------------------------------------

  private Path yamlAnswers(String extra) throws IOException {
    StringBuilder y = new StringBuilder("# my answers\n");
    for (Question q : QUESTIONS) {
      if (q.required())
        y.append(q.id())
            .append(": ")
            .append(q.type() == QuestionType.NUMBER ? "40" : "no")
            .append('\n');
    }
    Path file = dir.resolve("answers.yaml");
    Files.writeString(file, y + extra);
    return file;
  }

  @Test
  void answersFromAYamlFile() throws IOException {
    Path file = yamlAnswers("");
    assertThat(new TriageHarness().script("", "--answers", file.toString(), "--no-routine").code)
        .isZero();
    String text = Files.readString(file).replace("\ntrauma: no", "\ntrauma: yes");
    Files.writeString(file, text);
    assertThat(new TriageHarness().script("", "--answers", file.toString()).code).isEqualTo(4);
    // flags add to the file
    Files.writeString(file, text.replace("age: 40\n", ""));
    assertThat(
            new TriageHarness().script("", "--answers", file.toString(), "--answer", "age=33").code)
        .isEqualTo(4);
  }

  @Test
  void answersFromAJsonFile() throws IOException {
    StringBuilder j = new StringBuilder("{");
    for (Question q : QUESTIONS) {
      if (!q.required()) continue;
      j.append('"')
          .append(q.id())
          .append("\": ")
          .append(
              q.type() == QuestionType.NUMBER
                  ? "40"
                  : q.id().equals("steroids") ? "true" : "\"no\"")
          .append(",\n");
    }
    j.append("\"clinician-cleared\": \"yes\"}");
    Path file = dir.resolve("answers.json");
    Files.writeString(file, j.toString());
    TriageHarness run = new TriageHarness().script("", "--answers", file.toString());
    assertThat(run.code).isZero();
    assertThat(run.handedOver)
        .containsExactly(new TriageHarness.HandedOver("morning", Set.of(Condition.OSTEOPOROSIS)));
  }

  @Test
  void badAnswerFilesSayWhichFileAndWhatIsWrong() throws IOException {
    Path missing = dir.resolve("nope.yaml");
    TriageHarness notFound = new TriageHarness().script("", "--answers", missing.toString());
    assertThat(notFound.code).isEqualTo(2);
    assertThat(notFound.err).contains("--answers " + missing + ": file not found");

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "bladder: no\nbowel: [no\n");
    TriageHarness syntax = new TriageHarness().script("", "--answers", broken.toString());
    assertThat(syntax.code).isEqualTo(2);
    assertThat(syntax.err)
        .contains(broken + ":")
        .contains("not valid YAML")
        .hasLineCount(1)
        .doesNotContain("in 'reader'");

    Path list = dir.resolve("list.yaml");
    Files.writeString(list, "- bladder\n- bowel\n");
    TriageHarness notMap = new TriageHarness().script("", "--answers", list.toString());
    assertThat(notMap.err)
        .contains(list + ":1:1: not a map; expected a YAML map of question id to answer");

    Path nested = yamlAnswers("");
    Files.writeString(
        nested, Files.readString(nested).replace("fever: no\n", "fever: [yes, no]\n"));
    TriageHarness nestedRun = new TriageHarness().script("", "--answers", nested.toString());
    assertThat(nestedRun.code).isEqualTo(2);
    assertThat(nestedRun.err)
        .containsPattern("answers.yaml:\\d+:\\d+: fever: the answer must be a single value");

    Path badJson = dir.resolve("bad.json");
    Files.writeString(badJson, "{\"bladder\": \"no\" \"bowel\": \"no\"}");
    TriageHarness json = new TriageHarness().script("", "--answers", badJson.toString());
    assertThat(json.code).isEqualTo(2);
    assertThat(json.err).contains(badJson + ":1:").contains("not valid JSON");

    Path value = yamlAnswers("");
    Files.writeString(value, Files.readString(value).replace("bowel: no", "bowel: sometimes"));
    TriageHarness badValue = new TriageHarness().script("", "--answers", value.toString());
    assertThat(badValue.err)
        .containsPattern("answers.yaml:\\d+:\\d+: bowel: 'sometimes' is not an answer to bowel");

    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "");
    assertThat(new TriageHarness().script("", "--answers", empty.toString()).err)
        .contains("the file is empty");

    for (TriageHarness r : List.of(notFound, syntax, notMap, nestedRun, json, badValue))
      assertNoStackTrace(r);
  }

  // ---- standard input -------------------------------------------------------------------------

  @Test
  void answersOneALineFromStdinInListOrder() {
    TriageHarness run = new TriageHarness().script(String.join("\n", lines()) + "\n");
    assertThat(run.code).isZero();
    assertThat(run.promptRequested).isFalse();

    List<String> lines = lines();
    lines.set(QUESTIONS.indexOf(TriageRules.load().question("inflammatory").orElseThrow()), "yes");
    assertThat(new TriageHarness().script(String.join("\n", lines) + "\n").code).isEqualTo(3);
    lines.add("y"); // clinician-cleared: asked, since the outcome so far is see-clinician
    TriageHarness cleared = new TriageHarness().script(String.join("\r\n", lines) + "\r\n\n\n");
    assertThat(cleared.code).isZero();
    assertThat(cleared.out).contains("clinician-cleared = yes");
  }

  private static int line(String id) {
    return lines().size()
        - (int)
            QUESTIONS.stream()
                .filter(Question::required)
                .dropWhile(q -> !q.id().equals(id))
                .count();
  }

  @Test
  void stdinProblems() {
    long required = QUESTIONS.stream().filter(Question::required).count();
    TriageHarness empty = new TriageHarness().script("");
    assertThat(empty.code).isEqualTo(2);
    assertThat(empty.err)
        .contains("missing (" + required + "): bladder, bowel")
        .contains("one answer a line on standard input");

    List<String> lines = lines();
    lines.set(1, "");
    TriageHarness blank = new TriageHarness().script(String.join("\n", lines));
    assertThat(blank.code).isEqualTo(2);
    assertThat(blank.err)
        .contains(
            "standard input, line 2 (bowel): the line is empty; give the answer to bowel (y/n)");

    lines = lines();
    lines.set(line("age"), "y");
    TriageHarness wrongType = new TriageHarness().script(String.join("\n", lines));
    assertThat(wrongType.err)
        .contains(
            "standard input, line " + (line("age") + 1) + " (age): 'y' is not an answer to age");

    lines = lines();
    lines.add("n");
    lines.add("n");
    TriageHarness tooMany = new TriageHarness().script(String.join("\n", lines));
    assertThat(tooMany.code).isEqualTo(2);
    assertThat(tooMany.err)
        .contains(
            "standard input, line "
                + (required + 1)
                + ": more answers than there are questions to ask");

    TriageHarness shortInput = new TriageHarness().script("n\nn\n");
    assertThat(shortInput.err)
        .contains("missing (" + (required - 2) + "): saddle-numbness, leg-weakness-both");

    TriageHarness longLine = new TriageHarness().script("n\n" + "n".repeat(100_000) + "\n");
    assertThat(longLine.code).isEqualTo(2);
    assertThat(longLine.err)
        .contains("standard input, line 2 (bowel): the line is longer than 1000 characters");
    for (TriageHarness r : List.of(empty, blank, wrongType, tooMany, shortInput, longLine))
      assertNoStackTrace(r);
  }

  @Test
  void aFollowUpTakesALineOnlyWhenItWouldBeAsked() {
    // bladder yes: nerve-recent follows sexual-function; its "n" makes it urgent, not an emergency
    List<String> lines = lines();
    lines.set(0, "y");
    lines.add(line("aaa"), "n"); // nerve-recent, in list order
    lines.add("n"); // clinician-cleared: asked on urgent
    TriageHarness older = new TriageHarness().script(String.join("\n", lines) + "\n");
    assertThat(older.code).as(older.err).isEqualTo(4);
    assertThat(older.out).contains("bladder = yes", "has been there longer than two weeks");

    lines.set(line("aaa"), "y");
    lines.remove(lines.size() - 1);
    TriageHarness recent = new TriageHarness().script(String.join("\n", lines) + "\n");
    assertThat(recent.code).isEqualTo(5);
    assertThat(recent.out).contains("I am worried about cauda equina syndrome");

    // pregnancy yes: pregnancy-warning takes the line before age
    List<String> pregnant = lines();
    pregnant.set(line("pregnancy"), "y");
    pregnant.add(line("age"), "y");
    TriageHarness warning = new TriageHarness().script(String.join("\n", pregnant) + "\n");
    assertThat(warning.code).isEqualTo(5);
    assertThat(warning.out).contains("EMERGENCY: call your maternity unit or midwife now.");
  }

  @Test
  void anEmergencyOnStdinIsActedOnAsSoonAsItIsCertain() {
    TriageHarness aaa = new TriageHarness().script("n\nn\nn\nn\nn\nn\nn\ny\n");
    assertThat(aaa.code).isEqualTo(5);
    assertThat(aaa.out).startsWith("\nEMERGENCY: call an ambulance now");
    // `yes |`: bladder and the other nerve questions yes, then nerve-recent yes settles it
    TriageHarness yes = new TriageHarness().script("y\n".repeat(100));
    assertThat(yes.code).isEqualTo(5);
    assertThat(yes.out)
        .startsWith("\nEMERGENCY:")
        .contains("bladder = yes", "cauda equina syndrome");
    // input that ends after a nerve yes: nerve-recent unanswered counts as yes
    TriageHarness cut = new TriageHarness().script("n\nyes\n");
    assertThat(cut.code).isEqualTo(5);
    assertThat(cut.out)
        .contains("bowel = yes", "you did not say whether it is new, so it is taken as new");
  }

  @Test
  void aSlowPipeGetsTheEmergencyAdviceBeforeItCloses() throws Exception {
    java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
    TriageHarness run = new TriageHarness();
    Thread t = new Thread(() -> run.script(stdin));
    t.start();
    typing.write("n\nn\nn\nn\nn\nn\nn\ny\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    typing.flush();
    t.join(10_000); // the pipe stays open: only acting on the aaa line can end the run
    assertThat(t.isAlive()).isFalse();
    assertThat(run.code).isEqualTo(5);
    typing.close();
  }

  @Test
  void anUnfinishedScriptedScreenSaysWhatItsAnswersAlreadyMeanAndRecordsIt() throws IOException {
    // the tenth line is fever: urgent; the rest never came
    TriageHarness run = new TriageHarness().script("n\n".repeat(9) + "y\n");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "not every question was answered",
            "your answers so far already mean: URGENT: see a doctor today. (recorded in your history, so routines"
                + " wait until a clinician has checked you)");
    assertThat(Files.readString(run.historyFile()))
        .contains(
            "\"outcome\":\"urgent\"",
            "\"triggered\":[\"fever\"]",
            "\"source\":\"unfinished\"",
            "\"headline\":\"URGENT: see a doctor today.\"");
    // a bad answer beside it: the same
    TriageHarness bad =
        new TriageHarness().script("", "--answer", "fever=yes", "--answer", "bladder=maybe");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err)
        .contains(
            "'maybe' is not an answer to bladder", "your answers so far already mean: URGENT");
    // answers that so far look fine record nothing: they must never lift an earlier screen's gate
    TriageHarness fine = new TriageHarness().script("n\nn\n");
    assertThat(fine.code).isEqualTo(2);
    assertThat(fine.err).doesNotContain("already mean");
    assertThat(fine.historyFile()).doesNotExist();
  }

  @Test
  void aFinishedScreenRecordsWhatItSaidToDo() throws IOException {
    TriageHarness run = new TriageHarness().script("", flags("aaa=yes"));
    assertThat(run.code).isEqualTo(5);
    assertThat(Files.readString(run.historyFile()))
        .contains("\"headline\":\"EMERGENCY: call an ambulance now");
  }

  @Test
  void anUrgentOutcomeSaysItsHeadlineAgainJustBeforeTheSafetyNetWhichComesLast() {
    for (String[] args : List.of(flags("trauma=yes"), flags("aaa=yes"), flags())) {
      TriageHarness run = new TriageHarness().script("", plus(args, "--no-routine"));
      String[] lines = run.out.strip().split("\n");
      assertThat(lines[lines.length - 1])
          .startsWith("Cauda equina syndrome: go to an emergency department at once");
      if (run.code >= 4) {
        assertThat(lines[lines.length - 2])
            .isEqualTo(lines[0])
            .contains(":"); // the headline, again
      }
    }
  }

  @Test
  void flagsOrAFileMeanStdinIsNotRead() {
    TriageHarness run = new TriageHarness().script("y\n", flags());
    assertThat(run.code).isZero();
  }

  // ---- colour -----------------------------------------------------------------------------

  @Test
  void emergencyIsRedAndBoldOnlyOnAColourTerminal() {
    TriageHarness colour = new TriageHarness();
    colour.env.clear();
    colour.terminal = true;
    colour.script("", flags("aaa=yes"));
    assertThat(colour.code).isEqualTo(5);
    assertThat(colour.out).contains("\u001B[1;31mEMERGENCY:");

    TriageHarness noColorEnv = new TriageHarness();
    noColorEnv.terminal = true;
    noColorEnv.script("", flags("aaa=yes"));
    assertThat(noColorEnv.out).contains("EMERGENCY:").doesNotContain("\u001B[");

    TriageHarness flag = new TriageHarness();
    flag.env.clear();
    flag.terminal = true;
    flag.script("", plus(flags("aaa=yes"), "--no-color"));
    assertThat(flag.out).contains("EMERGENCY:").doesNotContain("\u001B[");

    TriageHarness piped = new TriageHarness();
    piped.env.clear();
    piped.script("", flags("aaa=yes"));
    assertThat(piped.out).contains("EMERGENCY:").doesNotContain("\u001B[");
  }
}
