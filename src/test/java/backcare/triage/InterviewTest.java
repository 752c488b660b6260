package backcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewTest {
  private final Triage triage = new Triage(Answers.RULES);
  private final Interview interview = new Interview(triage);

  private Interview.Prompt next() {
    return interview.next().orElseThrow();
  }

  private void answerEverything(boolean groupAnswer, int age) {
    for (Optional<Interview.Prompt> p = interview.next(); p.isPresent(); p = interview.next()) {
      if (p.get() instanceof Interview.GroupPrompt g) interview.answerGroup(g, groupAnswer);
      else {
        Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
        if (q.question().clearance()) return;
        interview.answer(
            q, q.question().type() == QuestionType.NUMBER ? Answer.number(age) : Answer.NO);
      }
    }
  }

  @Test
  void startsWithTheEmergencyNerveGroup() {
    Interview.GroupPrompt first = (Interview.GroupPrompt) next();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.step().questions())
        .extracting(Question::id)
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
        interview.answer(
            q, q.question().type() == QuestionType.NUMBER ? Answer.number(35) : Answer.NO);
      }
    }
    assertThat(prompts).isEqualTo(interview.steps()).isLessThanOrEqualTo(12);
    assertThat(triage.missing(interview.answers())).isEmpty();
    assertThat(triage.evaluate(interview.answers()).level()).isEqualTo(Level.SELF_CARE);
  }

  @Test
  void aNoToAGroupIsANoToEachItemListed() {
    interview.answerGroup((Interview.GroupPrompt) next(), false);
    assertThat(interview.answers())
        .containsOnlyKeys("bladder", "bowel", "saddle-numbness", "leg-weakness-both")
        .allSatisfy((id, a) -> assertThat(a).isEqualTo(Answer.NO));
  }

  @Test
  void aNerveYesAsksNerveRecentAfterTheNerveGroupsAndItsYesStopsAtOnce() {
    interview.answerGroup((Interview.GroupPrompt) next(), true);
    Interview.QuestionPrompt bladder = (Interview.QuestionPrompt) next();
    assertThat(bladder.question().id()).isEqualTo("bladder");
    assertThat(bladder.drillDown()).isTrue();
    interview.answer(bladder, Answer.YES);
    // not settled yet: nerve-recent decides between emergency and urgent
    for (String id : new String[] {"bowel", "saddle-numbness", "leg-weakness-both"}) {
      Interview.QuestionPrompt q = (Interview.QuestionPrompt) next();
      assertThat(q.question().id()).isEqualTo(id);
      interview.answer(q, Answer.NO);
    }
    Interview.GroupPrompt nerves = (Interview.GroupPrompt) next();
    assertThat(nerves.step().questions())
        .extracting(Question::id)
        .containsExactly("leg-pain-both", "leg-weakness-one", "sexual-function");
    interview.answerGroup(nerves, false);
    Interview.QuestionPrompt recent = (Interview.QuestionPrompt) next();
    assertThat(recent.question().id()).isEqualTo("nerve-recent");
    assertThat(recent.number()).isZero();
    assertThat(recent.about()).extracting(Question::id).containsExactly("bladder");
    interview.answer(recent, Answer.YES);
    assertThat(interview.next()).isEmpty();
    assertThat(triage.evaluate(interview.answers()).level()).isEqualTo(Level.EMERGENCY);
  }

  @Test
  void anOlderStableNerveSignGoesOnWithTheScreenAtUrgent() {
    interview.answerGroup((Interview.GroupPrompt) next(), true);
    interview.answer((Interview.QuestionPrompt) next(), Answer.NO); // bladder
    interview.answer((Interview.QuestionPrompt) next(), Answer.NO); // bowel
    interview.answer((Interview.QuestionPrompt) next(), Answer.YES); // saddle-numbness
    interview.answer((Interview.QuestionPrompt) next(), Answer.NO); // leg-weakness-both
    interview.answerGroup((Interview.GroupPrompt) next(), false);
    interview.answer(
        (Interview.QuestionPrompt) next(), Answer.NO); // nerve-recent: older than two weeks
    Interview.GroupPrompt vessels = (Interview.GroupPrompt) next();
    assertThat(vessels.step().questions())
        .extracting(Question::id)
        .containsExactly("aaa", "belly-pulse");
    assertThat(triage.evaluateSoFar(interview.answers()).level()).isEqualTo(Level.URGENT);
  }

  @Test
  void noNerveYesMeansNerveRecentIsNeverAsked() {
    interview.answerGroup((Interview.GroupPrompt) next(), false);
    interview.answerGroup((Interview.GroupPrompt) next(), false);
    Interview.GroupPrompt vessels = (Interview.GroupPrompt) next();
    assertThat(vessels.step().id()).isEqualTo("blood-vessels");
    assertThat(vessels.number()).isEqualTo(3);
  }

  @Test
  void aCombinationEmergencyStopsAtOnceToo() {
    interview.answerGroup((Interview.GroupPrompt) next(), false); // cauda equina
    interview.answerGroup((Interview.GroupPrompt) next(), false); // other nerves
    interview.answerGroup((Interview.GroupPrompt) next(), false); // blood vessels
    interview.answerGroup((Interview.GroupPrompt) next(), true); // infection
    interview.answer(
        (Interview.QuestionPrompt) next(), Answer.YES); // fever: urgent, not yet settled
    assertThat(interview.next()).isPresent();
    Interview.QuestionPrompt ivDrugs = (Interview.QuestionPrompt) next();
    assertThat(ivDrugs.question().id()).isEqualTo("iv-drug-use");
    interview.answer(ivDrugs, Answer.YES);
    assertThat(interview.next()).isEmpty();
  }

  @Test
  void aPregnancyYesAsksForTheWarningSignsRightAfter() {
    for (Optional<Interview.Prompt> p = interview.next(); p.isPresent(); p = interview.next()) {
      if (p.get() instanceof Interview.GroupPrompt g) {
        interview.answerGroup(g, g.step().id().equals("conditions"));
        continue;
      }
      Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
      if (q.question().id().equals("pregnancy-warning")) {
        assertThat(interview.answers())
            .containsEntry("pregnancy", Answer.YES)
            .doesNotContainKey("age");
        interview.answer(q, Answer.YES);
        continue;
      }
      interview.answer(
          q,
          q.question().type() == QuestionType.NUMBER
              ? Answer.number(30)
              : Answer.of(q.question().id().equals("pregnancy")));
    }
    assertThat(interview.answers())
        .containsEntry("pregnancy-warning", Answer.YES)
        .doesNotContainKey("age");
    assertThat(triage.evaluate(interview.answers()).headline()).contains("maternity unit");
  }

  @Test
  void backUndoesTheLastAnswerIncludingAWholeGroup() {
    assertThat(interview.back()).isFalse();
    interview.answerGroup((Interview.GroupPrompt) next(), false);
    assertThat(((Interview.GroupPrompt) next()).step().id()).isEqualTo("nerves");
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
  void clinicianClearanceIsAskedOnlyWhenTheOutcomeWouldBeSeeClinicianOrUrgent() {
    answerEverything(false, 40);
    assertThat(interview.next()).isEmpty(); // self-care: not asked

    Interview seeClinician = new Interview(triage);
    for (Optional<Interview.Prompt> p = seeClinician.next();
        p.isPresent();
        p = seeClinician.next()) {
      if (p.get() instanceof Interview.GroupPrompt g) {
        seeClinician.answerGroup(g, g.step().id().equals("the-pain"));
      } else {
        Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
        if (q.question().clearance()) {
          assertThat(q.number()).isZero();
          assertThat(triage.evaluate(seeClinician.answers()).level())
              .isEqualTo(Level.SEE_CLINICIAN);
          seeClinician.answer(q, Answer.YES);
          continue;
        }
        boolean yes = q.question().id().equals("sharp-pain");
        seeClinician.answer(
            q, q.question().type() == QuestionType.NUMBER ? Answer.number(40) : Answer.of(yes));
      }
    }
    assertThat(seeClinician.answers()).containsEntry("clinician-cleared", Answer.YES);
    assertThat(triage.evaluate(seeClinician.answers()).level()).isEqualTo(Level.SELF_CARE);

    Interview urgent = new Interview(triage);
    boolean asked = false;
    for (Optional<Interview.Prompt> p = urgent.next(); p.isPresent(); p = urgent.next()) {
      if (p.get() instanceof Interview.GroupPrompt g)
        urgent.answerGroup(g, g.step().id().equals("injury"));
      else {
        Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
        asked |= q.question().clearance();
        boolean yes = q.question().id().equals("trauma");
        urgent.answer(
            q, q.question().type() == QuestionType.NUMBER ? Answer.number(40) : Answer.of(yes));
      }
    }
    assertThat(asked).as("clearance asked on urgent").isTrue();
    assertThat(triage.evaluate(urgent.answers()).level()).isEqualTo(Level.URGENT);

    Interview emergency = new Interview(triage);
    for (Optional<Interview.Prompt> p = emergency.next(); p.isPresent(); p = emergency.next()) {
      if (p.get() instanceof Interview.GroupPrompt g)
        emergency.answerGroup(g, g.step().id().equals("injury"));
      else {
        Interview.QuestionPrompt q = (Interview.QuestionPrompt) p.get();
        assertThat(q.question().clearance()).as("clearance asked on an emergency").isFalse();
        emergency.answer(q, Answer.of(q.question().id().equals("major-trauma")));
      }
    }
    assertThat(emergency.answers()).doesNotContainKey("age");
  }

  @Test
  void aYesToAGroupThenNoToEachIsNoticed() {
    Interview.GroupPrompt group = (Interview.GroupPrompt) next();
    interview.answerGroup(group, true);
    for (int i = 0; i < 4; i++) interview.answer((Interview.QuestionPrompt) next(), Answer.NO);
    assertThat(interview.yesThenNoToEach()).containsExactly(group.step());
  }
}
