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
import java.util.EnumMap;
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

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final List<Combination> combinations;
    private final List<Step> interview;
    private final Map<Level, LevelAdvice> outcomes;
    private final String cleared;
    private final String clearanceCannotApply;
    private final String notADiagnosis;
    private final List<String> safetyNet;

    private TriageRules(List<Question> questions, List<Combination> combinations, List<Step> interview,
                        Map<Level, LevelAdvice> outcomes, String cleared, String clearanceCannotApply,
                        String notADiagnosis, List<String> safetyNet) {
        this.questions = List.copyOf(questions);
        Map<String, Question> map = new LinkedHashMap<>();
        for (Question q : questions) map.put(q.id(), q);
        this.byId = Collections.unmodifiableMap(map);
        this.combinations = List.copyOf(combinations);
        this.interview = List.copyOf(interview);
        this.outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
        this.cleared = cleared;
        this.clearanceCannotApply = clearanceCannotApply;
        this.notADiagnosis = notADiagnosis;
        this.safetyNet = List.copyOf(safetyNet);
    }

    /** Every question, in the order of {@code triage --list} (and of answers read from stdin). */
    public List<Question> questions() { return questions; }

    public Optional<Question> question(String id) { return Optional.ofNullable(byId.get(id)); }

    public List<String> ids() { return List.copyOf(byId.keySet()); }

    public List<Combination> combinations() { return combinations; }

    /** The interactive order: most urgent group first. The clearance question is not in it. */
    public List<Step> interview() { return interview; }

    public LevelAdvice advice(Level level) { return outcomes.get(level); }

    /** The question that records a clinician's clearance (clinician-cleared). */
    public Question clearanceQuestion() {
        return questions.stream().filter(Question::clearance).findFirst().orElseThrow();
    }

    /** Said when a clinician's clearance turned see-clinician into self-care. */
    public String clearedAdvice() { return cleared; }

    /** Noted when a clearance was given but the outcome is urgent or emergency. */
    public String clearanceCannotApply() { return clearanceCannotApply; }

    public String notADiagnosis() { return notADiagnosis; }

    public List<String> safetyNet() { return safetyNet; }

    /** The packaged rules. Loaded once; a broken packaged file is a bug (IllegalStateException). */
    public static TriageRules load() {
        return Holder.RULES;
    }

    private static final class Holder {
        static final TriageRules RULES = loadResource();

        private static TriageRules loadResource() {
            try (InputStream compiled = TriageRules.class.getResourceAsStream(CompiledQuestions.RESOURCE)) {
                if (compiled != null) return check(CompiledQuestions.read(compiled.readAllBytes()), RESOURCE);
            } catch (IOException e) {
                // fall back to the YAML below
            }
            try (InputStream in = TriageRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the triage questions " + RESOURCE + " are missing from the jar");
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

    /** The YAML as plain maps, lists, strings and nulls; malformed YAML or a repeated key is a problem. */
    static Object readTree(InputStream in, String source) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            if (p.nextToken() == null) throw new InvalidRulesException(List.of(source + ": the file is empty"));
            return readValue(p, source);
        } catch (JsonProcessingException e) {
            throw new InvalidRulesException(List.of(source + where(e.getLocation()) + ": " + e.getOriginalMessage()));
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
                        throw new InvalidRulesException(List.of(source + where(at) + ": the key '" + key + "' appears twice"));
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
            case VALUE_NULL -> { return null; }
            default -> { return p.getText(); }
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

        public List<String> problems() { return problems; }
    }

    // ---- the file as written ---------------------------------------------------------------------

    record FileModel(List<QuestionEntry> questions, List<CombinationEntry> combinations,
                     List<StepEntry> interview, Map<String, OutcomeEntry> outcomes,
                     String cleared, String clearanceCannotApply, String notADiagnosis,
                     List<String> safetyNet) {}

    record QuestionEntry(String id, String type, String shortText, String text, String help, String alone,
                         String reason, List<String> conditions, Boolean clearance, Integer min, Integer max,
                         List<NoteEntry> notes) {}

    record NoteEntry(Integer over, Integer under, String text) {}

    record CombinationEntry(String when, List<String> withAnyOf, String then, String reason) {}

    record StepEntry(String id, String ask, String help, List<String> questions) {}

    record OutcomeEntry(String headline, List<String> advice) {}

    // ---- checking --------------------------------------------------------------------------------

    private static final class Checker {
        private final String source;
        private final List<String> problems = new ArrayList<>();

        Checker(String source) { this.source = source; }

        private void problem(String where, String what) { problems.add(source + ": " + where + ": " + what); }

        private boolean blank(String s) { return s == null || s.isBlank(); }

        private void need(String where, String field, String value) {
            if (blank(value)) problem(where, "'" + field + "' is missing or empty");
        }

        /** The fields of one YAML map, with its place in the file; unknown keys and wrong shapes are problems. */
        private final class Fields {
            private final Map<?, ?> map;
            private final String where;

            Fields(Object value, String where, String... allowed) {
                this.where = where;
                if (value instanceof Map<?, ?> m) {
                    this.map = m;
                    List<String> known = List.of(allowed);
                    for (Object key : m.keySet()) {
                        if (!known.contains(key)) problem(where, "unknown key '" + key + "' (expected one of " + known + ")");
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

            <T> List<T> each(String key, java.util.function.BiFunction<Object, String, T> convert) {
                List<?> v = list(key);
                if (v == null) return null;
                List<T> out = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) out.add(convert.apply(v.get(i), key + "[" + i + "]"));
                return out;
            }
        }

        private FileModel model(Object root) {
            Fields top = new Fields(root, "top level", "questions", "combinations", "interview", "outcomes",
                    "cleared", "clearanceCannotApply", "notADiagnosis", "safetyNet");
            List<QuestionEntry> questions = top.each("questions", (v, where) -> {
                Fields f = new Fields(v, where, "id", "type", "short", "text", "help", "alone", "reason",
                        "conditions", "clearance", "min", "max", "notes");
                return new QuestionEntry(f.str("id"), f.str("type"), f.str("short"), f.str("text"), f.str("help"),
                        f.str("alone"), f.str("reason"), f.strings("conditions"), f.bool("clearance"),
                        f.integer("min"), f.integer("max"), f.each("notes", (n, w) -> {
                            Fields nf = new Fields(n, where + "." + w, "over", "under", "text");
                            return new NoteEntry(nf.integer("over"), nf.integer("under"), nf.str("text"));
                        }));
            });
            List<CombinationEntry> combinations = top.each("combinations", (v, where) -> {
                Fields f = new Fields(v, where, "if", "withAnyOf", "then", "reason");
                return new CombinationEntry(f.str("if"), f.strings("withAnyOf"), f.str("then"), f.str("reason"));
            });
            List<StepEntry> interview = top.each("interview", (v, where) -> {
                Fields f = new Fields(v, where, "id", "ask", "help", "questions");
                return new StepEntry(f.str("id"), f.str("ask"), f.str("help"), f.strings("questions"));
            });
            Map<String, OutcomeEntry> outcomes = new LinkedHashMap<>();
            Object given = top.map.get("outcomes");
            if (given instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Fields f = new Fields(e.getValue(), "outcomes." + e.getKey(), "headline", "advice");
                    outcomes.put(String.valueOf(e.getKey()), new OutcomeEntry(f.str("headline"), f.strings("advice")));
                }
            } else if (given != null) {
                problem("outcomes", "expected a map of level to headline and advice");
            }
            return new FileModel(questions, combinations, interview, outcomes, top.str("cleared"),
                    top.str("clearanceCannotApply"), top.str("notADiagnosis"), top.strings("safetyNet"));
        }

        TriageRules check(Object root) {
            FileModel m = model(root);
            List<Question> questions = questions(m.questions());
            Map<String, Question> byId = new HashMap<>();
            for (Question q : questions) byId.putIfAbsent(q.id(), q);
            List<Combination> combinations = combinations(m.combinations(), byId);
            List<Step> interview = interview(m.interview(), questions, byId);
            Map<Level, LevelAdvice> outcomes = outcomes(m.outcomes());
            need("top level", "cleared", m.cleared());
            need("top level", "clearanceCannotApply", m.clearanceCannotApply());
            need("top level", "notADiagnosis", m.notADiagnosis());
            List<String> safetyNet = m.safetyNet() == null ? List.of() : m.safetyNet();
            if (safetyNet.isEmpty() || safetyNet.stream().anyMatch(this::blank)) {
                problem("safetyNet", "give at least one line, none empty");
            }
            if (!problems.isEmpty()) throw new InvalidRulesException(problems);
            return new TriageRules(questions, combinations, interview, outcomes, m.cleared(),
                    m.clearanceCannotApply(), m.notADiagnosis(), safetyNet);
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
                String where = "questions[" + i + "]" + (e == null || e.id() == null ? "" : " (" + e.id() + ")");
                if (e == null) { problem(where, "empty entry"); continue; }
                if (blank(e.id()) || !e.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    problem(where, "'id' must be lower-case words joined by '-', got '" + e.id() + "'");
                    continue;
                }
                if (!seen.add(e.id())) problem(where, "the id '" + e.id() + "' is used twice");
                Optional<QuestionType> type = QuestionType.byId(String.valueOf(e.type()));
                if (type.isEmpty()) {
                    problem(where, "'type' must be one of " + QuestionType.ids() + ", got '" + e.type() + "'");
                    continue;
                }
                need(where, "text", e.text());
                need(where, "short", e.shortText());
                need(where, "help", e.help());
                boolean clearance = Boolean.TRUE.equals(e.clearance());
                if (clearance) {
                    clearances++;
                    if (type.get() != QuestionType.YES_NO) problem(where, "the clearance question must be yes-no");
                    if (e.alone() != null) problem(where, "the clearance question has no 'alone' level");
                    need(where, "reason", e.reason());
                }
                Level alone = Level.SELF_CARE;
                if (e.alone() != null) {
                    Optional<Level> l = Level.byId(e.alone());
                    if (l.isEmpty()) problem(where, "'alone' must be one of " + Level.ids() + ", got '" + e.alone() + "'");
                    else alone = l.get();
                } else if (type.get() == QuestionType.YES_NO && !clearance) {
                    problem(where, "'alone' is missing: the level a yes triggers on its own");
                }
                Set<Condition> conditions = EnumSet.noneOf(Condition.class);
                for (String c : e.conditions() == null ? List.<String>of() : e.conditions()) {
                    Condition.byId(c).ifPresentOrElse(conditions::add,
                            () -> problem(where, "unknown condition '" + c + "' (one of " + Condition.ids() + ")"));
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
                        if (n == null || (n.over() == null) == (n.under() == null) || blank(n.text())) {
                            problem(where, "each note needs exactly one of 'over' or 'under', and a 'text'");
                        } else {
                            notes.add(new Question.AgeNote(n.over(), n.under(), n.text()));
                        }
                    }
                } else if (e.min() != null || e.max() != null || e.notes() != null) {
                    problem(where, "'min', 'max' and 'notes' are for number questions only");
                }
                out.add(new Question(e.id(), type.get(), e.text(), e.shortText(), e.help(), alone, e.reason(),
                        Collections.unmodifiableSet(conditions), clearance, min, max, List.copyOf(notes)));
            }
            if (clearances != 1) problem("questions", "exactly one question must have 'clearance: true', found " + clearances);
            return out;
        }

        private Question known(String where, String id, Map<String, Question> byId) {
            Question q = byId.get(id);
            if (q == null) problem(where, "unknown question id '" + id + "'");
            return q;
        }

        private List<Combination> combinations(List<CombinationEntry> entries, Map<String, Question> byId) {
            List<Combination> out = new ArrayList<>();
            if (entries == null) return out;
            for (int i = 0; i < entries.size(); i++) {
                CombinationEntry e = entries.get(i);
                String where = "combinations[" + i + "]";
                if (e == null) { problem(where, "empty entry"); continue; }
                Question when = known(where + ".if", e.when(), byId);
                if (when != null && (when.type() != QuestionType.YES_NO || when.clearance())) {
                    problem(where + ".if", "'" + e.when() + "' is not a yes-no red-flag question");
                }
                List<String> others = e.withAnyOf() == null ? List.of() : e.withAnyOf();
                if (others.isEmpty()) problem(where, "'withAnyOf' is missing or empty");
                for (String id : others) {
                    Question q = known(where + ".withAnyOf", id, byId);
                    if (q != null && (q.type() != QuestionType.YES_NO || q.clearance())) {
                        problem(where + ".withAnyOf", "'" + id + "' is not a yes-no red-flag question");
                    }
                    if (id.equals(e.when())) problem(where + ".withAnyOf", "'" + id + "' is combined with itself");
                }
                Optional<Level> level = Level.byId(String.valueOf(e.then()));
                if (level.isEmpty()) problem(where, "'then' must be one of " + Level.ids() + ", got '" + e.then() + "'");
                need(where, "reason", e.reason());
                if (when != null && level.isPresent()) {
                    out.add(new Combination(e.when(), List.copyOf(others), level.get(), e.reason()));
                }
            }
            return out;
        }

        private List<Step> interview(List<StepEntry> entries, List<Question> questions, Map<String, Question> byId) {
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
                    if (q.clearance()) problem(where, "'" + id + "' is asked only when needed, not in the interview");
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
                if (q.required() && n != 1) {
                    problem("interview", "'" + q.id() + "' must be asked exactly once, found " + n + " times");
                }
            }
            return out;
        }

        private Map<Level, LevelAdvice> outcomes(Map<String, OutcomeEntry> entries) {
            Map<Level, LevelAdvice> out = new EnumMap<>(Level.class);
            Map<String, OutcomeEntry> given = entries == null ? Map.of() : entries;
            for (String key : given.keySet()) {
                if (Level.byId(key).isEmpty()) problem("outcomes", "unknown level '" + key + "' (one of " + Level.ids() + ")");
            }
            for (Level level : Level.values()) {
                OutcomeEntry e = given.get(level.id());
                String where = "outcomes." + level.id();
                if (e == null) { problem(where, "missing"); continue; }
                need(where, "headline", e.headline());
                List<String> advice = e.advice() == null ? List.of() : e.advice();
                if (advice.isEmpty() || advice.stream().anyMatch(this::blank)) {
                    problem(where, "'advice' needs at least one line, none empty");
                } else {
                    out.put(level, new LevelAdvice(e.headline(), List.copyOf(advice)));
                }
            }
            return out;
        }
    }
}
