package backcare.triage;

import backcare.routine.Condition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The red-flag rules of triage.md as a pure function from answers to an {@link Outcome}: no I/O,
 * no clock. A yes raises the level (alone or in combination); the most urgent level wins; a
 * clinician's clearance lowers see-clinician only. Nothing missing is ever taken as "no", except
 * the clearance question.
 */
public final class Triage {
    private final TriageRules rules;

    public Triage(TriageRules rules) {
        this.rules = rules;
    }

    public TriageRules rules() { return rules; }

    /** Required questions (all but the clearance question) not in {@code answers}, in list order. */
    public List<String> missing(Map<String, Answer> answers) {
        return rules.questions().stream()
                .filter(Question::required)
                .map(Question::id)
                .filter(id -> !answers.containsKey(id))
                .toList();
    }

    /**
     * True when the answers given so far already make the outcome emergency: no further answer
     * can lower it, so the questions can stop and the emergency advice be shown at once.
     */
    public boolean settlesEmergency(Map<String, Answer> answers) {
        return findings(answers).values().stream().anyMatch(t -> t.level() == Level.EMERGENCY);
    }

    /**
     * The outcome of a finished screen.
     *
     * @throws IllegalArgumentException if a required question is unanswered (and no emergency
     *         settles it), or an answer does not fit its question
     */
    public Outcome evaluate(Map<String, Answer> answers) {
        List<String> missing = missing(answers);
        if (!missing.isEmpty() && !settlesEmergency(answers)) {
            throw new IllegalArgumentException("not answered: " + String.join(", ", missing));
        }
        return assess(answers, missing);
    }

    /**
     * The outcome the answers so far already call for, at the least: more answers can only raise
     * it. For a screen stopped early; {@link Outcome#unanswered()} lists what is missing.
     */
    public Outcome evaluateSoFar(Map<String, Answer> answers) {
        return assess(answers, missing(answers));
    }

    private Outcome assess(Map<String, Answer> answers, List<String> unanswered) {
        checkAnswers(answers);
        Map<String, Trigger> found = findings(answers);
        Level level = found.values().stream().map(Trigger::level).reduce(Level.SELF_CARE, Level::max);

        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (Question q : rules.questions()) {
            if (yes(answers, q.id())) conditions.addAll(q.conditions());
        }

        List<String> notes = new ArrayList<>();
        for (Question q : rules.questions()) {
            if (answers.get(q.id()) instanceof Answer.Number n) {
                for (Question.AgeNote note : q.ageNotes()) {
                    if (note.applies(n.value())) notes.add(note.text());
                }
            }
        }

        Question clearance = rules.clearanceQuestion();
        boolean clearanceGiven = yes(answers, clearance.id());
        boolean cleared = clearanceGiven && level == Level.SEE_CLINICIAN;
        if (cleared) {
            level = Level.SELF_CARE;
            found.put(clearance.id(), new Trigger(clearance.id(), "yes", Level.SELF_CARE, clearance.reason()));
        } else if (clearanceGiven && level.isMoreUrgentThan(Level.SEE_CLINICIAN)) {
            notes.add(rules.clearanceCannotApply());
        }

        List<Trigger> triggered = new ArrayList<>(found.values());
        triggered.sort(Comparator.comparing(Trigger::level).reversed()); // stable: list order within a level

        TriageRules.LevelAdvice text = rules.advice(level);
        List<String> whatToDo = new ArrayList<>(text.advice());
        if (cleared) whatToDo.add(rules.clearedAdvice());

        return new Outcome(level, text.headline(), List.copyOf(whatToDo), List.copyOf(triggered),
                Collections.unmodifiableSet(conditions), List.copyOf(notes), rules.notADiagnosis(),
                rules.safetyNet(), List.copyOf(unanswered), cleared);
    }

    /**
     * Every yes that matters, one per question id, each at the most urgent level it reaches alone
     * or in a combination, in the order of the question list.
     */
    private Map<String, Trigger> findings(Map<String, Answer> answers) {
        Map<String, Trigger> found = new LinkedHashMap<>();
        for (Question q : rules.questions()) {
            if (q.clearance() || !yes(answers, q.id())) continue;
            if (q.alone() != Level.SELF_CARE || !q.conditions().isEmpty()) {
                found.put(q.id(), new Trigger(q.id(), "yes", q.alone(), q.reason()));
            }
        }
        for (Combination c : rules.combinations()) {
            if (!yes(answers, c.when())) continue;
            List<String> with = c.withAnyOf().stream().filter(id -> yes(answers, id)).toList();
            if (with.isEmpty()) continue;
            raise(found, new Trigger(c.when(), "yes", c.level(), c.reason() + " (together with: " + String.join(", ", with) + ")"));
            for (String id : with) {
                raise(found, new Trigger(id, "yes", c.level(), c.reason() + " (together with: " + c.when() + ")"));
            }
        }
        // keep the question-list order whatever order the rules raised them in
        Map<String, Trigger> ordered = new LinkedHashMap<>();
        for (Question q : rules.questions()) {
            Trigger t = found.get(q.id());
            if (t != null) ordered.put(q.id(), t);
        }
        return ordered;
    }

    private static void raise(Map<String, Trigger> found, Trigger t) {
        Trigger old = found.get(t.id());
        if (old == null || t.level().isMoreUrgentThan(old.level())) found.put(t.id(), t);
    }

    private static boolean yes(Map<String, Answer> answers, String id) {
        Answer a = answers.get(id);
        return a != null && a.isYes();
    }

    private void checkAnswers(Map<String, Answer> answers) {
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            Question q = rules.question(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown question id '" + e.getKey() + "'"));
            boolean fits = q.type() == QuestionType.YES_NO
                    ? e.getValue() instanceof Answer.YesNo
                    : e.getValue() instanceof Answer.Number;
            if (!fits) throw new IllegalArgumentException("'" + e.getValue().text() + "' does not answer " + q.id());
        }
    }
}
