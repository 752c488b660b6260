package backcare.triage;

import backcare.routine.Condition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The red-flag rules of triage.md as a pure function from answers to an {@link Outcome}: no I/O, no
 * clock. A yes raises the level (alone, by how recent a nerve symptom is, or in combination); the
 * most urgent level wins; a clinician's clearance lowers see-clinician and urgent, never an
 * emergency. Nothing missing is ever taken as "no": a conditional question left unanswered takes
 * the meaning triage.md gives it (nerve-recent: yes).
 */
public final class Triage {
  private final TriageRules rules;

  public Triage(TriageRules rules) {
    this.rules = rules;
  }

  public TriageRules rules() {
    return rules;
  }

  /** Required questions (all but the conditional ones) not in {@code answers}, in list order. */
  public List<String> missing(Map<String, Answer> answers) {
    // Plain loops here, not streams or lambdas: each call site is linked at its first run, in
    // every process (docs/performance.md, "Start-up in one place").
    List<String> missing = new ArrayList<>();
    for (Question q : rules.questions())
      if (q.required() && !answers.containsKey(q.id())) missing.add(q.id());
    return Collections.unmodifiableList(missing);
  }

  /**
   * True when a conditional question's condition holds for these answers: a yes to one of the
   * questions it follows, or an outcome (without it) among those it is asked for.
   */
  public boolean asks(Question q, Map<String, Answer> answers) {
    Question.AskedWhen when = q.askedWhen();
    if (when == null) return true;
    if (!when.anyYes().isEmpty()) return anyYes(answers, when.anyYes());
    Map<String, Answer> without = new LinkedHashMap<>(answers);
    without.remove(q.id());
    return when.outcomeIn().contains(level(findings(without)));
  }

  /**
   * True when the answers given so far already make the outcome an emergency, a missing conditional
   * answer taking its stated meaning: from a script, no further answer can lower it.
   */
  public boolean settlesEmergency(Map<String, Answer> answers) {
    return level(findings(answers)) == Level.EMERGENCY;
  }

  /**
   * True when the outcome is an emergency whatever the follow-up questions still to be asked are
   * answered: the interview can stop and show the emergency advice. (After a yes to a nerve
   * question it cannot, until nerve-recent says whether the symptom is new.)
   */
  public boolean certainEmergency(Map<String, Answer> answers) {
    List<Question> pending = new ArrayList<>();
    for (Question q : rules.questions())
      if (q.conditional() && !q.clearance() && !answers.containsKey(q.id()) && asks(q, answers))
        pending.add(q);
    for (int mask = 0; mask < 1 << pending.size(); mask++) {
      Map<String, Answer> tried = new LinkedHashMap<>(answers);
      for (int i = 0; i < pending.size(); i++)
        tried.put(pending.get(i).id(), Answer.of((mask & 1 << i) != 0));
      if (level(findings(tried)) != Level.EMERGENCY) return false;
    }
    return true;
  }

  /**
   * The outcome of a finished screen.
   *
   * @throws IllegalArgumentException if a required question is unanswered (and no emergency settles
   *     it), or an answer does not fit its question
   */
  public Outcome evaluate(Map<String, Answer> answers) {
    List<String> missing = missing(answers);
    if (!missing.isEmpty() && !settlesEmergency(answers)) {
      throw new IllegalArgumentException("not answered: " + String.join(", ", missing));
    }
    return assess(answers, missing);
  }

  /**
   * The outcome the answers so far already call for, at the least: more answers can only raise it.
   * For a screen stopped early; {@link Outcome#unanswered()} lists what is missing.
   */
  public Outcome evaluateSoFar(Map<String, Answer> answers) {
    return assess(answers, missing(answers));
  }

  /**
   * A trigger with what it asks of the advice: a specific action, and whether it needs a doctor.
   */
  private record Finding(Trigger trigger, String action, boolean doctor) {
    Level level() {
      return trigger.level();
    }
  }

  /** Every finding, and the notes the answers call for. */
  private record Findings(Map<String, Finding> found, List<String> notes) {}

  /**
   * The most urgent level first: a class, not a comparator made of method references and linked at
   * every start (docs/performance.md, "Start-up in one place").
   */
  private static final Comparator<Finding> MOST_URGENT_FIRST = new MostUrgentFirst();

  private static final class MostUrgentFirst implements Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      return b.level().compareTo(a.level());
    }
  }

  private Outcome assess(Map<String, Answer> answers, List<String> unanswered) {
    checkAnswers(answers);
    Findings f = findings(answers);
    Level level = level(f);

    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    for (Question q : rules.questions()) {
      if (yes(answers, q.id())) conditions.addAll(q.conditions());
    }
    List<String> notes = new ArrayList<>(f.notes());

    Question clearance = rules.clearanceQuestion();
    boolean clearanceGiven = yes(answers, clearance.id());
    boolean cleared = clearanceGiven && clearance.askedWhen().outcomeIn().contains(level);
    Map<String, Finding> found = new LinkedHashMap<>(f.found());
    if (cleared) {
      level = Level.SELF_CARE;
      found.put(
          clearance.id(),
          new Finding(
              new Trigger(clearance.id(), "yes", Level.SELF_CARE, clearance.reason()),
              null,
              false));
    } else if (clearanceGiven && level == Level.EMERGENCY) {
      notes.add(rules.clearanceCannotApply());
    }

    List<Finding> ordered = new ArrayList<>(found.values());
    ordered.sort(MOST_URGENT_FIRST); // stable: list order within a level
    List<Trigger> triggered = new ArrayList<>(ordered.size());
    boolean doctorAtSeeClinician = false;
    for (Finding x : ordered) {
      triggered.add(x.trigger());
      if (x.level() == Level.SEE_CLINICIAN && x.doctor()) doctorAtSeeClinician = true;
    }

    TriageRules.LevelAdvice text =
        cleared
            ? rules.advice(TriageRules.CLEARED)
            : level == Level.SEE_CLINICIAN && doctorAtSeeClinician
                ? rules.advice(TriageRules.SEE_A_DOCTOR)
                : rules.advice(level);
    // an action with a headline says how to get help instead of the level's first line; the
    // others (the words for the desk) come after the level's advice
    String headline = text.headline();
    List<String> whatToDo = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (Action a : actions(ordered, level)) {
      if (a.headline() != null && headline.equals(text.headline()))
        headline = a.headline(); // the first one wins
      for (String line : a.advice())
        (a.headline() != null ? whatToDo : after).add(line.replace("{desk}", deskWords(answers)));
    }
    whatToDo.addAll(
        whatToDo.isEmpty() ? text.advice() : text.advice().subList(1, text.advice().size()));
    whatToDo.addAll(after);

    return new Outcome(
        level,
        headline,
        List.copyOf(whatToDo),
        Collections.unmodifiableList(triggered),
        Collections.unmodifiableSet(conditions),
        List.copyOf(notes),
        rules.notADiagnosis(),
        rules.safetyNet(),
        level == Level.SELF_CARE ? rules.selfCareFooter() : List.of(),
        List.copyOf(unanswered),
        cleared);
  }

  /**
   * The actions of the findings at the outcome's level, in the rules' order, less those another
   * overrides.
   */
  private List<Action> actions(List<Finding> findings, Level level) {
    Set<String> ids = new LinkedHashSet<>();
    for (Finding x : findings) {
      Action a = x.action() == null ? null : rules.actions().get(x.action());
      if (a != null && a.level() == level && x.level() == level) ids.add(a.id());
    }
    for (String id : List.copyOf(ids)) ids.removeAll(rules.actions().get(id).overrides());
    List<Action> actions = new ArrayList<>();
    for (Action a : rules.actions().values()) if (ids.contains(a.id())) actions.add(a);
    return Collections.unmodifiableList(actions);
  }

  /** The symptoms answered yes, as said at the desk: "a, b and c". */
  private String deskWords(Map<String, Answer> answers) {
    List<String> said = new ArrayList<>();
    for (Question q : rules.questions())
      if (q.desk() != null && yes(answers, q.id())) said.add(q.desk());
    if (said.size() < 2) return String.join("", said);
    return String.join(", ", said.subList(0, said.size() - 1))
        + " and "
        + said.get(said.size() - 1);
  }

  private static Level level(Findings f) {
    Level level = Level.SELF_CARE;
    for (Finding x : f.found().values()) level = Level.max(level, x.level());
    return level;
  }

  /**
   * Every answer that matters, one per question id, each at the most urgent level it reaches alone
   * or in a combination, in the order of the question list; and the notes.
   */
  private Findings findings(Map<String, Answer> answers) {
    Map<String, Finding> found = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    Answer recentAnswer = answers.get(rules.recency().id());
    boolean recent =
        recentAnswer == null
            ? rules.recency().askedWhen().unanswered().isYes()
            : recentAnswer.isYes();
    String recency =
        rules.recencyWords(
            recentAnswer == null ? "unanswered" : recentAnswer.isYes() ? "yes" : "no");
    for (Question q : rules.questions()) {
      Answer a = answers.get(q.id());
      if (a instanceof Answer.Number n) {
        for (Question.AgeNote note : q.ageNotes()) {
          if (!note.applies(n.value())) continue;
          if (note.level() == null) notes.add(note.text());
          else
            found.put(
                q.id(),
                new Finding(
                    new Trigger(q.id(), a.text(), note.level(), note.text()), null, note.doctor()));
        }
      }
      if (q.clearance() || q.id().equals(rules.recency().id()) || !yes(answers, q.id())) continue;
      if (q.recent() != null) {
        Level level = recent ? q.recent() : q.alone();
        found.put(
            q.id(),
            new Finding(
                new Trigger(q.id(), "yes", level, q.reason() + "; " + recency),
                q.action(),
                q.doctor()));
      } else if (q.alone() != Level.SELF_CARE || !q.conditions().isEmpty()) {
        found.put(
            q.id(),
            new Finding(new Trigger(q.id(), "yes", q.alone(), q.reason()), q.action(), q.doctor()));
      }
    }
    for (Combination c : rules.combinations()) {
      if (!yes(answers, c.when()) || (c.recent() != null && c.recent() != recent)) continue;
      List<String> with = new ArrayList<>();
      for (String id : c.withAnyOf()) if (yes(answers, id)) with.add(id);
      for (Combination.NumberTest t : c.numberTests()) {
        if (answers.get(t.id()) instanceof Answer.Number n && t.holds(n.value()))
          with.add(t.id() + " " + n.value());
      }
      if (with.isEmpty()) continue;
      if (c.level() == null) {
        notes.add(c.note());
        continue;
      }
      Question when = rules.question(c.when()).orElseThrow();
      raise(
          found,
          new Finding(
              new Trigger(
                  c.when(),
                  "yes",
                  c.level(),
                  c.reason() + " (together with: " + String.join(", ", with) + ")"),
              c.action() != null ? c.action() : when.action(),
              when.doctor()));
      for (String id : c.withAnyOf()) {
        if (!yes(answers, id)) continue;
        Question q = rules.question(id).orElseThrow();
        raise(
            found,
            new Finding(
                new Trigger(
                    id, "yes", c.level(), c.reason() + " (together with: " + c.when() + ")"),
                c.action() != null ? c.action() : q.action(),
                q.doctor()));
      }
    }
    // keep the question-list order whatever order the rules raised them in
    Map<String, Finding> ordered = new LinkedHashMap<>();
    for (Question q : rules.questions()) {
      Finding t = found.get(q.id());
      if (t != null) ordered.put(q.id(), t);
    }
    return new Findings(ordered, notes);
  }

  private static void raise(Map<String, Finding> found, Finding f) {
    Finding old = found.get(f.trigger().id());
    if (old == null || f.level().isMoreUrgentThan(old.level())) found.put(f.trigger().id(), f);
  }

  private static boolean anyYes(Map<String, Answer> answers, List<String> ids) {
    for (String id : ids) if (yes(answers, id)) return true;
    return false;
  }

  private static boolean yes(Map<String, Answer> answers, String id) {
    Answer a = answers.get(id);
    return a != null && a.isYes();
  }

  private void checkAnswers(Map<String, Answer> answers) {
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      Optional<Question> known = rules.question(e.getKey());
      if (known.isEmpty())
        throw new IllegalArgumentException("unknown question id '" + e.getKey() + "'");
      Question q = known.get();
      boolean fits =
          q.type() == QuestionType.YES_NO
              ? e.getValue() instanceof Answer.YesNo
              : e.getValue() instanceof Answer.Number;
      if (!fits)
        throw new IllegalArgumentException(
            "'" + e.getValue().text() + "' does not answer " + q.id());
    }
  }
}
