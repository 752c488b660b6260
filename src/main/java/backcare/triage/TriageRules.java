package backcare.triage;

import backcare.BadInputException;
import backcare.Resources;
import backcare.routine.Condition;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    for (Question q : questions) if (q.clearance()) return q;
    throw new IllegalStateException("no clearance question"); // the check makes sure of one
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

  public static TriageRules load() {
    return Holder.RULES;
  }

  private static final class Holder {
    static final TriageRules RULES = loadResource();

    private static TriageRules loadResource() {
      Node compiled = CompiledQuestions.read();
      if (compiled != null) return check(compiled, RESOURCE);
      try {
        byte[] yaml = Resources.read(RESOURCE.substring(1));
        if (yaml == null)
          throw new IllegalStateException(
              "the triage questions " + RESOURCE + " are missing from the jar");
        return parse(yaml, RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("could not read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads and checks a questions file; every problem found is listed in the exception, each as
   * {@code source:line:column: field: what is wrong}.
   */
  public static TriageRules parse(byte[] yaml, String source) {
    return check(readYaml(yaml, source), source);
  }

  /** The file's tree, read as every YAML file is ({@link YamlReader}), with its locations. */
  static Node readYaml(byte[] yaml, String source) {
    try {
      return YamlReader.readBytes(yaml, source);
    } catch (BadInputException e) {
      throw new InvalidRulesException(e.problems());
    }
  }

  /**
   * Checks a tree read from the YAML (or from its compiled form, which has no locations) and builds
   * the rules.
   */
  static TriageRules check(Node root, String source) {
    return new Checker(source).check(root);
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

  // ---- the file as written: each entry keeps its map, for the places of its problems ----------

  record FileModel(
      Node top,
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
      Node node,
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

  record AskedWhenEntry(
      Node node, List<String> anyYes, List<String> outcomeIn, String unanswered) {}

  record NoteEntry(
      Node node, Integer over, Integer under, String text, String level, Boolean doctor) {}

  record CombinationEntry(
      Node node,
      String when,
      List<String> withAnyOf,
      Boolean recent,
      String then,
      String reason,
      String action,
      String note) {}

  record StepEntry(Node node, String id, String ask, String help, List<String> questions) {}

  record ActionEntry(
      Node node, String level, String headline, List<String> advice, List<String> overrides) {}

  record OutcomeEntry(Node node, String headline, List<String> advice) {}

  /**
   * The value under {@code key} of a map, or the map itself when it has none: a problem's place.
   */
  static Node at(Node map, String key) {
    Node value = map instanceof Node.MapNode m ? m.get(key) : null;
    return value != null ? value : map;
  }

  // ---- checking --------------------------------------------------------------------------------

  /**
   * Whether {@code s} is lower-case words of letters and digits joined by single dashes: the
   * pattern {@code [a-z0-9]+(-[a-z0-9]+)*}, scanned by hand (a pattern compiled and run at every
   * triage start cost ~1% of it; docs/performance.md). TriageRulesScanTest holds it to the pattern.
   */
  static boolean isId(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '-') return false;
      } else if (!idChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean idChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * A combination's number test, {@code id>=N} or {@code id<N} (N of one to three digits), or null:
   * the pattern {@code ([a-z0-9-]+)(>=|<)([0-9]{1,3})}, scanned by hand as {@link #isId} is.
   */
  static Combination.NumberTest numberTest(String s) {
    int i = 0;
    while (i < s.length() && (idChar(s.charAt(i)) || s.charAt(i) == '-')) i++;
    if (i == 0 || i == s.length()) return null;
    boolean atLeast = s.startsWith(">=", i);
    if (!atLeast && s.charAt(i) != '<') return null;
    int digits = i + (atLeast ? 2 : 1);
    int n = s.length() - digits;
    if (n < 1 || n > 3) return null;
    int value = 0;
    for (int k = digits; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') return null;
      value = value * 10 + (c - '0');
    }
    return new Combination.NumberTest(s.substring(0, i), atLeast, value);
  }

  private static final class Checker {
    private static final Node.MapNode NO_MAP = new Node.MapNode(new LinkedHashMap<>(), 0, 0);
    private final String source;
    private final List<String> problems = new ArrayList<>();

    Checker(String source) {
      this.source = source;
    }

    /**
     * {@code source:line:column: where: what}; a tree from the compiled form has no lines, and its
     * problems no place beyond {@code where}.
     */
    private void problem(Node at, String where, String what) {
      String place = at == null || at.line() < 1 ? "" : ":" + at.line() + ":" + at.column();
      problems.add(source + place + ": " + where + ": " + what);
    }

    private boolean blank(String s) {
      return s == null || s.isBlank();
    }

    private boolean anyBlank(List<String> lines) {
      for (String line : lines) if (blank(line)) return true;
      return false;
    }

    private void need(Node map, String where, String field, String value) {
      if (blank(value)) problem(at(map, field), where, "'" + field + "' is missing or empty");
    }

    /**
     * The fields of one YAML map, with its place in the file; unknown keys and wrong shapes are
     * problems.
     */
    private final class Fields {
      private final Node.MapNode map;
      private final String where;

      Fields(Node value, String where, String... allowed) {
        this.where = where;
        if (value instanceof Node.MapNode m) {
          this.map = m;
          List<String> known = List.of(allowed);
          for (Node.Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
              problems.add(
                  source
                      + (e.keyLine() < 1 ? "" : ":" + e.keyLine() + ":" + e.keyColumn())
                      + ": "
                      + where
                      + ": unknown key '"
                      + e.key()
                      + "' (expected one of "
                      + known
                      + ")");
            }
          }
        } else {
          this.map = NO_MAP;
          problem(
              value,
              where,
              "expected a map of "
                  + String.join(", ", allowed)
                  + (value == null ? "" : ", but found " + value.kindName()));
        }
      }

      Node node(String key) {
        return map.get(key);
      }

      String str(String key) {
        Node v = map.get(key);
        if (v == null || v instanceof Node.Scalar s && s.isNull()) return null;
        if (v instanceof Node.Scalar s) return s.text();
        problem(v, where, "'" + key + "' must be a single value, not " + v.kindName());
        return null;
      }

      Integer integer(String key) {
        String v = str(key);
        if (v == null) return null;
        try {
          return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
          problem(map.get(key), where, "'" + key + "' must be a whole number, got '" + v + "'");
          return null;
        }
      }

      Boolean bool(String key) {
        String v = str(key);
        if (v == null) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        problem(map.get(key), where, "'" + key + "' must be true or false, got '" + v + "'");
        return null;
      }

      List<Node> list(String key) {
        Node v = map.get(key);
        if (v == null || v instanceof Node.Scalar s && s.isNull()) return null;
        if (v instanceof Node.ListNode l) return l.items();
        problem(v, where, "'" + key + "' must be a list, not " + v.kindName());
        return null;
      }

      List<String> strings(String key) {
        List<Node> v = list(key);
        if (v == null) return null;
        List<String> out = new ArrayList<>();
        for (Node o : v) {
          if (o instanceof Node.Scalar s && !s.isNull()) out.add(s.text());
          else problem(o, where, "'" + key + "' must be a list of single values");
        }
        return out;
      }

      /** Each entry of the map under {@code key} (absent: none). */
      Iterable<Node.Entry> entries(String key) {
        Node v = map.get(key);
        if (v instanceof Node.MapNode m) return m.entries().values();
        if (v != null && !(v instanceof Node.Scalar s && s.isNull()))
          problem(v, where, "'" + key + "' must be a map, not " + v.kindName());
        return List.of();
      }
    }

    private FileModel model(Node root) {
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
      List<QuestionEntry> questions = null;
      List<Node> items = top.list("questions");
      if (items != null) {
        questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++)
          questions.add(questionEntry(items.get(i), "questions[" + i + "]"));
      }
      List<CombinationEntry> combinations = null;
      items = top.list("combinations");
      if (items != null) {
        combinations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Node v = items.get(i);
          Fields f =
              new Fields(
                  v,
                  "combinations[" + i + "]",
                  "if",
                  "withAnyOf",
                  "recent",
                  "then",
                  "reason",
                  "action",
                  "note");
          combinations.add(
              new CombinationEntry(
                  v,
                  f.str("if"),
                  f.strings("withAnyOf"),
                  f.bool("recent"),
                  f.str("then"),
                  f.str("reason"),
                  f.str("action"),
                  f.str("note")));
        }
      }
      List<StepEntry> interview = null;
      items = top.list("interview");
      if (items != null) {
        interview = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Node v = items.get(i);
          Fields f = new Fields(v, "interview[" + i + "]", "id", "ask", "help", "questions");
          interview.add(
              new StepEntry(v, f.str("id"), f.str("ask"), f.str("help"), f.strings("questions")));
        }
      }
      Map<String, ActionEntry> actions = new LinkedHashMap<>();
      for (Node.Entry e : top.entries("actions")) {
        Fields f =
            new Fields(e.value(), "actions." + e.key(), "level", "headline", "advice", "overrides");
        actions.put(
            e.key(),
            new ActionEntry(
                e.value(),
                f.str("level"),
                f.str("headline"),
                f.strings("advice"),
                f.strings("overrides")));
      }
      Map<String, OutcomeEntry> outcomes = new LinkedHashMap<>();
      for (Node.Entry e : top.entries("outcomes")) {
        Fields f = new Fields(e.value(), "outcomes." + e.key(), "headline", "advice");
        outcomes.put(e.key(), new OutcomeEntry(e.value(), f.str("headline"), f.strings("advice")));
      }
      Map<String, String> words = new LinkedHashMap<>();
      for (Node.Entry e : top.entries("recencyWords")) {
        if (e.value() instanceof Node.Scalar s && !s.isNull()) words.put(e.key(), s.text());
        else problem(e.value(), "recencyWords." + e.key(), "must be a single value");
      }
      return new FileModel(
          top.map,
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

    private QuestionEntry questionEntry(Node v, String index) {
      String where = index + idOf(v);
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
      Node when = f.node("askedWhen");
      if (when != null && !(when instanceof Node.Scalar s && s.isNull())) {
        Fields w = new Fields(when, where + ".askedWhen", "anyYes", "outcomeIn", "unanswered");
        askedWhen =
            new AskedWhenEntry(
                when, w.strings("anyYes"), w.strings("outcomeIn"), w.str("unanswered"));
      }
      List<NoteEntry> notes = null;
      List<Node> items = f.list("notes");
      if (items != null) {
        notes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Node n = items.get(i);
          Fields nf =
              new Fields(
                  n, where + ".notes[" + i + "]", "over", "under", "text", "level", "doctor");
          notes.add(
              new NoteEntry(
                  n,
                  nf.integer("over"),
                  nf.integer("under"),
                  nf.str("text"),
                  nf.str("level"),
                  nf.bool("doctor")));
        }
      }
      return new QuestionEntry(
          v,
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
          notes);
    }

    /** " (bladder)": a question's id as written, for its problems' places; "" when it has none. */
    private static String idOf(Node question) {
      return question instanceof Node.MapNode m
              && m.get("id") instanceof Node.Scalar s
              && !s.isNull()
              && !s.text().isBlank()
          ? " (" + s.text() + ")"
          : "";
    }

    TriageRules check(Node root) {
      FileModel m = model(root);
      Node top = m.top();
      Map<Question, QuestionEntry> entries = new IdentityHashMap<>();
      List<Question> questions = questions(top, m.questions(), entries);
      Map<String, Question> byId = new HashMap<>();
      for (Question q : questions) byId.putIfAbsent(q.id(), q);
      checkConditionalTargets(questions, byId, entries);
      Question recency = known(at(top, "recency"), "recency", m.recency(), byId);
      if (recency != null
          && (recency.askedWhen() == null || recency.askedWhen().anyYes().isEmpty())) {
        problem(
            at(top, "recency"),
            "recency",
            "'"
                + m.recency()
                + "' must be a conditional question asked after a yes (askedWhen.anyYes)");
      }
      for (String key : List.of("yes", "no", "unanswered"))
        need(at(top, "recencyWords"), "recencyWords", key, m.recencyWords().get(key));
      Map<String, Action> actions = actions(m.actions());
      for (Question q : questions) {
        if (q.action() != null && !actions.containsKey(q.action())) {
          problem(
              at(entries.get(q).node(), "action"),
              "questions (" + q.id() + ")",
              "unknown action '" + q.action() + "' (one of " + actions.keySet() + ")");
        }
      }
      List<Combination> combinations = combinations(m.combinations(), byId, actions.keySet());
      List<Step> interview = interview(at(top, "interview"), m.interview(), questions, byId);
      Map<String, LevelAdvice> outcomes = outcomes(at(top, "outcomes"), m.outcomes());
      need(top, "top level", "clearanceCannotApply", m.clearanceCannotApply());
      need(top, "top level", "notADiagnosis", m.notADiagnosis());
      List<String> safetyNet = lines(at(top, "safetyNet"), "safetyNet", m.safetyNet());
      List<String> footer = lines(at(top, "selfCareFooter"), "selfCareFooter", m.selfCareFooter());
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

    private List<String> lines(Node at, String where, List<String> given) {
      List<String> lines = given == null ? List.of() : given;
      if (lines.isEmpty() || anyBlank(lines))
        problem(at, where, "give at least one line, none empty");
      return lines;
    }

    private Optional<Level> level(Node at, String where, String field, String value) {
      Optional<Level> l = Level.byId(String.valueOf(value));
      if (l.isEmpty())
        problem(
            at, where, "'" + field + "' must be one of " + Level.ids() + ", got '" + value + "'");
      return l;
    }

    private List<Question> questions(
        Node top, List<QuestionEntry> entries, Map<Question, QuestionEntry> used) {
      List<Question> out = new ArrayList<>();
      if (entries == null || entries.isEmpty()) {
        problem(at(top, "questions"), "questions", "there are no questions");
        return out;
      }
      Set<String> seen = new HashSet<>();
      int clearances = 0;
      for (int i = 0; i < entries.size(); i++) {
        QuestionEntry e = entries.get(i);
        Node n = e.node();
        String where = "questions[" + i + "]" + idOf(n);
        if (!(n instanceof Node.MapNode)) continue; // said by Fields
        if (blank(e.id()) || !isId(e.id())) {
          problem(
              at(n, "id"),
              where,
              "'id' must be lower-case words joined by '-', got '" + e.id() + "'");
          continue;
        }
        if (!seen.add(e.id())) problem(at(n, "id"), where, "the id '" + e.id() + "' is used twice");
        Optional<QuestionType> type = QuestionType.byId(String.valueOf(e.type()));
        if (type.isEmpty()) {
          problem(
              at(n, "type"),
              where,
              "'type' must be one of " + QuestionType.ids() + ", got '" + e.type() + "'");
          continue;
        }
        need(n, where, "text", e.text());
        need(n, where, "short", e.shortText());
        need(n, where, "help", e.help());
        boolean clearance = Boolean.TRUE.equals(e.clearance());
        Question.AskedWhen askedWhen = askedWhen(where, e.askedWhen());
        if (clearance) {
          clearances++;
          if (type.get() != QuestionType.YES_NO)
            problem(at(n, "type"), where, "the clearance question must be yes-no");
          if (e.alone() != null)
            problem(at(n, "alone"), where, "the clearance question has no 'alone' level");
          if (askedWhen == null || askedWhen.outcomeIn().isEmpty()) {
            problem(
                at(n, "askedWhen"),
                where,
                "the clearance question is asked only for some outcomes: give askedWhen.outcomeIn");
          }
          need(n, where, "reason", e.reason());
        }
        Level alone = Level.SELF_CARE;
        if (e.alone() != null) {
          alone = level(at(n, "alone"), where, "alone", e.alone()).orElse(Level.SELF_CARE);
        } else if (type.get() == QuestionType.YES_NO && !clearance && askedWhen == null) {
          problem(n, where, "'alone' is missing: the level a yes triggers on its own");
        }
        Level recent =
            e.recent() == null
                ? null
                : level(at(n, "recent"), where, "recent", e.recent()).orElse(null);
        if (recent != null && recent.compareTo(alone) < 0) {
          problem(at(n, "recent"), where, "'recent' must be at least as urgent as 'alone'");
        }
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (String c : e.conditions() == null ? List.<String>of() : e.conditions()) {
          Optional<Condition> condition = Condition.byId(c);
          if (condition.isPresent()) conditions.add(condition.get());
          else
            problem(
                at(n, "conditions"),
                where,
                "unknown condition '" + c + "' (one of " + Condition.ids() + ")");
        }
        if ((alone != Level.SELF_CARE || !conditions.isEmpty()) && blank(e.reason())) {
          problem(at(n, "reason"), where, "'reason' is missing: why a yes matters");
        }
        int min = 0;
        int max = 0;
        List<Question.AgeNote> notes = new ArrayList<>();
        if (type.get() == QuestionType.NUMBER) {
          if (e.min() == null || e.max() == null || e.min() > e.max()) {
            problem(
                at(n, e.min() == null ? "min" : "max"),
                where,
                "a number question needs 'min' and 'max' with min <= max");
          } else {
            min = e.min();
            max = e.max();
          }
          for (NoteEntry note : e.notes() == null ? List.<NoteEntry>of() : e.notes()) {
            if ((note.over() == null && note.under() == null) || blank(note.text())) {
              problem(note.node(), where, "each note needs 'over', 'under' or both, and a 'text'");
              continue;
            }
            Level level =
                note.level() == null
                    ? null
                    : level(at(note.node(), "level"), where, "notes.level", note.level())
                        .orElse(null);
            notes.add(
                new Question.AgeNote(
                    note.over(),
                    note.under(),
                    note.text(),
                    level,
                    Boolean.TRUE.equals(note.doctor())));
          }
        } else if (e.min() != null || e.max() != null || e.notes() != null) {
          problem(n, where, "'min', 'max' and 'notes' are for number questions only");
        }
        Question question =
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
                List.copyOf(notes));
        out.add(question);
        used.put(question, e);
      }
      if (clearances != 1)
        problem(
            at(top, "questions"),
            "questions",
            "exactly one question must have 'clearance: true', found " + clearances);
      return out;
    }

    private Question.AskedWhen askedWhen(String where, AskedWhenEntry e) {
      if (e == null) return null;
      String here = where + ".askedWhen";
      List<String> anyYes = e.anyYes() == null ? List.of() : e.anyYes();
      List<Level> outcomeIn = new ArrayList<>();
      for (String l : e.outcomeIn() == null ? List.<String>of() : e.outcomeIn()) {
        Optional<Level> level = level(at(e.node(), "outcomeIn"), here, "outcomeIn", l);
        if (level.isPresent()) outcomeIn.add(level.get());
      }
      if (anyYes.isEmpty() == outcomeIn.isEmpty()) {
        problem(
            e.node(), here, "give exactly one of 'anyYes' (question ids) or 'outcomeIn' (levels)");
      }
      Optional<Answer> unanswered =
          e.unanswered() == null ? Optional.empty() : Question.yesNo(e.unanswered());
      if (unanswered.isEmpty()) {
        problem(
            at(e.node(), "unanswered"),
            here,
            "'unanswered' must say what a missing answer means: yes or no");
      }
      return new Question.AskedWhen(
          List.copyOf(anyYes), List.copyOf(outcomeIn), unanswered.orElse(Answer.YES));
    }

    /** A conditional question is asked after a yes to questions that come before it in the list. */
    private void checkConditionalTargets(
        List<Question> questions,
        Map<String, Question> byId,
        Map<Question, QuestionEntry> entries) {
      // positions by id: a record's equals (List.indexOf) would link its generated method
      // handles, ~15 ms of every triage start (docs/performance.md, "Start-up")
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < questions.size(); i++) position.put(questions.get(i).id(), i);
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        if (q.askedWhen() == null) continue;
        Node at = at(entries.get(q).askedWhen().node(), "anyYes");
        String where = "questions (" + q.id() + ").askedWhen.anyYes";
        for (String id : q.askedWhen().anyYes()) {
          Question target = known(at, where, id, byId);
          if (target != null && position.get(id) > i) {
            problem(at, where, "'" + id + "' must come before " + q.id());
          }
        }
      }
    }

    private Question known(Node at, String where, String id, Map<String, Question> byId) {
      Question q = byId.get(id);
      if (q == null) problem(at, where, "unknown question id '" + id + "'");
      return q;
    }

    private List<Combination> combinations(
        List<CombinationEntry> entries, Map<String, Question> byId, Set<String> actions) {
      List<Combination> out = new ArrayList<>();
      if (entries == null) return out;
      for (int i = 0; i < entries.size(); i++) {
        CombinationEntry e = entries.get(i);
        Node n = e.node();
        String where = "combinations[" + i + "]";
        if (!(n instanceof Node.MapNode)) continue; // said by Fields
        Question when = known(at(n, "if"), where + ".if", e.when(), byId);
        if (when != null && (when.type() != QuestionType.YES_NO || when.clearance())) {
          problem(
              at(n, "if"), where + ".if", "'" + e.when() + "' is not a yes-no red-flag question");
        }
        List<String> ids = new ArrayList<>();
        List<Combination.NumberTest> tests = new ArrayList<>();
        List<String> others = e.withAnyOf() == null ? List.of() : e.withAnyOf();
        Node withAt = at(n, "withAnyOf");
        if (others.isEmpty()) problem(withAt, where, "'withAnyOf' is missing or empty");
        for (String item : others) {
          Combination.NumberTest test = numberTest(item);
          if (test != null) {
            Question q = known(withAt, where + ".withAnyOf", test.id(), byId);
            if (q != null && q.type() != QuestionType.NUMBER) {
              problem(withAt, where + ".withAnyOf", "'" + test.id() + "' is not a number question");
            }
            tests.add(test);
            continue;
          }
          Question q = known(withAt, where + ".withAnyOf", item, byId);
          if (q != null && (q.type() != QuestionType.YES_NO || q.clearance())) {
            problem(
                withAt, where + ".withAnyOf", "'" + item + "' is not a yes-no red-flag question");
          }
          if (item.equals(e.when()))
            problem(withAt, where + ".withAnyOf", "'" + item + "' is combined with itself");
          ids.add(item);
        }
        Level level = null;
        if (e.note() != null) {
          if (e.then() != null || e.reason() != null || e.action() != null) {
            problem(n, where, "a note-only rule has 'note' and no 'then', 'reason' or 'action'");
          }
        } else {
          level = level(at(n, "then"), where, "then", e.then()).orElse(null);
          need(n, where, "reason", e.reason());
        }
        if (e.action() != null && !actions.contains(e.action())) {
          problem(
              at(n, "action"),
              where,
              "unknown action '" + e.action() + "' (one of " + actions + ")");
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
      Map<String, Node> nodes = new HashMap<>();
      for (Map.Entry<String, ActionEntry> e : entries.entrySet()) {
        String where = "actions." + e.getKey();
        ActionEntry a = e.getValue();
        Node n = a.node();
        nodes.put(e.getKey(), n);
        Optional<Level> level = level(at(n, "level"), where, "level", a.level());
        List<String> advice = a.advice() == null ? List.of() : a.advice();
        if (advice.isEmpty() || anyBlank(advice))
          problem(at(n, "advice"), where, "'advice' needs at least one line");
        if (a.headline() != null && blank(a.headline()))
          problem(at(n, "headline"), where, "'headline' is empty");
        if (level.isPresent()) {
          out.put(
              e.getKey(),
              new Action(
                  e.getKey(),
                  level.get(),
                  a.headline(),
                  List.copyOf(advice),
                  a.overrides() == null ? List.of() : List.copyOf(a.overrides())));
        }
      }
      for (Action a : out.values()) {
        for (String o : a.overrides()) {
          if (!out.containsKey(o))
            problem(
                at(nodes.get(a.id()), "overrides"),
                "actions." + a.id() + ".overrides",
                "unknown action '" + o + "'");
        }
      }
      return out;
    }

    private List<Step> interview(
        Node list, List<StepEntry> entries, List<Question> questions, Map<String, Question> byId) {
      List<Step> out = new ArrayList<>();
      if (entries == null || entries.isEmpty()) {
        problem(list, "interview", "there are no steps");
        return out;
      }
      Map<String, Integer> asked = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        StepEntry e = entries.get(i);
        Node n = e.node();
        String where = "interview[" + i + "]";
        if (!(n instanceof Node.MapNode)) continue; // said by Fields
        if (e.questions() == null || e.questions().isEmpty()) {
          problem(at(n, "questions"), where, "'questions' is missing or empty");
          continue;
        }
        List<Question> qs = new ArrayList<>();
        for (String id : e.questions()) {
          Question q = known(at(n, "questions"), where + ".questions", id, byId);
          if (q == null) continue;
          if (q.conditional() && e.questions().size() > 1) {
            problem(
                at(n, "questions"),
                where,
                "'" + id + "' is conditional: give it a step of its own");
          }
          asked.put(id, asked.getOrDefault(id, 0) + 1);
          qs.add(q);
        }
        boolean group = e.questions().size() > 1;
        if (group) {
          need(n, where, "id", e.id());
          need(n, where, "ask", e.ask());
          need(n, where, "help", e.help());
          boolean yesNoOnly = true;
          for (Question q : qs) yesNoOnly &= q.type() == QuestionType.YES_NO;
          if (!yesNoOnly) {
            problem(at(n, "questions"), where, "a group can hold yes-no questions only");
          }
        } else if (e.ask() != null || e.help() != null) {
          problem(
              at(n, e.ask() != null ? "ask" : "help"),
              where,
              "a single question uses its own text and help: drop 'ask' and 'help'");
        }
        if (qs.size() == e.questions().size()) {
          out.add(new Step(group ? e.id() : qs.get(0).id(), e.ask(), e.help(), List.copyOf(qs)));
        }
      }
      for (Question q : questions) {
        int n = asked.getOrDefault(q.id(), 0);
        if (n != 1)
          problem(
              list,
              "interview",
              "'" + q.id() + "' must be asked exactly once, found " + n + " times");
      }
      return out;
    }

    private Map<String, LevelAdvice> outcomes(Node map, Map<String, OutcomeEntry> entries) {
      Map<String, LevelAdvice> out = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(Level.ids());
      keys.add(SEE_A_DOCTOR);
      keys.add(CLEARED);
      for (String key : entries.keySet()) {
        if (!keys.contains(key))
          problem(
              entries.get(key).node(),
              "outcomes",
              "unknown outcome '" + key + "' (one of " + keys + ")");
      }
      for (String key : keys) {
        OutcomeEntry e = entries.get(key);
        String where = "outcomes." + key;
        if (e == null) {
          problem(map, where, "missing");
          continue;
        }
        need(e.node(), where, "headline", e.headline());
        List<String> advice = e.advice() == null ? List.of() : e.advice();
        if (advice.isEmpty() || anyBlank(advice)) {
          problem(at(e.node(), "advice"), where, "'advice' needs at least one line, none empty");
        } else {
          out.put(key, new LevelAdvice(e.headline(), List.copyOf(advice)));
        }
      }
      return out;
    }
  }
}
