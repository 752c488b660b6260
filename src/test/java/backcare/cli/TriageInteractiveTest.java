package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Condition;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The prompts at a terminal, driven through JLine over a scripted dumb terminal. */
@Timeout(20)
class TriageInteractiveTest {
    /** Eight steps before age, all answered no: the quick path of someone with no red flags. */
    private static final String ALL_NO = "n\n".repeat(8);

    private static void assertNoStackTrace(TriageHarness run) {
        assertThat(run.out + run.err).doesNotContain("Exception").doesNotContainPattern("\\n\\s+at [a-z]");
    }

    @Test
    void noRedFlagsIsNineQuestionsThenTheRoutineOfTheTimeOfDay() {
        TriageHarness run = new TriageHarness();
        run.time = LocalTime.of(13, 0);
        run.typed(ALL_NO + "40\n" + "\n", false);
        assertThat(run.code).isZero();
        assertThat(run.out).contains("(1/9) In the last two weeks, has any of these started, or got worse?",
                "  - new trouble with your bladder", "  - new loss of control of your bowels",
                "  - numbness or pins and needles between your inner thighs", "  - weakness in both legs",
                "(9/9) How old are you, in years?", "[y/n, ? why, b back] > ", "[age in years, ? why, b back] > ",
                "SELF-CARE:", "You said no to every warning sign", "not a diagnosis", "4 to 6 weeks",
                "1) morning  2) desk  3) evening", "[Enter = desk, q = stop here]");
        assertThat(run.out).doesNotContain("(one more)"); // clinician-cleared is not asked on self-care
        assertThat(run.out.split("\\[y/n, \\? why, b back\\] > ", -1)).hasSize(9); // 8 yes/no prompts
        assertThat(run.handedOver).containsExactly(new TriageHarness.HandedOver("desk", Set.of()));
    }

    @Test
    void questionMarkExplainsWhyAndInvalidInputIsAskedAgain() {
        TriageHarness run = new TriageHarness().typed("?\nmaybe\n\n" + ALL_NO + "forty\n?\n200\n40\nq\n", false);
        assertThat(run.code).isZero();
        assertThat(run.out).contains("  Why we ask: These are signs that the nerves at the very bottom of your spine",
                "  Please type y for yes or n for no (or ? to see why we ask, b to go back).",
                "  Please type your age as a whole number from 1 to 120.",
                "  Why we ask: Back pain that starts for the first time after 50",
                "No routine now. When you are ready: backcare routine morning");
        assertThat(run.handedOver).isEmpty();
    }

    @Test
    void backGoesToThePreviousQuestion() {
        // first group no, then at aaa go back, say yes to the group, then no, yes (bowel): emergency
        TriageHarness run = new TriageHarness().typed("b\nn\nb\ny\nn\nyes\n", false);
        assertThat(run.code).isEqualTo(5);
        assertThat(run.out).contains("This is the first question; there is nothing to go back to.",
                "Which of them? One at a time:", "Which one? In the last two weeks, have you lost control of your bowels",
                "bowel = yes");
        assertThat(run.out.indexOf("(2/9) Have you had sudden, severe pain"))
                .isLessThan(run.out.lastIndexOf("(1/9) In the last two weeks, has any of these"));
    }

    @Test
    void anEmergencyAnswerStopsTheQuestionsAndShowsTheAdviceFirst() {
        TriageHarness run = new TriageHarness().typed("y\ny\n", false);
        assertThat(run.code).isEqualTo(5);
        String after = run.out.substring(run.out.lastIndexOf("b back] > ") + "b back] > ".length());
        assertThat(after).startsWith("\nEMERGENCY: go to a hospital emergency department now.\n  Go now, or call an ambulance");
        assertThat(after).contains("bladder = yes", "Do not drive yourself", "not a diagnosis",
                "The other questions were skipped: this is enough to decide.").doesNotContain("bowel");
        assertThat(run.out).doesNotContain("(2/9)", "Pick a stretching routine");
        assertThat(run.handedOver).isEmpty();
    }

    @Test
    void emergencyIsInColourOnAColourTerminal() {
        TriageHarness run = new TriageHarness();
        run.env.clear();
        run.typed("n\ny\n", false);
        assertThat(run.code).isEqualTo(5);
        assertThat(run.out).contains("\u001B[1;31mEMERGENCY: go to a hospital emergency department now.\u001B[0m");
    }

    @Test
    void seeClinicianAsksAboutClearanceAndAYesHandsOverWithTheConditions() {
        // injury-and-bones group: yes, then trauma n, osteoporosis n, steroids n, spinal-history y, recent-surgery n
        String keys = "n\nn\nn\nn\n" + "y\nn\nn\nn\ny\nn\n" + "n\nn\nn\n" + "55\n" + "y\n" + "3\n";
        TriageHarness run = new TriageHarness().typed(keys, false);
        assertThat(run.code).isZero();
        assertThat(run.out).contains("(one more) Has a doctor or physiotherapist already checked this back pain",
                "SELF-CARE:", "spinal-history = yes", "clinician-cleared = yes", "disc: " + Condition.DISC.why(),
                "it will leave out moves that are not safe for: disc.", "If this is your first episode of back pain and you are over 50");
        assertThat(run.handedOver).containsExactly(new TriageHarness.HandedOver("evening", Set.of(Condition.DISC)));
    }

    @Test
    void seeClinicianWithoutClearanceEndsWithExit3AndNoRoutine() {
        String keys = "n\nn\nn\nn\nn\nn\n" + "y\nn\nn\nn\ny\n" + "n\n" + "30\n" + "n\n";
        TriageHarness run = new TriageHarness().typed(keys, false);
        assertThat(run.code).isEqualTo(3);
        assertThat(run.out).contains("SEE A CLINICIAN:", "persistent = yes", "within about a week")
                .doesNotContain("Pick a stretching routine");
        assertThat(run.handedOver).isEmpty();
    }

    @Test
    void urgentDoesNotAskAboutClearance() {
        String keys = "n\nn\nn\nn\n" + "y\ny\nn\nn\nn\nn\n" + "n\nn\nn\n" + "30\n";
        TriageHarness run = new TriageHarness().typed(keys, false);
        assertThat(run.code).isEqualTo(4);
        assertThat(run.out).contains("URGENT: see a doctor today.", "trauma = yes").doesNotContain("(one more)");
    }

    @Test
    void yesToAGroupThenNoToEachIsPointedOut() {
        String keys = "n\nn\n" + "y\nn\nn\nn\n" + "n\nn\nn\nn\nn\n" + "30\n" + "q\n";
        TriageHarness run = new TriageHarness().typed(keys, false);
        assertThat(run.code).isZero();
        assertThat(run.out).contains("You said no to each of them. If one does apply after all, type b to go back.",
                "You first said yes to \"Do you have any of these?\" (leg-weakness-one, sexual-function, leg-numbness)");
    }

    @Test
    void noRoutineStopsAfterTheScreen() {
        TriageHarness run = new TriageHarness().typed(ALL_NO + "40\n", false, "--no-routine");
        assertThat(run.code).isZero();
        assertThat(run.out).contains("SELF-CARE:").doesNotContain("Pick a stretching routine");
        assertThat(run.handedOver).isEmpty();
    }

    @Test
    void theRoutineMenuTakesANumberOrANameAndReasksOtherwise() {
        TriageHarness run = new TriageHarness().typed(ALL_NO + "40\n" + "9\nyoga\ngentle\n", false);
        assertThat(run.code).isZero();
        assertThat(run.out).contains("  Please type a number from 1 to 6, a routine name, Enter for morning, or q to stop here.");
        assertThat(run.handedOver).extracting(TriageHarness.HandedOver::routineId).containsExactly("gentle");
    }

    @Test
    void ctrlDBeforeTheEndIsNotANo() {
        TriageHarness run = new TriageHarness().typed("n\nn\n\u0004", false);
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("backcare: the screen was stopped before the end (Ctrl-D), so it has not decided anything",
                "backcare: run backcare triage again to finish it");
        assertThat(run.out).doesNotContain("SELF-CARE", "SEE A CLINICIAN");
        assertNoStackTrace(run);

        TriageHarness endOfInput = new TriageHarness().typed("n\n", false);
        assertThat(endOfInput.code).isEqualTo(2);
        assertThat(endOfInput.err).contains("stopped before the end");
    }

    @Test
    void ctrlDAfterAnUrgentAnswerStillSaysWhatItAlreadyMeans() {
        TriageHarness run = new TriageHarness().typed("n\nn\nn\ny\ny\n\u0004", false);
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("backcare: your answers so far already mean: URGENT: see a doctor today.");
    }

    @Test
    void ctrlCStopsWithExit130AndAClearMessage() {
        TriageHarness run = new TriageHarness().typed("n\n\u0003", true);
        assertThat(run.code).isEqualTo(130);
        assertThat(run.err).contains("backcare: stopped (Ctrl-C) before the screen was finished; nothing was decided.");
        assertNoStackTrace(run);
    }

    @Test
    void ctrlCAtTheRoutineMenuIs130Too() {
        TriageHarness run = new TriageHarness().typed(ALL_NO + "40\n\u0003", true);
        assertThat(run.code).isEqualTo(130);
        assertThat(run.handedOver).isEmpty();
    }

    @Test
    void answersOnTheCommandLineAreNeverAskedAtTheTerminal() {
        TriageHarness run = new TriageHarness();
        run.terminal = true;
        run.script("", "--answer", "bladder=no");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.promptRequested).isFalse();
        assertThat(run.err).contains("missing (26)");
    }
}
