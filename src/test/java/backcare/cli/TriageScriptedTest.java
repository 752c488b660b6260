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
import java.time.ZonedDateTime;
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

  /**
   * A Cli in a new folder under {@code dir}, so each run starts with no history, at 09:00 (the
   * morning routine's time), with triage's hand-over to a routine recorded, not run, and no colour.
   */
  static Cli fresh(Path dir) {
    try {
      Cli cli = new Cli(Files.createTempDirectory(dir, "run")).recordHandovers();
      cli.env.put("NO_COLOR", "1");
      cli.now = ZonedDateTime.parse("2024-05-20T09:00:00Z");
      return cli;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Cli fresh() {
    return fresh(dir);
  }

  /** {@code backcare triage ARGS} with no terminal, in a fresh Cli. */
  private Cli script(String stdin, String... args) {
    return script(fresh(), stdin, args);
  }

  static Cli script(Cli cli, String stdin, String... args) {
    return triage(cli.stdin(stdin), args);
  }

  /** {@code backcare triage ARGS} at a terminal where the user types {@code keys}. */
  private Cli typed(String keys, boolean waitAtEnd, String... args) {
    return typed(fresh(), keys, waitAtEnd, args);
  }

  static Cli typed(Cli cli, String keys, boolean waitAtEnd, String... args) {
    return triage(waitAtEnd ? cli.typedThenWait(keys) : cli.typed(keys), args);
  }

  private static Cli triage(Cli cli, String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "triage";
    System.arraycopy(args, 0, full, 1, args.length);
    cli.run(full);
    return cli;
  }

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

  private static JsonNode json(Cli run) throws IOException {
    return JSON.readTree(run.out);
  }

  private static void assertNoStackTrace(Cli run) {
    assertThat(run.out + run.err)
        .doesNotContain("Exception")
        .doesNotContainPattern("\\n\\s+at [a-z]");
  }

  // ---- --list ---------------------------------------------------------------------------------

  @Test
  void listJsonGivesEveryQuestionWithIdTextTypeHelpAndItsCondition() throws IOException {
    Cli run = script("", "--list", "--json");
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
    Cli run = script("", "--list");
    assertThat(run.code).isZero();
    for (Question q : QUESTIONS) assertThat(run.out).contains(q.id() + "  (", q.text());
    assertThat(run.out).contains("Why we ask:");
  }

  // ---- --answer -------------------------------------------------------------------------------

  @Test
  void allClearIsSelfCareAndHandsOverToTheRoutineOfTheTimeOfDay() {
    Cli run = fresh();
    run.now = run.now.with(LocalTime.of(14, 30));
    script(run, "", flags());
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
    assertThat(run.handedOver).containsExactly(new Cli.HandedOver("desk", Set.of()));
    assertThat(run.promptOpened).isFalse();
  }

  @Test
  void theConditionsTheAnswersSetGoToTheRoutine() {
    Cli run = fresh();
    run.now = run.now.with(LocalTime.of(19, 0));
    script(run, "", flags("stenosis=yes", "pregnancy=y"));
    assertThat(run.code).isZero();
    assertThat(run.out).contains("stenosis: " + Condition.STENOSIS.why(), "Routine: evening");
    assertThat(run.handedOver)
        .containsExactly(
            new Cli.HandedOver("evening", Set.of(Condition.STENOSIS, Condition.PREGNANCY)));
  }

  @Test
  void routineAndNoRoutineOptions() {
    Cli chosen = script("", plus(flags(), "--routine", "gentle"));
    assertThat(chosen.handedOver).extracting(Cli.HandedOver::routineId).containsExactly("gentle");
    Cli none = script("", plus(flags(), "--no-routine"));
    assertThat(none.code).isZero();
    assertThat(none.handedOver).isEmpty();
    assertThat(none.out).contains("SELF-CARE:").doesNotContain("Routine:");
    Cli bad = script("", plus(flags(), "--routine", "mornign"));
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
    assertThat(script("", flags("night-pain=yes")).code).isEqualTo(3);
    assertThat(script("", flags("trauma=yes")).code).isEqualTo(4);
    assertThat(script("", flags("bladder=yes")).code).isEqualTo(5);
    assertThat(script("", flags("fever=yes", "immunosuppression=yes")).code).isEqualTo(5);
    Cli see = script("", flags("night-pain=yes"));
    assertThat(see.out).startsWith("\nSEE A DOCTOR:").contains("night-pain = yes");
    assertThat(see.handedOver).isEmpty();
  }

  @Test
  void clinicianClearanceViaFlagsLowersSeeClinicianAndUrgentButNeverAnEmergency() {
    Cli cleared = script("", flags("osteoporosis=yes", "clinician-cleared=yes"));
    assertThat(cleared.code).isZero();
    assertThat(cleared.handedOver)
        .containsExactly(new Cli.HandedOver("morning", Set.of(Condition.OSTEOPOROSIS)));
    Cli urgent = script("", flags("osteoporosis=yes", "trauma=yes", "clinician-cleared=yes"));
    assertThat(urgent.code).isZero();
    assertThat(urgent.out)
        .contains("SELF-CARE: a clinician has cleared you", "clinician-cleared = yes");
    Cli emergency = script("", flags("major-trauma=yes", "clinician-cleared=yes"));
    assertThat(emergency.code).isEqualTo(5);
    assertThat(emergency.out).contains("cannot cover an emergency sign");
    assertThat(emergency.handedOver).isEmpty();
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    Cli run =
        script(
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

    JsonNode selfCare = json(script("", plus(flags(), "--json")));
    assertThat(selfCare.get("outcome").asText()).isEqualTo("self-care");
    assertThat(selfCare.get("exitCode").asInt()).isZero();
    assertThat(selfCare.get("triggered")).isEmpty();
    assertThat(selfCare.get("advice").toString()).contains("4 to 6 weeks", "Cauda equina syndrome");
  }

  @Test
  void missingAnswersAreListedAndNeverTakenAsNo() {
    Cli run = script("", flags("bowel=-", "age=-", "persistent=-"));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains("missing (3): bowel, persistent, age")
        .contains("backcare triage --list");
    assertThat(run.out).isEmpty();
    assertNoStackTrace(run);
    // only the follow-up questions may be left out
    assertThat(
            script("", flags("clinician-cleared=-", "nerve-recent=-", "pregnancy-warning=-")).code)
        .isZero();
  }

  @Test
  void anEmergencyAnswerSettlesItEvenWithOthersMissing() throws IOException {
    Cli run = script("", "--answer", "saddle-numbness=yes", "--json");
    assertThat(run.code).isEqualTo(5);
    JsonNode j = json(run);
    assertThat(j.get("outcome").asText()).isEqualTo("emergency");
    assertThat(j.get("unanswered"))
        .extracting(JsonNode::asText)
        .contains("bladder", "age")
        .doesNotContain("saddle-numbness");

    Cli combo = script("", "--answer", "fever=yes", "--answer", "recent-infection=y");
    assertThat(combo.code).isEqualTo(5);
    assertThat(combo.out)
        .startsWith("\nEMERGENCY:")
        .contains("Not answered, and not needed to decide this: bladder, bowel");

    Cli urgentOnly = script("", "--answer", "trauma=yes");
    assertThat(urgentOnly.code)
        .as("urgent does not settle it: more answers could make it an emergency")
        .isEqualTo(2);
  }

  @Test
  void anEmergencyWinsOverOtherBadAnswersWhichAreStillReported() {
    Cli run = script("", "--answer", "bladder=yes", "--answer", "age=old");
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out).contains("EMERGENCY:");
    assertThat(run.err)
        .contains("backcare: not used: --answer age=old: 'old' is not an answer to age");
  }

  @Test
  void unknownIdsGetADidYouMean() {
    Cli run = script("", plus(flags(), "--answer", "bladdr=no"));
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "backcare: --answer bladdr=no: unknown question id 'bladdr'; did you mean 'bladder'?");
    assertNoStackTrace(run);
    Cli far = script("", plus(flags(), "--answer", "headache=no"));
    assertThat(far.err)
        .contains("unknown question id 'headache' (backcare triage --list shows every id)");
  }

  @Test
  void invalidValuesAreRefused() {
    Cli maybe = script("", flags("bladder=maybe"));
    assertThat(maybe.code).isEqualTo(2);
    assertThat(maybe.err)
        .contains(
            "--answer bladder=maybe: 'maybe' is not an answer to bladder: use yes or no (y/n)");
    Cli age = script("", flags("age=forty"));
    assertThat(age.code).isEqualTo(2);
    assertThat(age.err)
        .contains("'forty' is not an answer to age: use a whole number of years from 1 to 120");
    Cli noEquals = script("", plus(flags(), "--answer", "bladder"));
    assertThat(noEquals.code).isEqualTo(2);
    assertThat(noEquals.err)
        .contains("--answer bladder: expected ID=VALUE, e.g. --answer bladder=no");
    Cli twice = script("", plus(flags(), "--answer", "fever=yes"));
    assertThat(twice.code).isEqualTo(2);
    assertThat(twice.err)
        .contains("fever is answered twice, differently ('no' at --answer fever=no, 'yes' here)");
    for (Cli r : List.of(maybe, age, noEquals, twice)) assertNoStackTrace(r);
  }

  @Test
  void aConflictingYesToAnEmergencyQuestionStillSettlesTheEmergency() {
    Cli r = script("", plus(flags(), "--answer", "bladder=yes"));
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
    assertThat(script("", "--answers", file.toString(), "--no-routine").code).isZero();
    String text = Files.readString(file).replace("\ntrauma: no", "\ntrauma: yes");
    Files.writeString(file, text);
    assertThat(script("", "--answers", file.toString()).code).isEqualTo(4);
    // flags add to the file
    Files.writeString(file, text.replace("age: 40\n", ""));
    assertThat(script("", "--answers", file.toString(), "--answer", "age=33").code).isEqualTo(4);
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
    Cli run = script("", "--answers", file.toString());
    assertThat(run.code).isZero();
    assertThat(run.handedOver)
        .containsExactly(new Cli.HandedOver("morning", Set.of(Condition.OSTEOPOROSIS)));
  }

  @Test
  void badAnswerFilesSayWhichFileAndWhatIsWrong() throws IOException {
    Path missing = dir.resolve("nope.yaml");
    Cli notFound = script("", "--answers", missing.toString());
    assertThat(notFound.code).isEqualTo(2);
    assertThat(notFound.err).contains("--answers " + missing + ": file not found");

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "bladder: no\nbowel: [no\n");
    Cli syntax = script("", "--answers", broken.toString());
    assertThat(syntax.code).isEqualTo(2);
    assertThat(syntax.err)
        .contains(broken + ":")
        .contains("not valid YAML")
        .hasLineCount(1)
        .doesNotContain("in 'reader'");

    Path list = dir.resolve("list.yaml");
    Files.writeString(list, "- bladder\n- bowel\n");
    Cli notMap = script("", "--answers", list.toString());
    assertThat(notMap.err)
        .contains(list + ":1:1: not a map; expected a YAML map of question id to answer");

    Path nested = yamlAnswers("");
    Files.writeString(
        nested, Files.readString(nested).replace("fever: no\n", "fever: [yes, no]\n"));
    Cli nestedRun = script("", "--answers", nested.toString());
    assertThat(nestedRun.code).isEqualTo(2);
    assertThat(nestedRun.err)
        .containsPattern("answers.yaml:\\d+:\\d+: fever: the answer must be a single value");

    Path badJson = dir.resolve("bad.json");
    Files.writeString(badJson, "{\"bladder\": \"no\" \"bowel\": \"no\"}");
    Cli json = script("", "--answers", badJson.toString());
    assertThat(json.code).isEqualTo(2);
    assertThat(json.err).contains(badJson + ":1:").contains("not valid JSON");

    Path value = yamlAnswers("");
    Files.writeString(value, Files.readString(value).replace("bowel: no", "bowel: sometimes"));
    Cli badValue = script("", "--answers", value.toString());
    assertThat(badValue.err)
        .containsPattern("answers.yaml:\\d+:\\d+: bowel: 'sometimes' is not an answer to bowel");

    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "");
    assertThat(script("", "--answers", empty.toString()).err).contains("the file is empty");

    for (Cli r : List.of(notFound, syntax, notMap, nestedRun, json, badValue))
      assertNoStackTrace(r);
  }

  // ---- standard input -------------------------------------------------------------------------

  @Test
  void answersOneALineFromStdinInListOrder() {
    Cli run = script(String.join("\n", lines()) + "\n");
    assertThat(run.code).isZero();
    assertThat(run.promptOpened).isFalse();

    List<String> lines = lines();
    lines.set(QUESTIONS.indexOf(TriageRules.load().question("inflammatory").orElseThrow()), "yes");
    assertThat(script(String.join("\n", lines) + "\n").code).isEqualTo(3);
    lines.add("y"); // clinician-cleared: asked, since the outcome so far is see-clinician
    Cli cleared = script(String.join("\r\n", lines) + "\r\n\n\n");
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
    Cli empty = script("");
    assertThat(empty.code).isEqualTo(2);
    assertThat(empty.err)
        .contains("missing (" + required + "): bladder, bowel")
        .contains("one answer a line on standard input");

    List<String> lines = lines();
    lines.set(1, "");
    Cli blank = script(String.join("\n", lines));
    assertThat(blank.code).isEqualTo(2);
    assertThat(blank.err)
        .contains(
            "standard input, line 2 (bowel): the line is empty; give the answer to bowel (y/n)");

    lines = lines();
    lines.set(line("age"), "y");
    Cli wrongType = script(String.join("\n", lines));
    assertThat(wrongType.err)
        .contains(
            "standard input, line " + (line("age") + 1) + " (age): 'y' is not an answer to age");

    lines = lines();
    lines.add("n");
    lines.add("n");
    Cli tooMany = script(String.join("\n", lines));
    assertThat(tooMany.code).isEqualTo(2);
    assertThat(tooMany.err)
        .contains(
            "standard input, line "
                + (required + 1)
                + ": more answers than there are questions to ask");

    Cli shortInput = script("n\nn\n");
    assertThat(shortInput.err)
        .contains("missing (" + (required - 2) + "): saddle-numbness, leg-weakness-both");

    Cli longLine = script("n\n" + "n".repeat(100_000) + "\n");
    assertThat(longLine.code).isEqualTo(2);
    assertThat(longLine.err)
        .contains("standard input, line 2 (bowel): the line is longer than 1000 characters");
    for (Cli r : List.of(empty, blank, wrongType, tooMany, shortInput, longLine))
      assertNoStackTrace(r);
  }

  @Test
  void aFollowUpTakesALineOnlyWhenItWouldBeAsked() {
    // bladder yes: nerve-recent follows sexual-function; its "n" makes it urgent, not an emergency
    List<String> lines = lines();
    lines.set(0, "y");
    lines.add(line("aaa"), "n"); // nerve-recent, in list order
    lines.add("n"); // clinician-cleared: asked on urgent
    Cli older = script(String.join("\n", lines) + "\n");
    assertThat(older.code).as(older.err).isEqualTo(4);
    assertThat(older.out).contains("bladder = yes", "has been there longer than two weeks");

    lines.set(line("aaa"), "y");
    lines.remove(lines.size() - 1);
    Cli recent = script(String.join("\n", lines) + "\n");
    assertThat(recent.code).isEqualTo(5);
    assertThat(recent.out).contains("I am worried about cauda equina syndrome");

    // pregnancy yes: pregnancy-warning takes the line before age
    List<String> pregnant = lines();
    pregnant.set(line("pregnancy"), "y");
    pregnant.add(line("age"), "y");
    Cli warning = script(String.join("\n", pregnant) + "\n");
    assertThat(warning.code).isEqualTo(5);
    assertThat(warning.out).contains("EMERGENCY: call your maternity unit or midwife now.");
  }

  @Test
  void anEmergencyOnStdinIsActedOnAsSoonAsItIsCertain() {
    Cli aaa = script("n\n".repeat(line("aaa")) + "y\n");
    assertThat(aaa.code).isEqualTo(5);
    assertThat(aaa.out).startsWith("\nEMERGENCY: call an ambulance now");
    // `yes |`: bladder and the other nerve questions yes, then nerve-recent yes settles it
    Cli yes = script("y\n".repeat(100));
    assertThat(yes.code).isEqualTo(5);
    assertThat(yes.out)
        .startsWith("\nEMERGENCY:")
        .contains("bladder = yes", "cauda equina syndrome");
    // input that ends after a nerve yes: nerve-recent unanswered counts as yes
    Cli cut = script("n\n".repeat(line("bowel")) + "yes\n");
    assertThat(cut.code).isEqualTo(5);
    assertThat(cut.out)
        .contains("bowel = yes", "you did not say whether it is new, so it is taken as new");
  }

  @Test
  void aSlowPipeGetsTheEmergencyAdviceBeforeItCloses() throws Exception {
    java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
    Cli run = fresh();
    Thread t = new Thread(() -> triage(run.stdin(stdin)));
    t.start();
    typing.write(
        ("n\n".repeat(line("aaa")) + "y\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    typing.flush();
    t.join(10_000); // the pipe stays open: only acting on the aaa line can end the run
    assertThat(t.isAlive()).isFalse();
    assertThat(run.code).isEqualTo(5);
    typing.close();
  }

  @Test
  void anUnfinishedScriptedScreenSaysWhatItsAnswersAlreadyMeanAndRecordsIt() throws IOException {
    // the tenth line is fever: urgent; the rest never came
    Cli run = script("n\n".repeat(line("fever")) + "y\n");
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
    Cli bad = script("", "--answer", "fever=yes", "--answer", "bladder=maybe");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err)
        .contains(
            "'maybe' is not an answer to bladder", "your answers so far already mean: URGENT");
    // answers that so far look fine record nothing: they must never lift an earlier screen's gate
    Cli fine = script("n\nn\n");
    assertThat(fine.code).isEqualTo(2);
    assertThat(fine.err).doesNotContain("already mean");
    assertThat(fine.historyFile()).doesNotExist();
  }

  @Test
  void aFinishedScreenRecordsWhatItSaidToDo() throws IOException {
    Cli run = script("", flags("aaa=yes"));
    assertThat(run.code).isEqualTo(5);
    assertThat(Files.readString(run.historyFile()))
        .contains("\"headline\":\"EMERGENCY: call an ambulance now");
  }

  @Test
  void anUrgentOutcomeSaysItsHeadlineAgainJustBeforeTheSafetyNetWhichComesLast() {
    for (String[] args : List.of(flags("trauma=yes"), flags("aaa=yes"), flags())) {
      Cli run = script("", plus(args, "--no-routine"));
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
    Cli run = script("y\n", flags());
    assertThat(run.code).isZero();
  }

  // ---- colour -----------------------------------------------------------------------------

  @Test
  void emergencyIsRedAndBoldOnlyOnAColourTerminal() {
    Cli colour = fresh();
    colour.env.remove("NO_COLOR");
    colour.interactive = true;
    script(colour, "", flags("aaa=yes"));
    assertThat(colour.code).isEqualTo(5);
    assertThat(colour.out).contains("\u001B[1;31mEMERGENCY:");

    Cli noColorEnv = fresh();
    noColorEnv.interactive = true;
    script(noColorEnv, "", flags("aaa=yes"));
    assertThat(noColorEnv.out).contains("EMERGENCY:").doesNotContain("\u001B[");

    Cli flag = fresh();
    flag.env.remove("NO_COLOR");
    flag.interactive = true;
    script(flag, "", plus(flags("aaa=yes"), "--no-color"));
    assertThat(flag.out).contains("EMERGENCY:").doesNotContain("\u001B[");

    Cli piped = fresh();
    piped.env.remove("NO_COLOR");
    script(piped, "", flags("aaa=yes"));
    assertThat(piped.out).contains("EMERGENCY:").doesNotContain("\u001B[");
  }
}
