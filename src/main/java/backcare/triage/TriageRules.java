package backcare.triage;

import backcare.routine.Condition;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The screen's content, loaded from the data file packaged at {@value #RESOURCE}: the questions
 * (their ids are a public contract), the combination rules, the interview order and the advice
 * texts. The file is checked when loaded: an unknown id, level or condition anywhere fails loudly.
 */
public final class TriageRules {
  public static final String RESOURCE = "/backcare/triage/questions.yaml";

  /** What the user is told for one level: a headline (first, impossible to miss) and advice. */
  public record LevelAdvice(String headline, List<String> advice) {}

  /**
   * The outcome text for see-clinician when a trigger needs a doctor, and for a clinician's
   * clearance.
   */
  static final String SEE_A_DOCTOR = "see-clinician-doctor";

  static final String CLEARED = "self-care-cleared";

  private final List<Question> questions;
  private final Map<String, Question> byId;
  private final Question recency;
  private final List<Combination> combinations;
  private final List<Step> interview;
  private final Map<String, Action> actions;
  private final Map<String, LevelAdvice> outcomes;
  private final Map<String, String> recencyWords;
  private final String clearanceCannotApply;
  private final String notADiagnosis;
  private final List<String> safetyNet;
  private final List<String> selfCareFooter;

  private TriageRules(
      List<Question> questions,
      String recency,
      List<Combination> combinations,
      List<Step> interview,
      Map<String, Action> actions,
      Map<String, LevelAdvice> outcomes,
      Map<String, String> recencyWords,
      String clearanceCannotApply,
      String notADiagnosis,
      List<String> safetyNet,
      List<String> selfCareFooter) {
    this.questions = List.copyOf(questions);
    Map<String, Question> map = new LinkedHashMap<>();
    for (Question q : questions) map.put(q.id(), q);
    this.byId = Collections.unmodifiableMap(map);
    this.recency = map.get(recency);
    this.combinations = List.copyOf(combinations);
    this.interview = List.copyOf(interview);
    this.actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    this.outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    this.recencyWords = Map.copyOf(recencyWords);
    this.clearanceCannotApply = clearanceCannotApply;
    this.notADiagnosis = notADiagnosis;
    this.safetyNet = List.copyOf(safetyNet);
    this.selfCareFooter = List.copyOf(selfCareFooter);
  }

  /** Every question, in the order of {@code triage --list} (and of answers read from stdin). */
  public List<Question> questions() {
    return questions;
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The conditional question that says whether the nerve symptoms are recent (nerve-recent). */
  public Question recency() {
    return recency;
  }

  /** How a nerve finding's recency is put into words: "yes", "no" or "unanswered". */
  public String recencyWords(String key) {
    return recencyWords.get(key);
  }

  public List<Combination> combinations() {
    return combinations;
  }

  /** The interactive order: most urgent group first; conditional questions at their place. */
  public List<Step> interview() {
    return interview;
  }

  /** The specific advice that answers can call for, most important first. */
  public Map<String, Action> actions() {
    return actions;
  }

  /** The headline and advice of a level (see-clinician as "a doctor or physiotherapist"). */
  public LevelAdvice advice(Level level) {
    return outcomes.get(level.id());
  }

  /** The text of a level's variant: {@link #SEE_A_DOCTOR} or {@link #CLEARED}. */
  LevelAdvice advice(String key) {
    return outcomes.get(key);
  }

  /** The question that records a clinician's clearance (clinician-cleared). */
  public Question clearanceQuestion() {
    return questions.stream().filter(Question::clearance).findFirst().orElseThrow();
  }

  /** Noted when a clearance was given but the outcome is an emergency. */
  public String clearanceCannotApply() {
    return clearanceCannotApply;
  }

  public String notADiagnosis() {
    return notADiagnosis;
  }

  /** Ends every outcome, whatever the level: the cauda equina safety net, by name. */
  public List<String> safetyNet() {
    return safetyNet;
  }

  /** Ends a self-care outcome only: keep active, the 4-6 week check, run the screen again. */
  public List<String> selfCareFooter() {
    return selfCareFooter;
  }

  /** The packaged rules. Loaded once; a broken packaged file is a bug (IllegalStateException). */
  public static TriageRules load() {
    return Holder.RULES;
  }

  private static final class Holder {
    static final TriageRules RULES = loadResource();

    private static TriageRules loadResource() {
      Object compiled = CompiledQuestions.read();
      if (compiled != null) return check(compiled, RESOURCE);
      try (InputStream in = TriageRules.class.getResourceAsStream(RESOURCE)) {
        if (in == null)
          throw new IllegalStateException(
              "the triage questions " + RESOURCE + " are missing from the jar");
        return parse(in, RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("could not read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads and checks a questions file; every problem found is listed in the exception. The file is
   * read with Jackson's streaming parser into plain maps and lists: data binding to records costs
   * about 300 ms more at start-up, and triage is the first command a new user runs.
   */
  public static TriageRules parse(InputStream in, String source) throws IOException {
    return check(readTree(in, source), source);
  }

  /**
   * The YAML as plain maps, lists, strings and nulls; malformed YAML or a repeated key is a
   * problem.
   */
  static Object readTree(InputStream in, String source) throws IOException {
    try (JsonParser p = new YAMLFactory().createParser(in)) {
      if (p.nextToken() == null)
        throw new InvalidRulesException(List.of(source + ": the file is empty"));
      return readValue(p, source);
    } catch (JsonProcessingException e) {
      throw new InvalidRulesException(
          List.of(source + where(e.getLocation()) + ": " + e.getOriginalMessage()));
    }
  }

  /** Checks a tree read from the YAML (or its compiled form) and builds the rules. */
  static TriageRules check(Object root, String source) {
    return new Checker(source).check(root);
  }

  /** A YAML value as a LinkedHashMap, a List, a String (every scalar) or null. */
  private static Object readValue(JsonParser p, String source) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation at = p.currentTokenLocation();
          p.nextToken();
          if (map.containsKey(key)) {
            throw new InvalidRulesException(
                List.of(source + where(at) + ": the key '" + key + "' appears twice"));
          }
          map.put(key, readValue(p, source));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) list.add(readValue(p, source));
        return list;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return p.getText();
      }
    }
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /** The questions file is broken: each problem names the place and what is wrong. */
  public static final class InvalidRulesException extends IllegalStateException {
    private final List<String> problems;

    InvalidRulesException(List<String> problems) {
      super(String.join(System.lineSeparator(), problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  // ---- the file as written ---------------------------------------------------------------------

  record FileModel(
      String recency,
      List<QuestionEntry> questions,
      List<CombinationEntry> combinations,
      List<StepEntry> interview,
      Map<String, ActionEntry> actions,
      Map<String, OutcomeEntry> outcomes,
      Map<String, String> recencyWords,
      String clearanceCannotApply,
      String notADiagnosis,
      List<String> safetyNet,
      List<String> selfCareFooter) {}

  record QuestionEntry(
      String id,
      String type,
      String shortText,
      String text,
      String help,
      String alone,
      String recent,
      String reason,
      List<String> conditions,
      Boolean doctor,
      String action,
      String desk,
      AskedWhenEntry askedWhen,
      Boolean clearance,
      Integer min,
      Integer max,
      List<NoteEntry> notes) {}

  record AskedWhenEntry(List<String> anyYes, List<String> outcomeIn, String unanswered) {}

  record NoteEntry(Integer over, Integer under, String text, String level, Boolean doctor) {}

  record CombinationEntry(
      String when,
      List<String> withAnyOf,
      Boolean recent,
      String then,
      String reason,
      String action,
      String note) {}

  record StepEntry(String id, String ask, String help, List<String> questions) {}

  record ActionEntry(String level, String headline, List<String> advice, List<String> overrides) {}

  record OutcomeEntry(String headline, List<String> advice) {}

  // ---- checking --------------------------------------------------------------------------------

  private static final class Checker {
    private final String source;
    private final List<String> problems = new ArrayList<>();

    Checker(String source) {
      this.source = source;
    }

    private void problem(String where, String what) {
      problems.add(source + ": " + where + ": " + what);
    }

    private boolean blank(String s) {
      return s == null || s.isBlank();
    }

    private void need(String where, String field, String value) {
      if (blank(value)) problem(where, "'" + field + "' is missing or empty");
    }

    /**
     * The fields of one YAML map, with its place in the file; unknown keys and wrong shapes are
     * problems.
     */
    private final class Fields {
      private final Map<?, ?> map;
      private final String where;

      Fields(Object value, String where, String... allowed) {
        this.where = where;
        if (value instanceof Map<?, ?> m) {
          this.map = m;
          List<String> known = List.of(allowed);
          for (Object key : m.keySet()) {
            if (!known.contains(key))
              problem(where, "unknown key '" + key + "' (expected one of " + known + ")");
          }
        } else {
          this.map = Map.of();
          problem(where, "expected a map of " + String.join(", ", allowed));
        }
      }

      String str(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof String) return (String) v;
        problem(where, "'" + key + "' must be a single value, not a list or map");
        return null;
      }

      Integer integer(String key) {
        String v = str(key);
        if (v == null) return null;
        try {
          return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
          problem(where, "'" + key + "' must be a whole number, got '" + v + "'");
          return null;
        }
      }

      Boolean bool(String key) {
        String v = str(key);
        if (v == null) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        problem(where, "'" + key + "' must be true or false, got '" + v + "'");
        return null;
      }

      List<?> list(String key) {
        Object v = map.get(key);
        if (v == null || v instanceof List<?>) return (List<?>) v;
        problem(where, "'" + key + "' must be a list");
        return null;
      }

      List<String> strings(String key) {
        List<?> v = list(key);
        if (v == null) return null;
        List<String> out = new ArrayList<>();
        for (Object o : v) {
          if (o instanceof String str) out.add(str);
          else problem(where, "'" + key + "' must be a list of single values");
        }
        return out;
      }

      /** Each key and value of the map under {@code key} (absent: none). */
      void entries(String key, java.util.function.BiConsumer<String, Object> each) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
          for (Map.Entry<?, ?> e : m.entrySet())
            each.accept(String.valueOf(e.getKey()), e.getValue());
        } else if (v != null) {
          problem(where, "'" + key + "' must be a map");
        }
      }

      <T> List<T> each(String key, java.util.function.BiFunction<Object, String, T> convert) {
        List<?> v = list(key);
        if (v == null) return null;
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) out.add(convert.apply(v.get(i), key + "[" + i + "]"));
        return out;
      }
    }

    private FileModel model(Object root) {
      Fields top =
          new Fields(
              root,
              "top level",
              "recency",
              "questions",
              "combinations",
              "interview",
              "actions",
              "outcomes",
              "recencyWords",
              "clearanceCannotApply",
              "notADiagnosis",
              "safetyNet",
              "selfCareFooter");
      List<QuestionEntry> questions =
          top.each(
              "questions",
              (v, where) -> {
                Fields f =
                    new Fields(
                        v,
                        where,
                        "id",
                        "type",
                        "short",
                        "text",
                        "help",
                        "alone",
                        "recent",
                        "reason",
                        "conditions",
                        "doctor",
                        "action",
                        "desk",
                        "askedWhen",
                        "clearance",
                        "min",
                        "max",
                        "notes");
                AskedWhenEntry askedWhen = null;
                if (f.map.get("askedWhen") != null) {
                  Fields w =
                      new Fields(
                          f.map.get("askedWhen"),
                          where + ".askedWhen",
                          "anyYes",
                          "outcomeIn",
                          "unanswered");
                  askedWhen =
                      new AskedWhenEntry(
                          w.strings("anyYes"), w.strings("outcomeIn"), w.str("unanswered"));
                }
                return new QuestionEntry(
                    f.str("id"),
                    f.str("type"),
                    f.str("short"),
                    f.str("text"),
                    f.str("help"),
                    f.str("alone"),
                    f.str("recent"),
                    f.str("reason"),
                    f.strings("conditions"),
                    f.bool("doctor"),
                    f.str("action"),
                    f.str("desk"),
                    askedWhen,
                    f.bool("clearance"),
                    f.integer("min"),
                    f.integer("max"),
                    f.each(
                        "notes",
                        (n, w) -> {
                          Fields nf =
                              new Fields(
                                  n, where + "." + w, "over", "under", "text", "level", "doctor");
                          return new NoteEntry(
                              nf.integer("over"),
                              nf.integer("under"),
                              nf.str("text"),
                              nf.str("level"),
                              nf.bool("doctor"));
                        }));
              });
      List<CombinationEntry> combinations =
          top.each(
              "combinations",
              (v, where) -> {
                Fields f =
                    new Fields(
                        v, where, "if", "withAnyOf", "recent", "then", "reason", "action", "note");
                return new CombinationEntry(
                    f.str("if"),
                    f.strings("withAnyOf"),
                    f.bool("recent"),
                    f.str("then"),
                    f.str("reason"),
                    f.str("action"),
                    f.str("note"));
              });
      List<StepEntry> interview =
          top.each(
              "interview",
              (v, where) -> {
                Fields f = new Fields(v, where, "id", "ask", "help", "questions");
                return new StepEntry(
                    f.str("id"), f.str("ask"), f.str("help"), f.strings("questions"));
              });
      Map<String, ActionEntry> actions = new LinkedHashMap<>();
      top.entries(
          "actions",
          (key, v) -> {
            Fields f = new Fields(v, "actions." + key, "level", "headline", "advice", "overrides");
            actions.put(
                key,
                new ActionEntry(
                    f.str("level"),
                    f.str("headline"),
                    f.strings("advice"),
                    f.strings("overrides")));
          });
      Map<String, OutcomeEntry> outcomes = new LinkedHashMap<>();
      top.entries(
          "outcomes",
          (key, v) -> {
            Fields f = new Fields(v, "outcomes." + key, "headline", "advice");
            outcomes.put(key, new OutcomeEntry(f.str("headline"), f.strings("advice")));
          });
      Map<String, String> words = new LinkedHashMap<>();
      top.entries(
          "recencyWords",
          (key, v) -> {
            if (v instanceof String text) words.put(key, text);
            else problem("recencyWords." + key, "must be a single value");
          });
      return new FileModel(
          top.str("recency"),
          questions,
          combinations,
          interview,
          actions,
          outcomes,
          words,
          top.str("clearanceCannotApply"),
          top.str("notADiagnosis"),
          top.strings("safetyNet"),
          top.strings("selfCareFooter"));
    }

    TriageRules check(Object root) {
      FileModel m = model(root);
      List<Question> questions = questions(m.questions());
      Map<String, Question> byId = new HashMap<>();
      for (Question q : questions) byId.putIfAbsent(q.id(), q);
      checkConditionalTargets(questions, byId);
      Question recency = known("recency", m.recency(), byId);
      if (recency != null
          && (recency.askedWhen() == null || recency.askedWhen().anyYes().isEmpty())) {
        problem(
            "recency",
            "'"
                + m.recency()
                + "' must be a conditional question asked after a yes (askedWhen.anyYes)");
      }
      for (String key : List.of("yes", "no", "unanswered"))
        need("recencyWords", key, m.recencyWords().get(key));
      Map<String, Action> actions = actions(m.actions());
      for (Question q : questions) {
        if (q.action() != null && !actions.containsKey(q.action())) {
          problem(
              "questions (" + q.id() + ")",
              "unknown action '" + q.action() + "' (one of " + actions.keySet() + ")");
        }
      }
      List<Combination> combinations = combinations(m.combinations(), byId, actions.keySet());
      List<Step> interview = interview(m.interview(), questions, byId);
      Map<String, LevelAdvice> outcomes = outcomes(m.outcomes());
      need("top level", "clearanceCannotApply", m.clearanceCannotApply());
      need("top level", "notADiagnosis", m.notADiagnosis());
      List<String> safetyNet = lines("safetyNet", m.safetyNet());
      List<String> footer = lines("selfCareFooter", m.selfCareFooter());
      if (!problems.isEmpty()) throw new InvalidRulesException(problems);
      return new TriageRules(
          questions,
          m.recency(),
          combinations,
          interview,
          actions,
          outcomes,
          m.recencyWords(),
          m.clearanceCannotApply(),
          m.notADiagnosis(),
          safetyNet,
          footer);
    }

    private List<String> lines(String where, List<String> given) {
      List<String> lines = given == null ? List.of() : given;
      if (lines.isEmpty() || lines.stream().anyMatch(this::blank))
        problem(where, "give at least one line, none empty");
      return lines;
    }

    private Optional<Level> level(String where, String field, String value) {
      Optional<Level> l = Level.byId(String.valueOf(value));
      if (l.isEmpty())
        problem(where, "'" + field + "' must be one of " + Level.ids() + ", got '" + value + "'");
      return l;
    }

    private List<Question> questions(List<QuestionEntry> entries) {
      List<Question> out = new ArrayList<>();
      if (entries == null || entries.isEmpty()) {
        problem("questions", "there are no questions");
        return out;
      }
      Set<String> seen = new HashSet<>();
      int clearances = 0;
      for (int i = 0; i < entries.size(); i++) {
        QuestionEntry e = entries.get(i);
        String where =
            "questions[" + i + "]" + (e == null || e.id() == null ? "" : " (" + e.id() + ")");
        if (e == null) {
          problem(where, "empty entry");
          continue;
        }
        if (blank(e.id()) || !e.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          problem(where, "'id' must be lower-case words joined by '-', got '" + e.id() + "'");
          continue;
        }
        if (!seen.add(e.id())) problem(where, "the id '" + e.id() + "' is used twice");
        Optional<QuestionType> type = QuestionType.byId(String.valueOf(e.type()));
        if (type.isEmpty()) {
          problem(
              where, "'type' must be one of " + QuestionType.ids() + ", got '" + e.type() + "'");
          continue;
        }
        need(where, "text", e.text());
        need(where, "short", e.shortText());
        need(where, "help", e.help());
        boolean clearance = Boolean.TRUE.equals(e.clearance());
        Question.AskedWhen askedWhen = askedWhen(where, e.askedWhen());
        if (clearance) {
          clearances++;
          if (type.get() != QuestionType.YES_NO)
            problem(where, "the clearance question must be yes-no");
          if (e.alone() != null) problem(where, "the clearance question has no 'alone' level");
          if (askedWhen == null || askedWhen.outcomeIn().isEmpty()) {
            problem(
                where,
                "the clearance question is asked only for some outcomes: give askedWhen.outcomeIn");
          }
          need(where, "reason", e.reason());
        }
        Level alone = Level.SELF_CARE;
        if (e.alone() != null) {
          alone = level(where, "alone", e.alone()).orElse(Level.SELF_CARE);
        } else if (type.get() == QuestionType.YES_NO && !clearance && askedWhen == null) {
          problem(where, "'alone' is missing: the level a yes triggers on its own");
        }
        Level recent = e.recent() == null ? null : level(where, "recent", e.recent()).orElse(null);
        if (recent != null && recent.compareTo(alone) < 0) {
          problem(where, "'recent' must be at least as urgent as 'alone'");
        }
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (String c : e.conditions() == null ? List.<String>of() : e.conditions()) {
          Condition.byId(c)
              .ifPresentOrElse(
                  conditions::add,
                  () ->
                      problem(
                          where, "unknown condition '" + c + "' (one of " + Condition.ids() + ")"));
        }
        if ((alone != Level.SELF_CARE || !conditions.isEmpty()) && blank(e.reason())) {
          problem(where, "'reason' is missing: why a yes matters");
        }
        int min = 0;
        int max = 0;
        List<Question.AgeNote> notes = new ArrayList<>();
        if (type.get() == QuestionType.NUMBER) {
          if (e.min() == null || e.max() == null || e.min() > e.max()) {
            problem(where, "a number question needs 'min' and 'max' with min <= max");
          } else {
            min = e.min();
            max = e.max();
          }
          for (NoteEntry n : e.notes() == null ? List.<NoteEntry>of() : e.notes()) {
            if (n == null || (n.over() == null && n.under() == null) || blank(n.text())) {
              problem(where, "each note needs 'over', 'under' or both, and a 'text'");
              continue;
            }
            Level level =
                n.level() == null ? null : level(where, "notes.level", n.level()).orElse(null);
            notes.add(
                new Question.AgeNote(
                    n.over(), n.under(), n.text(), level, Boolean.TRUE.equals(n.doctor())));
          }
        } else if (e.min() != null || e.max() != null || e.notes() != null) {
          problem(where, "'min', 'max' and 'notes' are for number questions only");
        }
        out.add(
            new Question(
                e.id(),
                type.get(),
                e.text(),
                e.shortText(),
                e.help(),
                alone,
                recent,
                e.reason(),
                Collections.unmodifiableSet(conditions),
                Boolean.TRUE.equals(e.doctor()),
                e.action(),
                e.desk(),
                askedWhen,
                clearance,
                min,
                max,
                List.copyOf(notes)));
      }
      if (clearances != 1)
        problem(
            "questions", "exactly one question must have 'clearance: true', found " + clearances);
      return out;
    }

    private Question.AskedWhen askedWhen(String where, AskedWhenEntry e) {
      if (e == null) return null;
      List<String> anyYes = e.anyYes() == null ? List.of() : e.anyYes();
      List<Level> outcomeIn = new ArrayList<>();
      for (String l : e.outcomeIn() == null ? List.<String>of() : e.outcomeIn()) {
        level(where + ".askedWhen", "outcomeIn", l).ifPresent(outcomeIn::add);
      }
      if (anyYes.isEmpty() == outcomeIn.isEmpty()) {
        problem(
            where + ".askedWhen",
            "give exactly one of 'anyYes' (question ids) or 'outcomeIn' (levels)");
      }
      Optional<Answer> unanswered =
          e.unanswered() == null ? Optional.empty() : Question.yesNo(e.unanswered());
      if (unanswered.isEmpty()) {
        problem(
            where + ".askedWhen", "'unanswered' must say what a missing answer means: yes or no");
      }
      return new Question.AskedWhen(
          List.copyOf(anyYes), List.copyOf(outcomeIn), unanswered.orElse(Answer.YES));
    }

    /** A conditional question is asked after a yes to questions that come before it in the list. */
    private void checkConditionalTargets(List<Question> questions, Map<String, Question> byId) {
      // positions by id: a record's equals (List.indexOf) would link its generated method
      // handles, ~15 ms of every triage start (docs/performance.md, "Start-up")
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < questions.size(); i++) position.put(questions.get(i).id(), i);
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        if (q.askedWhen() == null) continue;
        for (String id : q.askedWhen().anyYes()) {
          Question target = known("questions (" + q.id() + ").askedWhen.anyYes", id, byId);
          if (target != null && position.get(id) > i) {
            problem(
                "questions (" + q.id() + ").askedWhen.anyYes",
                "'" + id + "' must come before " + q.id());
          }
        }
      }
    }

    private Question known(String where, String id, Map<String, Question> byId) {
      Question q = byId.get(id);
      if (q == null) problem(where, "unknown question id '" + id + "'");
      return q;
    }

    private List<Combination> combinations(
        List<CombinationEntry> entries, Map<String, Question> byId, Set<String> actions) {
      List<Combination> out = new ArrayList<>();
      if (entries == null) return out;
      for (int i = 0; i < entries.size(); i++) {
        CombinationEntry e = entries.get(i);
        String where = "combinations[" + i + "]";
        if (e == null) {
          problem(where, "empty entry");
          continue;
        }
        Question when = known(where + ".if", e.when(), byId);
        if (when != null && (when.type() != QuestionType.YES_NO || when.clearance())) {
          problem(where + ".if", "'" + e.when() + "' is not a yes-no red-flag question");
        }
        List<String> ids = new ArrayList<>();
        List<Combination.NumberTest> tests = new ArrayList<>();
        List<String> others = e.withAnyOf() == null ? List.of() : e.withAnyOf();
        if (others.isEmpty()) problem(where, "'withAnyOf' is missing or empty");
        for (String item : others) {
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("([a-z0-9-]+)(>=|<)([0-9]{1,3})").matcher(item);
          if (m.matches()) {
            Question q = known(where + ".withAnyOf", m.group(1), byId);
            if (q != null && q.type() != QuestionType.NUMBER) {
              problem(where + ".withAnyOf", "'" + m.group(1) + "' is not a number question");
            }
            tests.add(
                new Combination.NumberTest(
                    m.group(1), m.group(2).equals(">="), Integer.parseInt(m.group(3))));
            continue;
          }
          Question q = known(where + ".withAnyOf", item, byId);
          if (q != null && (q.type() != QuestionType.YES_NO || q.clearance())) {
            problem(where + ".withAnyOf", "'" + item + "' is not a yes-no red-flag question");
          }
          if (item.equals(e.when()))
            problem(where + ".withAnyOf", "'" + item + "' is combined with itself");
          ids.add(item);
        }
        Level level = null;
        if (e.note() != null) {
          if (e.then() != null || e.reason() != null || e.action() != null) {
            problem(where, "a note-only rule has 'note' and no 'then', 'reason' or 'action'");
          }
        } else {
          level = level(where, "then", e.then()).orElse(null);
          need(where, "reason", e.reason());
        }
        if (e.action() != null && !actions.contains(e.action())) {
          problem(where, "unknown action '" + e.action() + "' (one of " + actions + ")");
        }
        if (when != null) {
          out.add(
              new Combination(
                  e.when(),
                  List.copyOf(ids),
                  List.copyOf(tests),
                  e.recent(),
                  level,
                  e.reason(),
                  e.action(),
                  e.note()));
        }
      }
      return out;
    }

    private Map<String, Action> actions(Map<String, ActionEntry> entries) {
      Map<String, Action> out = new LinkedHashMap<>();
      for (Map.Entry<String, ActionEntry> e : entries.entrySet()) {
        String where = "actions." + e.getKey();
        ActionEntry a = e.getValue();
        Optional<Level> level = level(where, "level", a.level());
        List<String> advice = a.advice() == null ? List.of() : a.advice();
        if (advice.isEmpty() || advice.stream().anyMatch(this::blank))
          problem(where, "'advice' needs at least one line");
        if (a.headline() != null && blank(a.headline())) problem(where, "'headline' is empty");
        level.ifPresent(
            l ->
                out.put(
                    e.getKey(),
                    new Action(
                        e.getKey(),
                        l,
                        a.headline(),
                        List.copyOf(advice),
                        a.overrides() == null ? List.of() : List.copyOf(a.overrides()))));
      }
      for (Action a : out.values()) {
        for (String o : a.overrides()) {
          if (!out.containsKey(o))
            problem("actions." + a.id() + ".overrides", "unknown action '" + o + "'");
        }
      }
      return out;
    }

    private List<Step> interview(
        List<StepEntry> entries, List<Question> questions, Map<String, Question> byId) {
      List<Step> out = new ArrayList<>();
      if (entries == null || entries.isEmpty()) {
        problem("interview", "there are no steps");
        return out;
      }
      Map<String, Integer> asked = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        StepEntry e = entries.get(i);
        String where = "interview[" + i + "]";
        if (e == null || e.questions() == null || e.questions().isEmpty()) {
          problem(where, "'questions' is missing or empty");
          continue;
        }
        List<Question> qs = new ArrayList<>();
        for (String id : e.questions()) {
          Question q = known(where + ".questions", id, byId);
          if (q == null) continue;
          if (q.conditional() && e.questions().size() > 1) {
            problem(where, "'" + id + "' is conditional: give it a step of its own");
          }
          asked.merge(id, 1, Integer::sum);
          qs.add(q);
        }
        boolean group = e.questions().size() > 1;
        if (group) {
          need(where, "id", e.id());
          need(where, "ask", e.ask());
          need(where, "help", e.help());
          if (qs.stream().anyMatch(q -> q.type() != QuestionType.YES_NO)) {
            problem(where, "a group can hold yes-no questions only");
          }
        } else if (e.ask() != null || e.help() != null) {
          problem(where, "a single question uses its own text and help: drop 'ask' and 'help'");
        }
        if (qs.size() == e.questions().size()) {
          out.add(new Step(group ? e.id() : qs.get(0).id(), e.ask(), e.help(), List.copyOf(qs)));
        }
      }
      for (Question q : questions) {
        int n = asked.getOrDefault(q.id(), 0);
        if (n != 1)
          problem(
              "interview", "'" + q.id() + "' must be asked exactly once, found " + n + " times");
      }
      return out;
    }

    private Map<String, LevelAdvice> outcomes(Map<String, OutcomeEntry> entries) {
      Map<String, LevelAdvice> out = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(Level.ids());
      keys.add(SEE_A_DOCTOR);
      keys.add(CLEARED);
      for (String key : entries.keySet()) {
        if (!keys.contains(key))
          problem("outcomes", "unknown outcome '" + key + "' (one of " + keys + ")");
      }
      for (String key : keys) {
        OutcomeEntry e = entries.get(key);
        String where = "outcomes." + key;
        if (e == null) {
          problem(where, "missing");
          continue;
        }
        need(where, "headline", e.headline());
        List<String> advice = e.advice() == null ? List.of() : e.advice();
        if (advice.isEmpty() || advice.stream().anyMatch(this::blank)) {
          problem(where, "'advice' needs at least one line, none empty");
        } else {
          out.put(key, new LevelAdvice(e.headline(), List.copyOf(advice)));
        }
      }
      return out;
    }
  }
}
