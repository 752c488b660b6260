package backcare.triage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of the interactive screen, without any I/O: which question comes next given the answers
 * so far, going back one question, and stopping at once when an emergency is settled. Groups are
 * asked as one question and drilled into only on yes; a no to a group is the user's explicit no to
 * every question listed in it. A conditional question (nerve-recent, pregnancy-warning,
 * clinician-cleared) is asked at its step only when its condition holds.
 */
public final class Interview {

  /**
   * What to ask next. {@code number} counts the unconditional steps from 1 (0 for a follow-up
   * question).
   */
  public sealed interface Prompt permits GroupPrompt, QuestionPrompt {
    int number();
  }

  /** "Do any of these apply?" for a group of questions. */
  public record GroupPrompt(Step step, int number) implements Prompt {}

  /**
   * One question; {@code drillDown} when it follows a yes to its group; {@code about}: for a
   * follow-up question, the questions answered yes that it asks about (nerve-recent: which
   * symptoms).
   */
  public record QuestionPrompt(
      Question question, int number, boolean drillDown, List<Question> about) implements Prompt {}

  /** What one prompt set, so that "back" can undo exactly that. */
  private record Entry(Step group, List<String> ids) {}

  private final Triage triage;
  private final Map<String, Answer> answers = new LinkedHashMap<>();
  private final Map<String, Boolean> groupAnswers = new HashMap<>();
  private final Deque<Entry> history = new ArrayDeque<>();

  public Interview(Triage triage) {
    this.triage = triage;
  }

  /** The number of steps shown as "(n/total)": the unconditional ones. */
  public int steps() {
    return (int) triage.rules().interview().stream().filter(s -> !conditional(s)).count();
  }

  private static boolean conditional(Step step) {
    return !step.isGroup() && step.questions().get(0).conditional();
  }

  /** The next question, or empty when the screen is done (finished, or an emergency is certain). */
  public Optional<Prompt> next() {
    if (triage.certainEmergency(answers)) return Optional.empty();
    int number = 0;
    for (Step step : triage.rules().interview()) {
      if (!conditional(step)) number++;
      if (!step.isGroup()) {
        Question q = step.questions().get(0);
        if (answers.containsKey(q.id())) continue;
        if (!q.conditional()) return Optional.of(new QuestionPrompt(q, number, false, List.of()));
        if (triage.asks(q, answers)) {
          List<Question> about =
              q.askedWhen().anyYes().stream()
                  .filter(id -> answers.get(id) != null && answers.get(id).isYes())
                  .map(id -> triage.rules().question(id).orElseThrow())
                  .toList();
          return Optional.of(new QuestionPrompt(q, 0, false, about));
        }
        continue;
      }
      Boolean any = groupAnswers.get(step.id());
      if (any == null) return Optional.of(new GroupPrompt(step, number));
      for (Question q : step.questions()) {
        if (!answers.containsKey(q.id()))
          return Optional.of(new QuestionPrompt(q, number, true, List.of()));
      }
    }
    return Optional.empty();
  }

  /** Records the user's yes or no to a whole group: a no answers every question in it. */
  public void answerGroup(GroupPrompt prompt, boolean any) {
    Step step = prompt.step();
    groupAnswers.put(step.id(), any);
    List<String> ids = new ArrayList<>();
    if (!any) {
      for (Question q : step.questions()) {
        answers.put(q.id(), Answer.NO);
        ids.add(q.id());
      }
    }
    history.push(new Entry(step, ids));
  }

  /** Records the user's answer to one question. */
  public void answer(QuestionPrompt prompt, Answer answer) {
    answers.put(prompt.question().id(), answer);
    history.push(new Entry(null, List.of(prompt.question().id())));
  }

  /** Undoes the last answer (a group answer counts as one); false when there is none. */
  public boolean back() {
    Entry last = history.poll();
    if (last == null) return false;
    last.ids().forEach(answers::remove);
    if (last.group() != null) groupAnswers.remove(last.group().id());
    return true;
  }

  /** The answers so far, in the order given. */
  public Map<String, Answer> answers() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /**
   * Groups the user said yes to but then no to each question in: worth a note, since something made
   * them say yes.
   */
  public List<Step> yesThenNoToEach() {
    List<Step> out = new ArrayList<>();
    for (Step step : triage.rules().interview()) {
      if (Boolean.TRUE.equals(groupAnswers.get(step.id()))
          && step.questions().stream().allMatch(q -> Answer.NO.equals(answers.get(q.id())))) {
        out.add(step);
      }
    }
    return out;
  }
}
