package backcare.cli;

import backcare.BadInputException;
import backcare.BoundedFile;
import backcare.Suggest;
import backcare.triage.Answer;
import backcare.triage.Question;
import backcare.triage.Triage;
import backcare.triage.TriageRules;
import backcare.yaml.YamlReader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();
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

  /** A YAML or JSON file (chosen by a .json ending) holding a map of question id to answer. */
  void readFile(Path file) {
    String name = file.toString();
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    String kind = json ? "JSON" : "YAML";
    String text;
    try {
      text =
          YamlReader.decodeUtf8(
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
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    JsonFactory factory = json ? JSON : YAML;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        problems.add(
            name
                + (t == null
                    ? ": the file is empty"
                    : where(p.currentTokenLocation()) + ": not a map")
                + "; expected a "
                + kind
                + " map of question id to answer, e.g. "
                + (json
                    ? "{\"bladder\": \"no\", \"age\": 42}"
                    : "'bladder: no' and 'age: 42', one a line"));
        return;
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String id = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken value = p.nextToken();
        String place = name + where(at) + ": " + id;
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          if (!skipNested(p)) {
            problems.add(
                place
                    + ": nested more than "
                    + YamlReader.MAX_DEPTH
                    + " levels deep; the rest of the file is not read");
            return;
          }
          problems.add(
              place
                  + ": the answer must be a single value (yes/no, or a number for age), not a "
                  + (value == JsonToken.START_ARRAY ? "list" : "map"));
        } else if (value == JsonToken.VALUE_NULL) {
          problems.add(place + ": no answer given; use yes or no (or a number for age)");
        } else if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          // Jackson gives an alias as its name: `bladder: *no` would read as "no" whatever the
          // anchor holds
          problems.add(
              place
                  + ": *"
                  + p.getText()
                  + " is a YAML alias, which backcare does not read;"
                  + " write the answer out");
        } else {
          put(id, p.getText(), place);
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(YamlReader.syntaxProblem(e, name, text, kind));
    }
  }

  /**
   * Skips the list or map just opened, at most {@link YamlReader#MAX_DEPTH} deep; false when it is
   * deeper.
   */
  private static boolean skipNested(JsonParser p) throws IOException {
    int depth = 1;
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == null) return true;
      if (t.isStructStart() && ++depth > YamlReader.MAX_DEPTH) return false;
      if (t.isStructEnd()) depth--;
    }
    return true;
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
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Question> questions = rules.questions();
    int next = 0;
    int lineNo = 0;
    int blanks = 0;
    try {
      for (Line line; (line = boundedLine(r)) != null; ) {
        lineNo++;
        if (!line.tooLong() && line.text().isBlank()) {
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
        if (!line.tooLong()) put(q.id(), line.text(), place + " (" + q.id() + ")");
        else
          problems.add(
              place + " (" + q.id() + "): the line is longer than " + MAX_LINE + " characters");
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

  /**
   * A line of input without its ending; past {@link #MAX_LINE} characters only the first are kept.
   */
  private record Line(String text, boolean tooLong) {}

  /** The next line, or null at the end of the input. */
  private static Line boundedLine(BufferedReader r) throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    int c;
    while ((c = r.read()) != -1 && c != '\n') {
      if (line.length() < MAX_LINE) line.append((char) c);
      else tooLong = true;
    }
    if (c == -1 && line.length() == 0) return null;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
    return new Line(line.toString(), tooLong);
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

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }
}
