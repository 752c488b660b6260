package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewTest {
    private final Triage triage = new Triage(Answers.RULES);
    private final Interview interview = new Interview(triage);

    private Interview.Prompt next() { return interview.next().orElseThrow(); }

    private void answerEverything(boolean groupAnswer, int age) {
        for (Optional<Interview.Prompt> p = interview.next(); p.isPresent(); p = interview.next()) {
            if (p.get() instanceof Interview.GroupPrompt g) interview.answerGroup(g, groupAnswer);
            else {
                Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
                if (q.question().clearance()) return;
                interview.answer(q, q.question().type() == QuestionType.NUMBER ? Answer.number(age) : Answer.NO);
            }
        }
    }

    @Test
    void startsWithTheEmergencyNerveGroup() {
        Interview.GroupPrompt first = (Interview.GroupPrompt) next();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.step().questions()).extracting(Question::id)
                .containsExactly("bladder", "bowel", "saddle-numbness", "leg-weakness-both");
    }

    @Test
    void someoneWithNoRedFlagsIsDoneInOneQuestionPerStep() {
        int prompts = 0;
        for (Optional<Interview.Prompt> p = interview.next(); p.isPresent(); p = interview.next()) {
            prompts++;
            if (p.get() instanceof Interview.GroupPrompt g) interview.answerGroup(g, false);
            else {
                Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
                interview.answer(q, q.question().type() == QuestionType.NUMBER ? Answer.number(35) : Answer.NO);
            }
        }
        assertThat(prompts).isEqualTo(interview.steps()).isLessThanOrEqualTo(10);
        assertThat(triage.missing(interview.answers())).isEmpty();
        assertThat(triage.evaluate(interview.answers()).level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void aNoToAGroupIsANoToEachItemListed() {
        interview.answerGroup((Interview.GroupPrompt) next(), false);
        assertThat(interview.answers()).containsOnlyKeys("bladder", "bowel", "saddle-numbness", "leg-weakness-both")
                .allSatisfy((id, a) -> assertThat(a).isEqualTo(Answer.NO));
    }

    @Test
    void aYesToAGroupDrillsIntoEachItemAndAnEmergencyStopsAtOnce() {
        interview.answerGroup((Interview.GroupPrompt) next(), true);
        Interview.QuestionPrompt bladder = (Interview.QuestionPrompt) next();
        assertThat(bladder.question().id()).isEqualTo("bladder");
        assertThat(bladder.drillDown()).isTrue();
        interview.answer(bladder, Answer.NO);
        Interview.QuestionPrompt bowel = (Interview.QuestionPrompt) next();
        assertThat(bowel.question().id()).isEqualTo("bowel");
        interview.answer(bowel, Answer.YES);
        assertThat(interview.next()).isEmpty();
        assertThat(triage.evaluate(interview.answers()).level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aCombinationEmergencyStopsAtOnceToo() {
        interview.answerGroup((Interview.GroupPrompt) next(), false);
        interview.answer((Interview.QuestionPrompt) next(), Answer.NO); // aaa
        interview.answerGroup((Interview.GroupPrompt) next(), false); // leg-weakness-one, sexual-function, leg-numbness
        interview.answerGroup((Interview.GroupPrompt) next(), true); // infection
        interview.answer((Interview.QuestionPrompt) next(), Answer.YES); // fever: urgent, not yet settled
        assertThat(interview.next()).isPresent();
        Interview.QuestionPrompt ivDrugs = (Interview.QuestionPrompt) next();
        assertThat(ivDrugs.question().id()).isEqualTo("iv-drug-use");
        interview.answer(ivDrugs, Answer.YES);
        assertThat(interview.next()).isEmpty();
    }

    @Test
    void backUndoesTheLastAnswerIncludingAWholeGroup() {
        assertThat(interview.back()).isFalse();
        interview.answerGroup((Interview.GroupPrompt) next(), false);
        assertThat(((Interview.QuestionPrompt) next()).question().id()).isEqualTo("aaa");
        assertThat(interview.back()).isTrue();
        assertThat(interview.answers()).isEmpty();
        interview.answerGroup((Interview.GroupPrompt) next(), true);
        Interview.QuestionPrompt bladder = (Interview.QuestionPrompt) next();
        interview.answer(bladder, Answer.NO);
        interview.back();
        assertThat(((Interview.QuestionPrompt) next()).question().id()).isEqualTo("bladder");
        interview.back();
        assertThat(next()).isInstanceOf(Interview.GroupPrompt.class);
    }

    @Test
    void clinicianClearanceIsAskedOnlyWhenTheOutcomeWouldBeSeeClinician() {
        answerEverything(false, 40);
        assertThat(interview.next()).isEmpty(); // self-care: not asked

        Interview seeClinician = new Interview(triage);
        for (Optional<Interview.Prompt> p = seeClinician.next(); p.isPresent(); p = seeClinician.next()) {
            if (p.get() instanceof Interview.GroupPrompt g) {
                seeClinician.answerGroup(g, g.step().id().equals("the-pain"));
            } else {
                Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
                if (q.question().clearance()) {
                    assertThat(q.number()).isZero();
                    assertThat(triage.evaluate(seeClinician.answers()).level()).isEqualTo(Level.SEE_CLINICIAN);
                    seeClinician.answer(q, Answer.YES);
                    continue;
                }
                boolean yes = q.question().id().equals("sharp-pain");
                seeClinician.answer(q, q.question().type() == QuestionType.NUMBER ? Answer.number(40) : Answer.of(yes));
            }
        }
        assertThat(seeClinician.answers()).containsEntry("clinician-cleared", Answer.YES);
        assertThat(triage.evaluate(seeClinician.answers()).level()).isEqualTo(Level.SELF_CARE);

        Interview urgent = new Interview(triage);
        for (Optional<Interview.Prompt> p = urgent.next(); p.isPresent(); p = urgent.next()) {
            if (p.get() instanceof Interview.GroupPrompt g) urgent.answerGroup(g, g.step().id().equals("injury-and-bones"));
            else {
                Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
                assertThat(q.question().clearance()).as("clearance asked on urgent").isFalse();
                boolean yes = q.question().id().equals("trauma");
                urgent.answer(q, q.question().type() == QuestionType.NUMBER ? Answer.number(40) : Answer.of(yes));
            }
        }
        assertThat(triage.evaluate(urgent.answers()).level()).isEqualTo(Level.URGENT);
    }

    @Test
    void aYesToAGroupThenNoToEachIsNoticed() {
        Interview.GroupPrompt group = (Interview.GroupPrompt) next();
        interview.answerGroup(group, true);
        for (int i = 0; i < 4; i++) interview.answer((Interview.QuestionPrompt) next(), Answer.NO);
        assertThat(interview.yesThenNoToEach()).containsExactly(group.step());
    }
}
