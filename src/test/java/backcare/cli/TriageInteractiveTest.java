package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import backcare.triage.Answer;
import backcare.triage.Interview;
import backcare.triage.QuestionType;
import backcare.triage.Step;
import backcare.triage.Triage;
import backcare.triage.TriageRules;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The prompts at a terminal, driven through JLine over a scripted dumb terminal. */
@Timeout(60) // a hang's bound: each test takes well under a second of work
class TriageInteractiveTest {
  /**
   * No to every step the interview asks before age: the quick path of someone with no red flags.
   */
  private static final String ALL_NO = keys(Map.of());

  /** The steps of questions.yaml's interview that are always asked, as "(n/STEPS)" counts them. */
  private static final long STEPS =
      TriageRules.load().interview().stream().filter(TriageInteractiveTest::alwaysAsked).count();

  /** The interview's steps before age that are always asked (not a follow-up's). */
  private static int stepsBeforeAge() {
    int n = 0;
    for (Step step : TriageRules.load().interview()) {
      if (step.questions().stream().anyMatch(q -> q.id().equals("age"))) return n;
      if (alwaysAsked(step)) n++;
    }
    throw new AssertionError("the interview does not ask age");
  }

  private static boolean alwaysAsked(Step step) {
    return step.isGroup() || !step.questions().get(0).conditional();
  }

  /**
   * The keys that answer the interview of questions.yaml as {@code answers} says, in the order the
   * screen asks (the domain's {@link Interview} over {@link TriageRules#load()}), so that a
   * question added anywhere keeps every sequence meaning what it says. {@code answers} maps a
   * question's id to what is typed for it ("y", "yes", "n", an age). A group is answered y when
   * {@code answers} names any of its questions, then each of them with its answer or n; else n. A
   * question of its own is answered from {@code answers}, or n; a follow-up is answered when it is
   * asked, from {@code answers} or n. The keys end before the first question {@code answers} has no
   * answer for that n cannot answer (age), or once the screen is settled (an emergency), or once
   * {@code lastId} is answered when one is given (a no to its group answers it too).
   */
  static String keys(Map<String, String> answers, String lastId) {
    TriageRules rules = TriageRules.load();
    for (String id : answers.keySet()) {
      if (rules.question(id).isEmpty()) throw new AssertionError("no question " + id);
    }
    Interview interview = new Interview(new Triage(rules));
    StringBuilder keys = new StringBuilder();
    for (Optional<Interview.Prompt> next = interview.next();
        next.isPresent();
        next = interview.next()) {
      Interview.Prompt prompt = next.get();
      if (prompt instanceof Interview.GroupPrompt group) {
        boolean any = group.step().questions().stream().anyMatch(q -> answers.containsKey(q.id()));
        keys.append(any ? "y" : "n").append('\n');
        interview.answerGroup(group, any);
      } else if (prompt instanceof Interview.QuestionPrompt question) {
        String id = question.question().id();
        String typed = answers.get(id);
        if (typed == null && question.question().type() != QuestionType.YES_NO) break;
        if (typed == null) typed = "n";
        keys.append(typed).append('\n');
        interview.answer(question, answer(typed));
      }
      if (lastId != null && interview.answers().containsKey(lastId)) break;
    }
    return keys.toString();
  }

  static String keys(Map<String, String> answers) {
    return keys(answers, null);
  }

  private static Answer answer(String typed) {
    if (typed.startsWith("y")) return Answer.YES;
    if (typed.startsWith("n")) return Answer.NO;
    return Answer.number(Integer.parseInt(typed));
  }

  @TempDir Path dir;

  private Cli fresh() {
    return TriageScriptedTest.fresh(dir);
  }

  private Cli typed(String keys, boolean waitAtEnd, String... args) {
    return TriageScriptedTest.typed(fresh(), keys, waitAtEnd, args);
  }

  private static void assertNoStackTrace(Cli run) {
    assertThat(run.out + run.err)
        .doesNotContain("Exception")
        .doesNotContainPattern("\\n\\s+at [a-z]");
  }

  @Test
  void noRedFlagsIsEveryStepOnceThenTheRoutineOfTheTimeOfDay() {
    long steps = STEPS;
    int age = stepsBeforeAge() + 1;
    Cli run = fresh();
    run.now = run.now.with(LocalTime.of(13, 0));
    TriageScriptedTest.typed(run, ALL_NO + "40\n" + "\n", false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "made for adults",
            "(1/" + steps + ") Do you have any of these now?",
            "  - trouble with your bladder",
            "  - loss of control of your bowels",
            "  - numbness or pins and needles between your inner thighs",
            "  - weakness or numbness in both legs",
            "(2/" + steps + ") Do you have any of these now?",
            "  - pain shooting down both legs",
            "(" + age + "/" + steps + ") How old are you, in years?",
            "[y/n, ? why, b back] > ",
            "[age in years, ? why, b back] > ",
            "SELF-CARE: no warning signs found",
            "You said no to every warning sign",
            "not a diagnosis",
            "Cauda equina syndrome: go to an emergency department at once",
            "4 to 6 weeks",
            "1) morning  2) desk  3) evening",
            "[Enter = desk, q = stop here]");
    assertThat(run.out)
        .doesNotContain("(follow-up)"); // no nerve yes, no pregnancy, self-care: none asked
    // a yes/no prompt for every step before age
    assertThat(run.out.split("\\[y/n, \\? why, b back\\] > ", -1)).hasSize(stepsBeforeAge() + 1);
    assertThat(run.handedOver).containsExactly(new Cli.HandedOver("desk", Set.of()));
  }

  @Test
  void questionMarkExplainsWhyAndInvalidInputIsAskedAgain() {
    Cli run = typed("?\nmaybe\n\n" + ALL_NO + "forty\n?\n200\n40\nq\n", false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "  Why we ask: These are signs that the nerves at the very bottom of your spine",
            "  Please type y for yes or n for no (or ? to see why we ask, b to go back).",
            "  Please type your age as a whole number from 1 to 120.",
            "  Why we ask: Your age changes how some answers are read",
            "No routine now. When you are ready: backcare routine morning");
    assertThat(run.handedOver).isEmpty();
  }

  @Test
  void backGoesToThePreviousQuestion() {
    // first group no, then at the next group go back, say yes to the first and to bowel only
    Cli run = typed("b\nn\nb\n" + keys(Map.of("bowel", "yes", "nerve-recent", "y")), false);
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out)
        .contains(
            "This is the first question; there is nothing to go back to.",
            "Which of them? One at a time:",
            "(1/" + STEPS + ") Have you lost control of your bowels",
            "(follow-up) Did any of these start, or get worse, in the last two weeks?",
            "bowel = yes");
    assertThat(run.out.indexOf("(2/" + STEPS + ") Do you have any of these now?"))
        .isLessThan(run.out.lastIndexOf("(1/" + STEPS + ") Do you have any of these now?"));
  }

  @Test
  void aNerveSignAsksWhetherItIsNewAndARecentOneStopsWithTheEmergencyAdviceFirst() {
    Cli run = typed(keys(Map.of("bladder", "y", "nerve-recent", "y")), false);
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out)
        .contains(
            "(follow-up) Did any of these start, or get worse, in the last two weeks?\n"
                + "  - trouble with your bladder");
    String after = run.out.substring(run.out.lastIndexOf("b back] > ") + "b back] > ".length());
    assertThat(after).startsWith("\nEMERGENCY: go to a hospital emergency department now.\n");
    assertThat(after)
        .contains(
            "I have back pain and new trouble with my bladder. I am worried about cauda equina syndrome.",
            "bladder = yes",
            "Do not drive yourself",
            "not a diagnosis",
            "The other questions were skipped: this is enough to decide.",
            "Cauda equina syndrome: go to")
        .doesNotContain("4 to 6 weeks");
    assertThat(run.out).doesNotContain("(3/" + STEPS + ")", "Pick a stretching routine");
    assertThat(run.handedOver).isEmpty();
  }

  @Test
  void anOlderStableNerveSignIsUrgentAndTheScreenGoesOn() {
    String keys =
        keys(Map.of("bladder", "y", "nerve-recent", "n", "age", "40", "clinician-cleared", "n"));
    Cli run = typed(keys, false);
    assertThat(run.code).isEqualTo(4);
    assertThat(run.out)
        .contains(
            "(3/" + STEPS + ")",
            "(follow-up) Since these symptoms began, has a doctor or physiotherapist",
            "URGENT: see a doctor today.",
            "has been there longer than two weeks");
  }

  @Test
  void anAaaAnswerStopsAtOnceAndSaysCallAnAmbulance() {
    Cli run = typed(keys(Map.of("aaa", "y")), false);
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out)
        .contains("EMERGENCY: call an ambulance now")
        .doesNotContain("(4/" + STEPS + ")");
  }

  @Test
  void emergencyIsInColourOnAColourTerminal() {
    Cli run = fresh();
    run.env.remove("NO_COLOR");
    TriageScriptedTest.typed(run, keys(Map.of("aaa", "y")), false);
    assertThat(run.code).isEqualTo(5);
    assertThat(run.out).contains("\u001B[1;31mEMERGENCY: call an ambulance now");
  }

  @Test
  void seeClinicianAsksAboutClearanceAndAYesHandsOverWithTheConditions() {
    String keys =
        keys(Map.of("spinal-history", "y", "age", "55", "clinician-cleared", "y")) + "3\n";
    Cli run = typed(keys, false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "(follow-up) Since these symptoms began, has a doctor or physiotherapist examined you",
            "  - a past injury to your spine, or disc problems",
            "SELF-CARE: a clinician has cleared you",
            "spinal-history = yes",
            "clinician-cleared = yes",
            "disc: " + Condition.DISC.why(),
            "it will leave out moves that are not safe for: disc.",
            "If this is your first bout of back pain and you are over 50");
    assertThat(run.handedOver)
        .containsExactly(new Cli.HandedOver("evening", Set.of(Condition.DISC)));
  }

  @Test
  void seeClinicianWithoutClearanceEndsWithExit3AndNoRoutine() {
    String keys = keys(Map.of("persistent", "y", "age", "30", "clinician-cleared", "n"));
    Cli run = typed(keys, false);
    assertThat(run.code).isEqualTo(3);
    assertThat(run.out)
        .contains("SEE A CLINICIAN:", "persistent = yes", "within about a week")
        .doesNotContain("Pick a stretching routine", "4 to 6 weeks");
    assertThat(run.handedOver).isEmpty();
  }

  @Test
  void urgentAsksAboutClearanceAndNoKeepsItUrgent() {
    String keys = keys(Map.of("trauma", "y", "age", "30", "clinician-cleared", "n"));
    Cli run = typed(keys, false);
    assertThat(run.code).isEqualTo(4);
    assertThat(run.out)
        .contains(
            "(follow-up) Since these symptoms began",
            "URGENT: see a doctor today.",
            "trauma = yes");
  }

  @Test
  void aPregnancyYesAsksForItsWarningSigns() {
    String keys = keys(Map.of("pregnancy", "y", "pregnancy-warning", "n", "age", "30")) + "\n";
    Cli run = fresh();
    run.now = run.now.with(LocalTime.of(13, 0));
    TriageScriptedTest.typed(run, keys, false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("(follow-up) Do you have any bleeding, fluid leaking", "pregnancy = yes");
    assertThat(run.handedOver)
        .containsExactly(new Cli.HandedOver("desk", Set.of(Condition.PREGNANCY)));
  }

  @Test
  void yesToAGroupThenNoToEachIsPointedOut() {
    // the group of leg-pain-both opened, then no to each of its questions
    String keys = keys(Map.of("leg-pain-both", "n", "age", "30")) + "q\n";
    Cli run = typed(keys, false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "You said no to each of them. If one does apply after all, type b to go back.",
            "You first said yes to \"Do you have any of these now?\" (leg-pain-both, leg-weakness-one, sexual-function)");
  }

  @Test
  void noRoutineStopsAfterTheScreen() {
    Cli run = typed(ALL_NO + "40\n", false, "--no-routine");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("SELF-CARE:").doesNotContain("Pick a stretching routine");
    assertThat(run.handedOver).isEmpty();
  }

  @Test
  void onANarrowTerminalTheMenuHasOneChoiceALine() {
    Cli run = fresh();
    run.columns(40);
    TriageScriptedTest.typed(run, ALL_NO + "40\n" + "q\n", false);
    assertThat(run.out)
        .contains("  1) morning\n  2) desk\n  3) evening\n  4) quick\n  5) warm-up\n  6) gentle\n");
  }

  @Test
  void theRoutineMenuTakesANumberOrANameAndReasksOtherwise() {
    Cli run = typed(ALL_NO + "40\n" + "9\nyoga\ngentle\n", false);
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains(
            "  Please type a number from 1 to 6, a routine name, Enter for morning, or q to stop here.");
    assertThat(run.handedOver).extracting(Cli.HandedOver::routineId).containsExactly("gentle");
  }

  @Test
  void ctrlDBeforeTheEndIsNotANo() {
    Cli run = typed("n\nn\n\u0004", false);
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains(
            "backcare: the screen was stopped before the end (Ctrl-D), so it has not decided anything",
            "backcare: run backcare triage again to finish it");
    assertThat(run.out).doesNotContain("SELF-CARE", "SEE A CLINICIAN");
    assertNoStackTrace(run);

    Cli endOfInput = typed("n\n", false);
    assertThat(endOfInput.code).isEqualTo(2);
    assertThat(endOfInput.err).contains("stopped before the end");
  }

  @Test
  void ctrlDAfterAnUrgentAnswerStillSaysWhatItAlreadyMeans() {
    Cli run = typed(keys(Map.of("fever", "y"), "fever") + "\u0004", false);
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err)
        .contains("backcare: your answers so far already mean: URGENT: see a doctor today.");
  }

  @Test
  void ctrlCStopsWithExit130AndAClearMessage() {
    Cli run = typed("n\n\u0003", true);
    assertThat(run.code).isEqualTo(130);
    assertThat(run.err)
        .contains(
            "backcare: stopped (Ctrl-C) before the screen was finished; nothing was decided.");
    assertNoStackTrace(run);
  }

  @Test
  void ctrlCAtTheRoutineMenuIs130Too() {
    Cli run = typed(ALL_NO + "40\n\u0003", true);
    assertThat(run.code).isEqualTo(130);
    assertThat(run.handedOver).isEmpty();
  }

  @Test
  void answersOnTheCommandLineAreNeverAskedAtTheTerminal() {
    Cli run = fresh();
    run.interactive = true;
    TriageScriptedTest.script(run, "", "--answer", "bladder=no");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.promptOpened).isFalse();
    assertThat(run.err)
        .contains(
            "missing ("
                + (backcare.triage.TriageRules.load().questions().stream()
                        .filter(backcare.triage.Question::required)
                        .count()
                    - 1)
                + ")");
  }
}
