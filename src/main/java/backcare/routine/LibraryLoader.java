package backcare.routine;

import backcare.BadInputException;
import backcare.yaml.Node;
import backcare.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads the built-in content packaged in the jar ({@code backcare/routines/*.yaml}) and the user's
 * routine folder. A user file with problems is skipped with a warning, so one typo does not stop
 * every command; {@code backcare validate} shows the problems in full.
 */
public final class LibraryLoader {
  static final String BUILT_IN_DIR = "backcare/routines/";

  private LibraryLoader() {}

  /** {@code $XDG_CONFIG_HOME/backcare/routines}, or {@code ~/.config/backcare/routines}. */
  public static Path userDir(Map<String, String> env) {
    return backcare.UserFolders.config(env).resolve("backcare").resolve("routines");
  }

  public static Library load(Map<String, String> env) {
    return load(userDir(env));
  }

  /** The built-in content alone. */
  public static Library builtIn() {
    return load((Path) null);
  }

  /** The built-in content read from its trees; broken content throws, naming every problem. */
  record BuiltIn(
      Map<String, Exercise> exercises, Map<String, Library.Entry> routines, SafetyText safety) {}

  /**
   * Reads the built-in files' trees into exercises, routines and the safety text. The build runs
   * this on the YAML ({@link CompiledLibrary#main}), so broken built-in content fails the build.
   */
  static BuiltIn builtIn(Map<String, Node> trees) {
    Map<String, Exercise> exercises = new LinkedHashMap<>();
    List<ContentParser.Parsed> builtInRoutines = new ArrayList<>();
    SafetyText safety = SafetyText.EMPTY;
    for (Map.Entry<String, Node> f : trees.entrySet()) {
      ContentParser.Parsed parsed = ContentParser.parse(f.getValue(), f.getKey());
      if (!parsed.problems().isEmpty()) {
        throw new IllegalStateException("built-in content is broken: " + parsed.problems());
      }
      parsed.exercises().forEach(e -> exercises.put(e.id(), e));
      if (parsed.safety() != null) safety = parsed.safety();
      if (parsed.routine() != null) builtInRoutines.add(parsed);
    }
    Map<String, Library.Entry> routines = new LinkedHashMap<>();
    for (ContentParser.Parsed p : builtInRoutines) {
      List<String> problems = new ArrayList<>();
      Routine r = ContentParser.resolve(p.routine(), exercises, "built-in", problems);
      if (!problems.isEmpty())
        throw new IllegalStateException("built-in content is broken: " + problems);
      routines.put(r.id(), new Library.Entry(r, false, false, p.file()));
    }
    return new BuiltIn(exercises, routines, safety);
  }

  /**
   * The built-in content of these trees with each exercise and routine parsed when first asked for:
   * a start needs a few, and parsing the whole library took ~15 ms of every start
   * (docs/performance.md, "The built-in library parsed on demand"). Only for trees the build has
   * checked with {@link #builtIn}: a problem found on demand throws. The safety text is read now.
   */
  static BuiltIn builtInOnDemand(Map<String, Node> trees) {
    OnDemand<Exercise> exercises = new OnDemand<>(new ExerciseParser());
    OnDemand<Library.Entry> routines = new OnDemand<>(new RoutineParser(exercises));
    SafetyText safety = SafetyText.EMPTY;
    for (Map.Entry<String, Node> f : trees.entrySet()) {
      String file = f.getKey();
      Node.MapNode map = f.getValue() instanceof Node.MapNode m ? m : null;
      if (map != null && map.get("exercises") instanceof Node.ListNode items) {
        for (int i = 0; i < items.items().size(); i++) {
          Node item = items.items().get(i);
          exercises.add(
              checkedId(item, file), new OnDemand.Source(file, "exercises[" + i + "]", item));
        }
      } else if (map != null && map.get("safety") == null) {
        routines.add(checkedId(map, file), new OnDemand.Source(file, "", map));
      } else {
        ContentParser.Parsed parsed = ContentParser.parse(f.getValue(), file);
        if (!parsed.problems().isEmpty()) {
          throw new IllegalStateException("built-in content is broken: " + parsed.problems());
        }
        if (parsed.safety() != null) safety = parsed.safety();
      }
    }
    return new BuiltIn(exercises, routines, safety);
  }

  private static String checkedId(Node node, String file) {
    String id = ContentParser.idOf(node, file);
    if (id == null) throw new IllegalStateException("built-in content is broken: " + file);
    return id;
  }

  /** A built-in exercise from its tree. */
  private static final class ExerciseParser implements OnDemand.Parser<Exercise> {
    @Override
    public Exercise parse(OnDemand.Source s) {
      return ContentParser.checkedExercise(s.tree(), s.file(), s.path());
    }
  }

  /**
   * A built-in routine from its tree, its exercises looked up in {@code exercises}. That map also
   * holds the user's exercises by then, which never replace a built-in one (see {@link #load}), so
   * the routine is the one {@link #builtIn} makes.
   */
  private static final class RoutineParser implements OnDemand.Parser<Library.Entry> {
    private final Map<String, Exercise> exercises;

    RoutineParser(Map<String, Exercise> exercises) {
      this.exercises = exercises;
    }

    @Override
    public Library.Entry parse(OnDemand.Source s) {
      ContentParser.Parsed p = ContentParser.parse(s.tree(), s.file());
      List<String> problems = new ArrayList<>(p.problems());
      Routine r =
          p.routine() == null
              ? null
              : ContentParser.resolve(p.routine(), exercises, "built-in", problems);
      if (r == null || !problems.isEmpty())
        throw new IllegalStateException("built-in content is broken: " + problems);
      return new Library.Entry(r, false, false, p.file());
    }
  }

  /** Built-ins and the user's folder ({@code userDir} may be null: none). */
  public static Library load(Path userDir) {
    BuiltIn content = builtInOnDemand(builtInTrees());
    Map<String, Exercise> exercises = content.exercises();
    Map<String, Library.Entry> routines = content.routines();
    SafetyText safety = content.safety();

    List<String> warnings = new ArrayList<>();
    List<ContentParser.Parsed> userRoutines = new ArrayList<>();
    for (Path file : userFiles(userDir, warnings)) {
      String name = file.toString();
      ContentParser.Parsed parsed;
      try {
        parsed = ContentParser.parse(YamlReader.readFile(file, name), name);
      } catch (BadInputException e) {
        warnings.add("skipping " + name + ": " + e.problems().get(0));
        continue;
      }
      if (!parsed.problems().isEmpty()) {
        warnings.add(
            "skipping "
                + name
                + ": "
                + parsed.problems().get(0)
                + (parsed.problems().size() > 1
                    ? " (and " + (parsed.problems().size() - 1) + " more)"
                    : ""));
        continue;
      }
      for (Exercise e : parsed.exercises()) {
        if (exercises.containsKey(e.id())) {
          warnings.add(
              "skipping exercise \""
                  + e.id()
                  + "\" in "
                  + name
                  + ": that id is already in the library");
        } else {
          exercises.put(e.id(), e);
        }
      }
      if (parsed.routine() != null) userRoutines.add(parsed);
    }
    Map<String, String> userIds = new LinkedHashMap<>();
    for (ContentParser.Parsed p : userRoutines) {
      List<String> problems = new ArrayList<>();
      Routine r = ContentParser.resolve(p.routine(), exercises, p.file(), problems);
      if (!problems.isEmpty()) {
        warnings.add("skipping " + p.file() + ": " + problems.get(0));
        continue;
      }
      String other = userIds.putIfAbsent(r.id(), p.file());
      if (other != null) {
        warnings.add(
            "skipping " + p.file() + ": routine id \"" + r.id() + "\" is already used by " + other);
        continue;
      }
      Library.Entry builtIn = routines.get(r.id());
      routines.put(
          r.id(), new Library.Entry(r, true, builtIn != null && !builtIn.user(), p.file()));
    }
    if (!warnings.isEmpty()) {
      warnings.add("run `backcare validate` to see every problem in your routine folder");
    }
    return new Library(
        Collections.unmodifiableMap(exercises),
        Collections.unmodifiableMap(routines),
        safety,
        List.copyOf(warnings));
  }

  /** The YAML files of the user folder, by name; none when the folder does not exist. */
  public static List<Path> userFiles(Path dir, List<String> warnings) {
    if (dir == null || !Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p ->
                  p.getFileName().toString().endsWith(".yaml")
                      || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      warnings.add("cannot read the routine folder " + dir + ": " + e.getMessage());
      return List.of();
    }
  }

  /**
   * The built-in files' trees by name: compiled at build time ({@link CompiledLibrary}), else
   * parsed.
   */
  static Map<String, Node> builtInTrees() {
    Map<String, Node> compiled = CompiledLibrary.readResource();
    if (compiled != null) return compiled;
    Map<String, Node> trees = new java.util.TreeMap<>();
    for (Map.Entry<String, byte[]> f : builtInFiles().entrySet()) {
      trees.put(f.getKey(), YamlReader.readBytes(f.getValue(), f.getKey()));
    }
    return trees;
  }

  /** The built-in YAML files by name, read from the jar (or the classes folder in tests). */
  static Map<String, byte[]> builtInFiles() {
    Map<String, byte[]> files = new java.util.TreeMap<>();
    URL dir = LibraryLoader.class.getClassLoader().getResource(BUILT_IN_DIR);
    if (dir == null)
      throw new IllegalStateException("the built-in routines are missing from the jar");
    try {
      if ("jar".equals(dir.getProtocol())) {
        JarURLConnection conn = (JarURLConnection) dir.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            String n = e.getName();
            if (n.startsWith(BUILT_IN_DIR)
                && n.endsWith(".yaml")
                && n.indexOf('/', BUILT_IN_DIR.length()) < 0) {
              try (InputStream in = jar.getInputStream(e)) {
                files.put(n.substring(BUILT_IN_DIR.length()), in.readAllBytes());
              }
            }
          }
        }
      } else {
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
          for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
            files.put(p.getFileName().toString(), Files.readAllBytes(p));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  /**
   * Parses and resolves files given by the user, for `validate` and `routine --file`; all problems,
   * in order.
   */
  public static Validation validate(List<Path> files, Map<String, Exercise> library) {
    List<String> problems = new ArrayList<>();
    Map<String, Exercise> known = new LinkedHashMap<>(library);
    List<ContentParser.Parsed> parsedRoutines = new ArrayList<>();
    List<Routine> routines = new ArrayList<>();
    int exerciseCount = 0;
    for (Path file : files) {
      String name = file.toString();
      Node root;
      try {
        root = YamlReader.readFile(file, name);
      } catch (BadInputException e) {
        problems.addAll(e.problems());
        continue;
      }
      ContentParser.Parsed parsed = ContentParser.parse(root, name);
      problems.addAll(parsed.problems());
      for (Exercise e : parsed.exercises()) {
        if (known.containsKey(e.id()) && !library.containsKey(e.id())) {
          problems.add(name + ": exercise id \"" + e.id() + "\" is defined in two files");
        }
        known.putIfAbsent(e.id(), e);
        exerciseCount++;
      }
      if (parsed.routine() != null) parsedRoutines.add(parsed);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (ContentParser.Parsed p : parsedRoutines) {
      Routine r = ContentParser.resolve(p.routine(), known, p.file(), problems);
      if (r.id() != null) {
        String other = ids.putIfAbsent(r.id(), p.file());
        if (other != null) {
          Node at = p.routine().idNode();
          problems.add(
              p.file()
                  + ":"
                  + at.line()
                  + ":"
                  + at.column()
                  + ": id: routine id \""
                  + r.id()
                  + "\" is already used by "
                  + other
                  + "; give each routine its own id");
        }
      }
      routines.add(r);
    }
    return new Validation(List.copyOf(problems), List.copyOf(routines), exerciseCount);
  }

  public record Validation(List<String> problems, List<Routine> routines, int exerciseCount) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }
}
