package backcare.cli;

import backcare.BadInputException;
import backcare.BoundedFile;
import backcare.Suggest;
import backcare.Utf8;
import backcare.triage.Answer;
import backcare.triage.Question;
import backcare.triage.Triage;
import backcare.triage.TriageRules;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers given without a terminal: {@code --answer ID=VALUE}, an {@code --answers FILE} (a YAML or
 * JSON map of id to value) or one answer per line on standard input. Every problem is collected
 * with where it was (flag, file:line:column, input line) and what would be right. An id answered
 * twice with different values is a problem; it counts as yes when either answer was yes (a red flag
 * is never dropped, so a yes to an emergency question still settles the emergency), and as
 * unanswered otherwise.
 */
final class ScriptedAnswers {
  /**
   * Far more than every question answered, with comments: a file that big is not a file of answers.
   */
  static final int MAX_FILE_BYTES = 64 * 1024;

  private final TriageRules rules;

  /** Did-you-means for the first few unknown ids only, so that a file of unknown ids stays fast. */
  private final Suggest.Budget suggestions = new Suggest.Budget();

  private final Map<String, Answer> answers = new LinkedHashMap<>();
  private final Map<String, String> givenAt = new HashMap<>();
  private final Set<String> conflicting = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  ScriptedAnswers(TriageRules rules) {
    this.rules = rules;
  }

  /** The valid answers, in the order given. */
  Map<String, Answer> answers() {
    return Collections.unmodifiableMap(answers);
  }

  /** What was wrong, one line each, in the order found. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** {@code --answer ID=VALUE}, each. */
  void readFlags(List<String> args) {
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        problems.add("--answer " + arg + ": expected ID=VALUE, e.g. --answer bladder=no");
        continue;
      }
      String id = arg.substring(0, eq).trim();
      put(id, arg.substring(eq + 1), "--answer " + arg);
    }
  }

  /**
   * A YAML or JSON file (JSON by a .json ending) holding a map of question id to answer, read
   * through {@link YamlReader} as every file is. Each answer is taken as it is read, so a problem
   * further on in the file loses none before it; an id given twice is taken twice (see {@link
   * #put}).
   */
  void readFile(Path file) {
    String name = file.toString();
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    String text;
    try {
      text =
          Utf8.decode(
              BoundedFile.read(
                  file,
                  "--answers " + name,
                  MAX_FILE_BYTES,
                  "a YAML or JSON file of answers",
                  "an answers file may be at most 64 KB"),
              name);
    } catch (BadInputException e) {
      problems.addAll(e.problems());
      return;
    }
    String expected =
        json
            ? "a JSON map of question id to answer, e.g. {\"bladder\": \"no\", \"age\": 42}"
            : "a YAML map of question id to answer, e.g. 'bladder: no' and 'age: 42', one a line";
    YamlReader.readEntries(
        text,
        name,
        json ? YamlReader.Syntax.JSON : YamlReader.Syntax.YAML,
        expected,
        new FileAnswers(name));
  }

  /** Each entry of an answers file taken as an answer, each problem kept. */
  private final class FileAnswers implements YamlReader.EntrySink {
    private final String name;

    FileAnswers(String name) {
      this.name = name;
    }

    @Override
    public void entry(Node.Entry entry) {
      answer(entry, name);
    }

    @Override
    public void problem(String problem) {
      problems.add(problem);
    }
  }

  private void answer(Node.Entry entry, String name) {
    String place = name + ":" + entry.keyLine() + ":" + entry.keyColumn() + ": " + entry.key();
    Node value = entry.value();
    if (value instanceof Node.Scalar s && s.isNull()) {
      problems.add(place + ": no answer given; use yes or no (or a number for age)");
    } else if (value instanceof Node.Scalar s) {
      put(entry.key(), s.text(), place);
    } else {
      problems.add(
          place
              + ": the answer must be a single value (yes/no, or a number for age), not "
              + value.kindName());
    }
  }

  /** The longest answer line read; the rest of a longer line is skipped, never held. */
  static final int MAX_LINE = 1000;

  /**
   * One answer a line, in the order of {@code triage --list}; a follow-up question takes a line
   * only when it would be asked (its condition holds given the answers before it). Each line is
   * acted on as it arrives: reading stops as soon as the answers make an emergency certain, so that
   * a slow pipe (or {@code yes |}) gets the emergency advice at once. Trailing empty lines are
   * ignored; at most one line past the last question is read, to report it.
   */
  void readLines(InputStream in, Triage triage) {
    InputStream r = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    List<Question> questions = rules.questions();
    int next = 0;
    int lineNo = 0;
    int blanks = 0;
    try {
      for (Utf8.Line line; (line = Utf8.readLine(r, MAX_LINE)) != null; ) {
        lineNo++;
        if (line.text() != null && line.text().isBlank()) {
          blanks++; // a problem only if an answer follows: trailing empty lines are ignored
          continue;
        }
        for (; blanks > 0; blanks--) {
          next = skipUnasked(questions, next, triage);
          if (next >= questions.size()) break;
          Question q = questions.get(next++);
          problems.add(
              "standard input, line "
                  + (lineNo - blanks)
                  + " ("
                  + q.id()
                  + "): the line is empty;"
                  + " give the answer to "
                  + q.id()
                  + " ("
                  + q.keys()
                  + ")");
        }
        next = skipUnasked(questions, next, triage);
        String place = "standard input, line " + lineNo;
        if (next >= questions.size()) {
          problems.add(
              place
                  + ": more answers than there are questions to ask; give one answer a line in"
                  + " the order of backcare triage --list (a follow-up takes a line only when it is asked)");
          return;
        }
        Question q = questions.get(next++);
        place += " (" + q.id() + ")";
        if (line.text() != null) put(q.id(), line.text(), place);
        else if (line.notUtf8() != null)
          problems.add(
              place
                  + ": not UTF-8 (byte "
                  + String.format("0x%02X", line.notUtf8().value())
                  + ", byte "
                  + (line.notUtf8().offset() + 1)
                  + " of the line); type the answer as plain text");
        else problems.add(place + ": the line is longer than " + MAX_LINE + " characters");
        if (triage.certainEmergency(answers)) return;
      }
    } catch (IOException e) {
      problems.add("standard input: could not read it: " + e.getMessage());
    }
  }

  /** The first question from {@code i} on that would be asked, given the answers so far. */
  private int skipUnasked(List<Question> questions, int i, Triage triage) {
    while (i < questions.size() && !triage.asks(questions.get(i), answers)) i++;
    return i;
  }

  private void put(String id, String raw, String place) {
    Question q = rules.question(id).orElse(null);
    if (q == null) {
      problems.add(
          place
              + ": unknown question id '"
              + id
              + "'"
              + suggestions.hint(id, rules.ids())
              + " (backcare triage --list shows every id)");
      return;
    }
    Answer a;
    try {
      a = q.parse(raw);
    } catch (Question.InvalidAnswerException e) {
      problems.add(place + ": " + e.getMessage());
      return;
    }
    if (conflicting.contains(id)) return;
    Answer before = answers.get(id);
    if (before != null && !before.equals(a)) {
      boolean yes = before.isYes() || a.isYes();
      problems.add(
          place
              + ": "
              + id
              + " is answered twice, differently ('"
              + before.text()
              + "' at "
              + givenAt.get(id)
              + ", '"
              + a.text()
              + "' here); give one answer"
              + (yes ? " (meanwhile it counts as yes: a possible red flag is never dropped)" : ""));
      if (yes) answers.put(id, Answer.YES);
      else answers.remove(id);
      conflicting.add(id);
      return;
    }
    answers.put(id, a);
    givenAt.putIfAbsent(id, place);
  }
}
