package backcare.triage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The red-flag screen with a person at a terminal: asks the {@link Interview}'s questions one at a
 * time over a {@link Prompter} and returns the {@link Outcome}. Ctrl-C and Ctrl-D come out as
 * {@link Prompter.Interrupted} and {@link Prompter.EndOfInput}; {@link #answersSoFar()} then tells
 * what was answered before.
 */
public final class Screen {
  private static final String YES_NO_KEYS = "[y/n, ? why, b back] > ";

  private final Triage triage;
  private final Interview interview;
  private final Prompter prompter;
  private final PrintWriter out;

  public Screen(Triage triage, Prompter prompter, PrintWriter out) {
    this.triage = triage;
    this.interview = new Interview(triage);
    this.prompter = prompter;
    this.out = out;
  }

  /** Asks every question the answers call for, and evaluates them. */
  public Outcome run() {
    out.println(
        "backcare triage: a short safety check before you stretch (a minute or two), made for adults.");
    out.println(
        "Answer y or n. Type ? to see why we ask, b to go back to the previous question, Ctrl-C to stop.");
    out.println("This screen is not a diagnosis.");
    for (Optional<Interview.Prompt> next = interview.next();
        next.isPresent();
        next = interview.next()) {
      ask(next.get());
    }
    return triage.evaluate(interview.answers()).withNotes(yesThenNoNotes());
  }

  /** The answers given so far (after Ctrl-C or Ctrl-D, what the screen had when it stopped). */
  public Map<String, Answer> answersSoFar() {
    return interview.answers();
  }

  private void ask(Interview.Prompt prompt) {
    out.println();
    String counter =
        prompt.number() > 0
            ? "(" + prompt.number() + "/" + interview.steps() + ") "
            : "(follow-up) ";
    if (prompt instanceof Interview.GroupPrompt g) {
      out.println(counter + g.step().ask());
      for (Question q : g.step().questions()) out.println("  - " + q.shortText());
    } else if (prompt instanceof Interview.QuestionPrompt q) {
      out.println(counter + q.question().text());
      // a follow-up about "these": list what it asks about
      if (q.question().id().equals(triage.rules().recency().id())) {
        for (Question about : q.about()) out.println("  - " + about.shortText());
      } else if (q.question().clearance()) {
        for (Trigger t : triage.evaluateSoFar(interview.answers()).triggered()) {
          if (t.level() != Level.SELF_CARE) {
            triage
                .rules()
                .question(t.id())
                .ifPresent(about -> out.println("  - " + about.shortText()));
          }
        }
      }
    }
    int before = interview.yesThenNoToEach().size();
    readAnswer(prompt);
    if (interview.yesThenNoToEach().size() > before) {
      out.println("  You said no to each of them. If one does apply after all, type b to go back.");
    }
  }

  /** Reads until the prompt is answered or the user goes back; invalid input is asked again. */
  private void readAnswer(Interview.Prompt prompt) {
    Question question = prompt instanceof Interview.QuestionPrompt q ? q.question() : null;
    boolean number = question != null && question.type() == QuestionType.NUMBER;
    while (true) {
      out.flush();
      String raw = prompter.readLine(number ? "[age in years, ? why, b back] > " : YES_NO_KEYS);
      raw = raw.trim();
      String key = raw.toLowerCase(Locale.ROOT);
      if (key.equals("?")) {
        String help = prompt instanceof Interview.GroupPrompt g ? g.step().help() : question.help();
        out.println("  Why we ask: " + help);
        continue;
      }
      if (key.equals("b") || key.equals("back")) {
        if (interview.back()) return;
        out.println("  This is the first question; there is nothing to go back to.");
        continue;
      }
      if (prompt instanceof Interview.GroupPrompt g) {
        Optional<Answer> any = Question.yesNo(raw);
        if (any.isPresent()) {
          interview.answerGroup(g, any.get().isYes());
          if (any.get().isYes()) out.println("  Which of them? One at a time:");
          return;
        }
      } else {
        try {
          interview.answer((Interview.QuestionPrompt) prompt, question.parse(raw));
          return;
        } catch (Question.InvalidAnswerException e) {
          // asked again below
        }
      }
      out.println(
          number
              ? "  Please type your age as a whole number from "
                  + question.min()
                  + " to "
                  + question.max()
                  + "."
              : "  Please type y for yes or n for no (or ? to see why we ask, b to go back).");
    }
  }

  private List<String> yesThenNoNotes() {
    List<String> notes = new ArrayList<>();
    for (Step step : interview.yesThenNoToEach()) {
      notes.add(
          "You first said yes to \""
              + step.ask()
              + "\" ("
              + step.questions().stream().map(Question::id).collect(Collectors.joining(", "))
              + "), then no to each. If one of them does apply, run the screen again.");
    }
    return notes;
  }
}
