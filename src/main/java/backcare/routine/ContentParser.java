package backcare.routine;

import backcare.Suggest;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the YAML tree of one content file into exercises, a routine or the safety text, collecting
 * every problem (not just the first) as {@code file:line:column: field.path: what is wrong}.
 * Routines are parsed in two steps: {@link #parse} reads the file, {@link #resolve} looks up the
 * exercise ids once every library file is known.
 */
public final class ContentParser {
  /**
   * Whether {@code s} is an id: a lowercase letter or digit, then up to 63 more or dashes (the
   * pattern {@code [a-z0-9][a-z0-9-]{0,63}}, scanned by hand: patterns compiled at every start cost
   * ~1% of it; docs/performance.md). ContentParserScanTest holds it to the pattern.
   */
  public static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) == '-') return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
  }

  /**
   * The digits of a whole number as written ({@code -?[0-9]+}) without its sign and leading zeros
   * ("-007" gives "7", "000" gives "0"), or null when {@code s} is not one. Scanned by hand, as
   * {@link #isId} is.
   */
  static String wholeNumberDigits(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    if (start == s.length()) return null;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return null;
    }
    int i = start;
    while (i < s.length() - 1 && s.charAt(i) == '0') i++;
    return s.substring(i);
  }

  /** Only for sorting two or more problems. */
  private static final class Positions {
    static final Pattern POSITION = Pattern.compile(":(\\d{1,9}):(\\d{1,9}): ");
  }

  public static final int DEFAULT_LEAD_IN = 5;
  public static final int DEFAULT_REST = 5;
  static final int MAX_REPS = 30;
  static final int MAX_REST = 5 * 60;
  static final int MAX_LEAD_IN = 5 * 60;

  /**
   * Far more than a routine needs (the built-in ones have four or five); this bounds the plan (a
   * step of 30 reps on both sides is 120 segments).
   */
  static final int MAX_STEPS = 100;

  static final List<String> EXERCISE_FIELDS =
      List.of(
          "id",
          "name",
          "position",
          "instructions",
          "cues",
          "hold",
          "flow",
          "reps",
          "sides",
          "rest",
          "maxHold",
          "warnings",
          "tags",
          "sources",
          "therapy",
          "leadIn",
          "getReady",
          "figure");
  static final List<String> ROUTINE_FIELDS =
      List.of("id", "title", "description", "leadIn", "steps");
  static final List<String> STEP_FIELDS =
      List.of(
          "exercise",
          "hold",
          "flow",
          "reps",
          "sides",
          "rest",
          "leadIn",
          "alternative",
          "alternatives",
          "notes");
  static final List<String> SAFETY_FIELDS = List.of("reminders", "stopAdvice", "facts");

  private final String file;
  private final List<String> problems = new ArrayList<>();

  /**
   * Did-you-means for the first few unknown words of the file only: a file of unknown ids stays
   * fast.
   */
  private final Suggest.Budget suggestions = new Suggest.Budget();

  private ContentParser(String file) {
    this.file = file;
  }

  /** What one file holds. Exactly one of the three parts is set when {@code problems} is empty. */
  public record Parsed(
      String file,
      List<Exercise> exercises,
      RawRoutine routine,
      SafetyText safety,
      List<String> problems) {}

  /** A routine as read, before its exercise ids are looked up. */
  public record RawRoutine(
      String id,
      Node idNode,
      String title,
      String description,
      int leadIn,
      List<RawStep> steps,
      String file) {}

  /**
   * A step as read: a library id (with where it was written) or an inline exercise, and its
   * overrides.
   */
  public record RawStep(
      String path,
      Node node,
      String exerciseId,
      Node exerciseNode,
      Exercise inline,
      Integer hold,
      Integer flow,
      Integer reps,
      Side sides,
      Integer rest,
      Integer leadIn,
      List<String> alternatives,
      List<Node> alternativeNodes,
      String notes) {}

  public static Parsed parse(Node root, String file) {
    Parsed parsed = parseUnsorted(root, file);
    if (parsed.problems().size() < 2) {
      // nothing to sort: no stream or comparator linked at a start (docs/performance.md)
      return new Parsed(
          file,
          parsed.exercises(),
          parsed.routine(),
          parsed.safety(),
          List.copyOf(parsed.problems()));
    }
    // each problem's place is found once, not at every comparison of the sort
    record Placed(long position, String problem) {}
    List<String> sorted =
        parsed.problems().stream()
            .map(p -> new Placed(position(p), p))
            .sorted(java.util.Comparator.comparingLong(Placed::position))
            .map(Placed::problem)
            .toList();
    return new Parsed(file, parsed.exercises(), parsed.routine(), parsed.safety(), sorted);
  }

  /**
   * The id a routine's or a library exercise's map gives, read as {@link #parse} reads it; null
   * when it has none or a bad one.
   */
  static String idOf(Node node, String file) {
    return node instanceof Node.MapNode map ? new ContentParser(file).id(map, "id", "") : null;
  }

  /**
   * One exercise of a library file, at {@code path} in it, read as {@link #parse} reads it; a
   * problem throws (the built-in library, which the build has checked whole).
   */
  static Exercise checkedExercise(Node node, String file, String path) {
    ContentParser p = new ContentParser(file);
    Exercise e = p.exercise(node, path);
    if (e == null || !p.problems.isEmpty()) {
      throw new IllegalStateException("built-in content is broken: " + p.problems);
    }
    return e;
  }

  /** line * 100000 + column of a "file:line:column: ..." problem, for ordering. */
  private static long position(String problem) {
    java.util.regex.Matcher m = Positions.POSITION.matcher(problem);
    return m.find() ? Long.parseLong(m.group(1)) * 100_000 + Long.parseLong(m.group(2)) : 0;
  }

  private static Parsed parseUnsorted(Node root, String file) {
    ContentParser p = new ContentParser(file);
    if (!(root instanceof Node.MapNode map)) {
      p.problem(
          root,
          "",
          "expected a map: a routine (id, title, description, steps), an exercise "
              + "library (exercises: [...]) or the safety text (safety: ...), but found "
              + root.kindName());
      return new Parsed(file, List.of(), null, null, p.problems);
    }
    if (map.get("exercises") != null) {
      p.checkFields(map, "", List.of("exercises"));
      List<Exercise> list = new ArrayList<>();
      Node.ListNode items = p.list(map, "exercises", "", true);
      if (items != null) {
        if (items.items().isEmpty())
          p.problem(items, "exercises", "the library lists no exercises");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.items().size(); i++) {
          String path = "exercises[" + i + "]";
          Exercise e = p.exercise(items.items().get(i), path);
          if (e == null) continue;
          Integer first = seen.putIfAbsent(e.id(), items.items().get(i).line());
          if (first != null) {
            p.problem(
                ((Node.MapNode) items.items().get(i)).get("id"),
                path + ".id",
                "exercise id \"" + e.id() + "\" is already used at line " + first);
          } else {
            list.add(e);
          }
        }
      }
      return new Parsed(file, List.copyOf(list), null, null, p.problems);
    }
    if (map.get("safety") != null) {
      p.checkFields(map, "", List.of("safety"));
      Node s = map.get("safety");
      if (!(s instanceof Node.MapNode sm)) {
        p.problem(s, "safety", "expected a map with reminders, stopAdvice and facts");
        return new Parsed(file, List.of(), null, null, p.problems);
      }
      p.checkFields(sm, "safety", SAFETY_FIELDS);
      SafetyText text =
          new SafetyText(
              p.strings(sm, "reminders", "safety", true),
              p.strings(sm, "stopAdvice", "safety", true),
              p.strings(sm, "facts", "safety", false));
      return new Parsed(file, List.of(), null, text, p.problems);
    }
    RawRoutine routine = p.routine(map);
    return new Parsed(file, List.of(), routine, null, p.problems);
  }

  /**
   * Looks up a routine's exercises; problems (unknown ids, with a did-you-mean) are added to {@code
   * problems}.
   */
  public static Routine resolve(
      RawRoutine raw, Map<String, Exercise> library, String origin, List<String> problems) {
    ContentParser p = new ContentParser(raw.file());
    List<Step> steps = new ArrayList<>();
    List<RawStep> stepsRead = new ArrayList<>();
    for (RawStep s : raw.steps()) {
      Exercise ex = s.inline();
      if (ex == null) {
        ex = library.get(s.exerciseId());
        if (ex == null) {
          p.problem(
              s.exerciseNode(),
              s.path() + ".exercise",
              "unknown exercise \""
                  + s.exerciseId()
                  + "\""
                  + p.suggestions.didYouMean(s.exerciseId(), library.keySet())
                  + "; `backcare exercises` lists them");
          continue;
        }
      }
      for (int k = 0; k < s.alternatives().size(); k++) {
        String alt = s.alternatives().get(k);
        Node at = s.alternativeNodes().get(k);
        String where =
            s.path()
                + (s.alternativeNodes().size() == 1 && at == altField(s)
                    ? ".alternative"
                    : ".alternatives[" + k + "]");
        if (!library.containsKey(alt)) {
          p.problem(
              at,
              where,
              "unknown exercise \"" + alt + "\"" + p.suggestions.didYouMean(alt, library.keySet()));
        } else if (alt.equals(ex.id())) {
          p.problem(at, where, "an exercise cannot be its own alternative; name a safer one");
        } else if (s.alternatives().subList(0, k).contains(alt)) {
          p.problem(at, where, "\"" + alt + "\" is already named as an alternative of this step");
        }
      }
      int hold;
      int flow;
      if (s.hold() != null) {
        hold = s.hold();
        flow = 0;
      } else if (s.flow() != null) {
        hold = 0;
        flow = s.flow();
      } else {
        hold = ex.holdSeconds();
        flow = ex.flowSeconds();
      }
      int time = Math.max(hold, flow);
      if (time > ex.limitSeconds()) {
        p.problem(
            s.exerciseNode(),
            s.path() + (hold > 0 ? ".hold" : ".flow"),
            Durations.format(time)
                + " is longer than "
                + ex.name()
                + " allows ("
                + Durations.format(ex.limitSeconds())
                + ")");
      }
      // a step's own lead-in wins; else the routine's, or the longer one the exercise needs (a pack
      // to get ready)
      steps.add(
          new Step(
              ex,
              hold,
              flow,
              s.reps() != null ? s.reps() : ex.reps(),
              s.sides() != null ? s.sides() : ex.sides(),
              s.rest() != null ? s.rest() : ex.restSeconds(),
              s.leadIn() != null ? s.leadIn() : Math.max(raw.leadIn(), ex.leadInSeconds()),
              s.alternatives(),
              s.notes()));
      stepsRead.add(s);
    }
    p.checkTherapyTotals(steps, stepsRead);
    problems.addAll(p.problems);
    return new Routine(raw.id(), raw.title(), raw.description(), List.copyOf(steps), origin);
  }

  /** The node of a step's single `alternative:` field, or null. */
  private static Node altField(RawStep s) {
    return s.node() instanceof Node.MapNode m ? m.get("alternative") : null;
  }

  /**
   * Heat, and cold, at most {@link Durations#MAX_SECONDS} in one routine, summed over reps, sides
   * and steps (content.md: 15-20 minutes, then an hour's break). Reported at the step that goes
   * past it.
   */
  private void checkTherapyTotals(List<Step> steps, List<RawStep> raws) {
    java.util.Map<String, Integer> sum = new java.util.HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String therapy = step.exercise().therapy();
      if (therapy == null) continue;
      int seconds = Math.max(step.holdSeconds(), step.flowSeconds()) * Planner.holdsOf(step);
      int before = sum.getOrDefault(therapy, 0);
      sum.put(therapy, before + seconds);
      if (before <= Durations.MAX_SECONDS && before + seconds > Durations.MAX_SECONDS) {
        RawStep raw = raws.get(i);
        Node at = raw.exerciseNode();
        String field = "";
        if (raw.node() instanceof Node.MapNode m) {
          for (String key : List.of("reps", "hold", "flow")) {
            if (m.get(key) != null) {
              at = m.get(key);
              field = "." + key;
              break;
            }
          }
        }
        String shape =
            Planner.holdsOf(step) > 1
                ? " ("
                    + Durations.format(Math.max(step.holdSeconds(), step.flowSeconds()))
                    + " x "
                    + Planner.holdsOf(step)
                    + ")"
                : "";
        problem(
            at,
            raw.path() + field,
            Durations.format(before + seconds)
                + " of "
                + therapy
                + " in this routine"
                + (before > 0 ? " so far" : "")
                + shape
                + " is too long; use "
                + therapy
                + " for at most "
                + Durations.format(Durations.MAX_SECONDS)
                + " in one routine, counting every rep and step, then wait at least an hour");
      }
    }
  }

  private RawRoutine routine(Node.MapNode map) {
    checkFields(map, "", ROUTINE_FIELDS);
    String id = id(map, "id", "");
    String title = text(map, "title", "", true);
    String description = text(map, "description", "", true);
    Integer leadIn = duration(map, "leadIn", "", 0, MAX_LEAD_IN);
    List<RawStep> steps = new ArrayList<>();
    Node.ListNode items = list(map, "steps", "", true);
    if (items != null) {
      if (items.items().isEmpty()) problem(items, "steps", "a routine needs at least one step");
      if (items.items().size() > MAX_STEPS) {
        problem(
            items,
            "steps",
            "a routine may have at most "
                + MAX_STEPS
                + " steps, and this one has "
                + items.items().size()
                + "; split it into shorter routines");
      }
      for (int i = 0; i < Math.min(items.items().size(), MAX_STEPS); i++) {
        RawStep step = step(items.items().get(i), "steps[" + i + "]");
        if (step != null) steps.add(step);
      }
    }
    return new RawRoutine(
        id,
        map.get("id"),
        title,
        description,
        leadIn == null ? DEFAULT_LEAD_IN : leadIn,
        steps,
        file);
  }

  private RawStep step(Node node, String path) {
    if (node instanceof Node.Scalar sc && !sc.isNull()) {
      // a bare id is a step with the exercise's defaults
      String id = sc.text();
      if (!isId(id)) {
        problem(node, path, "\"" + id + "\" is not an exercise id");
        return null;
      }
      return new RawStep(
          path, node, id, node, null, null, null, null, null, null, null, List.of(), List.of(),
          null);
    }
    if (!(node instanceof Node.MapNode map)) {
      problem(node, path, "expected a step (a map with `exercise:`), but found " + node.kindName());
      return null;
    }
    checkFields(map, path, STEP_FIELDS);
    Node exNode = map.get("exercise");
    String exId = null;
    Exercise inline = null;
    if (exNode == null) {
      problem(
          map, path + ".exercise", "missing; name a library exercise by id or define one inline");
    } else if (exNode instanceof Node.MapNode) {
      inline = exercise(exNode, path + ".exercise");
    } else {
      exId = id(map, "exercise", path);
    }
    Integer hold = duration(map, "hold", path, 1, Durations.MAX_SECONDS);
    Integer flow = duration(map, "flow", path, 1, Durations.MAX_SECONDS);
    notBothHoldAndFlow(map, path);
    Integer reps = count(map, "reps", path);
    Side sides = sides(map, path);
    Integer rest = duration(map, "rest", path, 0, MAX_REST);
    Integer leadIn = duration(map, "leadIn", path, 0, MAX_LEAD_IN);
    List<String> alternatives = new ArrayList<>();
    List<Node> alternativeNodes = new ArrayList<>();
    alternatives(map, path, alternatives, alternativeNodes);
    String notes = text(map, "notes", path, false);
    if (exId == null && inline == null)
      return null; // missing or bad: the problem is reported already
    return new RawStep(
        path,
        map,
        exId,
        exNode,
        inline,
        hold,
        flow,
        reps,
        sides,
        rest,
        leadIn,
        List.copyOf(alternatives),
        List.copyOf(alternativeNodes),
        notes);
  }

  /**
   * `alternative: id` or `alternatives: [id, ...]` (tried in order), with where each was written.
   */
  private void alternatives(Node.MapNode map, String path, List<String> ids, List<Node> nodes) {
    if (map.get("alternative") != null && map.get("alternatives") != null) {
      problem(
          map.get("alternatives"),
          path + ".alternatives",
          "give either alternative (one) or alternatives (a list), not both");
      return;
    }
    if (map.get("alternative") != null) {
      String id = id(map, "alternative", path);
      if (id != null) {
        ids.add(id);
        nodes.add(map.get("alternative"));
      }
      return;
    }
    Node n = map.get("alternatives");
    if (n == null) return;
    if (!(n instanceof Node.ListNode l) || l.items().isEmpty()) {
      problem(
          n,
          path + ".alternatives",
          "expected a list of exercise ids, tried in order, e.g. " + "[cat-stretch, pelvic-tilt]");
      return;
    }
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      if (item instanceof Node.Scalar s && !s.isNull() && isId(s.text().strip())) {
        ids.add(s.text().strip());
        nodes.add(item);
      } else {
        problem(
            item,
            path + ".alternatives[" + i + "]",
            "expected an exercise id (lowercase letters, "
                + "digits and dashes), but found "
                + (item instanceof Node.Scalar s ? "\"" + s.text() + "\"" : item.kindName()));
      }
    }
  }

  private Exercise exercise(Node node, String path) {
    if (!(node instanceof Node.MapNode map)) {
      problem(
          node,
          path,
          "expected an exercise (a map with id, name, position, ...), but found "
              + node.kindName());
      return null;
    }
    int before = problems.size();
    checkFields(map, path, EXERCISE_FIELDS);
    String id = id(map, "id", path);
    String name = text(map, "name", path, true);
    String position = text(map, "position", path, true);
    List<String> instructions = strings(map, "instructions", path, true);
    List<String> cues = strings(map, "cues", path, false);
    Integer maxHold = duration(map, "maxHold", path, 1, Durations.MAX_SECONDS);
    int limit = maxHold == null ? Durations.MAX_SECONDS : maxHold;
    Integer hold = duration(map, "hold", path, 1, limit);
    Integer flow = duration(map, "flow", path, 1, limit);
    if (hold == null && flow == null && map.get("hold") == null && map.get("flow") == null) {
      problem(
          map,
          path + ".hold",
          "missing; give hold (a static hold, e.g. 20s) or flow (moving, e.g. 1m)");
    }
    notBothHoldAndFlow(map, path);
    Integer reps = count(map, "reps", path);
    Side sides = sides(map, path);
    Integer rest = duration(map, "rest", path, 0, MAX_REST);
    List<String> warnings = strings(map, "warnings", path, false);
    List<String> tagList = strings(map, "tags", path, true);
    Set<String> tags = tags(tagList, map.get("tags"), path);
    List<String> sources = strings(map, "sources", path, false);
    String therapy = text(map, "therapy", path, false);
    if (therapy != null && !Exercise.THERAPIES.contains(therapy)) {
      problem(
          map.get("therapy"),
          path + ".therapy",
          "\""
              + therapy
              + "\" is not a therapy"
              + suggestions.didYouMean(therapy, Exercise.THERAPIES)
              + "; use heat or cold, or leave it out");
    }
    Integer leadIn = duration(map, "leadIn", path, 0, MAX_LEAD_IN);
    String getReady = text(map, "getReady", path, false);
    backcare.figure.Figure figure =
        map.get("figure") == null
            ? null
            : backcare.figure.FigureReader.read(
                map.get("figure"), join(path, "figure"), new FigureProblems());
    if (problems.size() > before) return null;
    return new Exercise(
        id,
        name,
        position,
        instructions,
        cues,
        hold == null ? 0 : hold,
        hold == null && flow != null ? flow : 0,
        reps == null ? 1 : reps,
        sides == null ? Side.NONE : sides,
        rest == null ? DEFAULT_REST : rest,
        maxHold == null ? 0 : maxHold,
        warnings,
        Set.copyOf(tags),
        sources,
        therapy,
        leadIn == null ? 0 : leadIn,
        getReady,
        figure);
  }

  /**
   * The movement tags, each from the vocabulary of content.md v2, and with the tag each one implies
   * (loaded-flexion is always flexion too; end-range-rotation always rotation), so that a condition
   * that removes the wider tag also removes the narrower move.
   */
  private Set<String> tags(List<String> tagList, Node tagsNode, String path) {
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < tagList.size(); i++) {
      String tag = tagList.get(i);
      Node at =
          tagsNode instanceof Node.ListNode l && i < l.items().size() ? l.items().get(i) : tagsNode;
      if (!Exercise.TAGS.contains(tag)) {
        problem(
            at,
            path + ".tags[" + i + "]",
            "unknown movement tag \""
                + tag
                + "\""
                + suggestions.didYouMean(tag, Exercise.TAGS)
                + "; known tags: "
                + String.join(", ", Exercise.TAGS));
      }
      tags.add(tag);
    }
    for (int i = 0; i < tagList.size(); i++) {
      String needs = Exercise.TAG_IMPLIES.get(tagList.get(i));
      if (needs != null && !tags.contains(needs)) {
        Node at =
            tagsNode instanceof Node.ListNode l && i < l.items().size()
                ? l.items().get(i)
                : tagsNode;
        problem(
            at,
            path + ".tags[" + i + "]",
            tagList.get(i)
                + " is always "
                + needs
                + " too: add "
                + needs
                + " to the tags, so every condition that removes "
                + needs
                + " removes this move");
      }
    }
    return tags;
  }

  // ---- field readers: each reports its own problem and returns null (or empty) on a bad value

  private void checkFields(Node.MapNode map, String path, List<String> known) {
    for (Node.Entry e : map.entries().values()) {
      if (e.key().equals(YamlReader.MERGE_KEY)) {
        problem(
            e.keyLine(),
            e.keyColumn(),
            join(path, e.key()),
            "a YAML merge key, which backcare does not " + "read; write the fields out in full");
      } else if (!known.contains(e.key())) {
        problem(
            e.keyLine(),
            e.keyColumn(),
            join(path, e.key()),
            "unknown field"
                + suggestions.didYouMean(e.key(), known)
                + "; known fields here: "
                + String.join(", ", known));
      }
    }
  }

  private String text(Node.MapNode map, String key, String path, boolean required) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) {
      if (required) problem(n == null ? map : n, join(path, key), "missing; it is required");
      return null;
    }
    if (!(n instanceof Node.Scalar s)) {
      problem(n, join(path, key), "expected text, but found " + n.kindName());
      return null;
    }
    if (s.text().isBlank()) {
      if (required) problem(n, join(path, key), "is empty; it is required");
      return null;
    }
    return s.text().strip();
  }

  private String id(Node.MapNode map, String key, String path) {
    String t = text(map, key, path, true);
    if (t != null && !isId(t)) {
      problem(
          map.get(key),
          join(path, key),
          "\"" + t + "\" is not a valid id; use lowercase letters, digits and dashes");
      return null;
    }
    return t;
  }

  List<String> strings(Node.MapNode map, String key, String path, boolean required) {
    Node n = map.get(key);
    if (n == null) {
      if (required) problem(map, join(path, key), "missing; it is required (a list)");
      return List.of();
    }
    if (n instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank() && !key.equals("tags")) {
      return List.of(s.text().strip()); // one line may stand alone
    }
    if (!(n instanceof Node.ListNode l)) {
      if (n instanceof Node.Scalar s && s.isNull() && !required) return List.of();
      problem(n, join(path, key), "expected a list, but found " + n.kindName());
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node item = l.items().get(i);
      if (item instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
        out.add(s.text().strip());
      } else {
        problem(
            item,
            join(path, key) + "[" + i + "]",
            "expected a line of text, but found " + item.kindName());
      }
    }
    if (required && out.isEmpty() && !key.equals("tags"))
      problem(n, join(path, key), "the list is empty");
    return List.copyOf(out);
  }

  private Node.ListNode list(Node.MapNode map, String key, String path, boolean required) {
    Node n = map.get(key);
    if (n == null) {
      if (required) problem(map, join(path, key), "missing; it is required (a list)");
      return null;
    }
    if (!(n instanceof Node.ListNode l)) {
      problem(n, join(path, key), "expected a list, but found " + n.kindName());
      return null;
    }
    return l;
  }

  private Integer duration(Node.MapNode map, String key, String path, int min, int max) {
    Node n = map.get(key);
    if (n == null) return null;
    String where = join(path, key);
    if (!(n instanceof Node.Scalar s) || s.isNull()) {
      problem(n, where, "expected a duration such as 30s, 1m or 1m30s, but found " + n.kindName());
      return null;
    }
    Optional<Integer> secs = Durations.parse(s.text());
    if (secs.isEmpty()) {
      problem(
          n,
          where,
          "\""
              + s.text()
              + "\" is not a duration; write it as 30s, 1m, 1m30s or a whole number of seconds");
      return null;
    }
    int v = secs.get();
    if (v < min) {
      problem(
          n,
          where,
          "\"" + s.text() + "\" is too short; it must be at least " + Durations.format(min));
      return null;
    }
    if (v > max) {
      problem(
          n,
          where,
          "\""
              + s.text()
              + "\" is too long; it may be at most "
              + Durations.format(max)
              + (max == Durations.MAX_SECONDS
                  ? " (no hold, heat or cold for more than 20 minutes)"
                  : ""));
      return null;
    }
    return v;
  }

  private Integer count(Node.MapNode map, String key, String path) {
    Node n = map.get(key);
    if (n == null) return null;
    String where = join(path, key);
    if (n instanceof Node.Scalar s
        && !s.isNull()
        && !s.quoted()
        && wholeNumberDigits(s.text()) != null) {
      // any number of digits: one too long for an int is out of range like any other
      String t = s.text();
      String digits = wholeNumberDigits(t);
      boolean fits = !t.startsWith("-") && digits.length() <= 9;
      int v = fits ? Integer.parseInt(digits) : 0;
      if (fits && v >= 1 && v <= MAX_REPS) return v;
      problem(n, where, t + " is out of range; give a whole number from 1 to " + MAX_REPS);
      return null;
    }
    problem(
        n,
        where,
        "expected a whole number from 1 to "
            + MAX_REPS
            + ", but found "
            + (n instanceof Node.Scalar s ? "\"" + s.text() + "\"" : n.kindName()));
    return null;
  }

  private Side sides(Node.MapNode map, String path) {
    Node n = map.get("sides");
    if (n == null) return null;
    List<String> ids = List.of("both", "left", "right", "none");
    if (n instanceof Node.Scalar s && !s.isNull()) {
      Optional<Side> side = Side.byId(s.text().trim());
      if (side.isPresent()) return side.get();
      problem(
          n,
          join(path, "sides"),
          "\""
              + s.text()
              + "\" is not a side"
              + suggestions.didYouMean(s.text(), ids)
              + "; use both, left, right or none");
      return null;
    }
    problem(
        n, join(path, "sides"), "expected both, left, right or none, but found " + n.kindName());
    return null;
  }

  /** A step or an exercise is a static hold or a movement: both given is a problem at flow. */
  private void notBothHoldAndFlow(Node.MapNode map, String path) {
    if (map.get("hold") != null && map.get("flow") != null) {
      problem(
          map.get("flow"),
          path + ".flow",
          "give either hold (static holds) or flow (moving), not both");
    }
  }

  /**
   * A figure's problems, added to this file's. A class, not a method reference linked at every
   * start (docs/performance.md, "Start-up in one place").
   */
  private final class FigureProblems implements backcare.figure.FigureReader.Problems {
    @Override
    public void add(Node at, String path, String message) {
      problem(at, path, message);
    }
  }

  private void problem(Node at, String path, String message) {
    problem(at.line(), at.column(), path, message);
  }

  private void problem(int line, int column, String path, String message) {
    problems.add(
        file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
