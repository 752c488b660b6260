package backcare.commandmodel;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;

/**
 * Build time: where two picocli models of a command differ, on every attribute picocli exposes. The
 * attributes are found by reflection, not listed: every public getter (no parameters, a result) of
 * each model object met on the way (CommandSpec, OptionSpec, PositionalParamSpec, ArgGroupSpec,
 * UsageMessageSpec, ParserSpec, Range, ...), read through the type the getter declares, so an
 * ITypeInfo, an IAnnotatedElement, an IGetter or an IScope is compared by what its interface
 * exposes. Collections, arrays and maps are compared in order; other objects (a user object, a
 * version provider) by class. Setters have no getter: each argument's setter is tried instead, with
 * a new value, and the field the annotations name must receive it ({@link SetterProbe}).
 *
 * <p>{@link WriteCommandModels} fails the build on any difference between the model read from the
 * annotations and the one rebuilt from the cache.
 */
public final class ModelDifferences {
  /** Methods that look like getters but are not attributes: identity, copies, mutators. */
  private static final Set<String> NOT_ATTRIBUTES =
      Set.of("hashCode", "toString", "toBuilder", "addMethodSubcommands");

  /**
   * An argument group's options have no object to read their initial value from until the group is
   * used; from the annotations picocli reads it then, the cache knows it before (the same value,
   * from a new object of the group's class). What the user sees of it, the help, is compared.
   */
  private static final Set<String> LATER = Set.of("initialValue", "defaultValueString");

  private static final int MAX_REPORTED = 25;

  /**
   * How deep a comparison goes: the root, a subcommand, an option, its type, an auxiliary type of
   * it and so on need about ten levels.
   */
  private static final int MAX_DEPTH = 24;

  private int depth;

  private final List<String> found = new ArrayList<>();
  private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

  private ModelDifferences() {}

  /** Every difference, as "path: the annotations give X, the cache gives Y"; empty when none. */
  public static List<String> between(CommandSpec annotations, CommandSpec cache) {
    ModelDifferences d = new ModelDifferences();
    String root = annotations.qualifiedName();
    d.compare(annotations.commandLine(), cache.commandLine(), CommandLine.class, root);
    d.compare(annotations, cache, CommandSpec.class, root);
    SetterProbe.compare(annotations, cache, root, d);
    return d.found;
  }

  /** Every difference between two parts of models (an option and another, say). */
  static List<String> between(Object annotations, Object cache) {
    ModelDifferences d = new ModelDifferences();
    d.compare(annotations, cache, annotations.getClass(), annotations.toString());
    return d.found;
  }

  /** Notes a difference at {@code path}. */
  void differ(String path, Object expected, Object actual) {
    if (found.size() < MAX_REPORTED)
      found.add(
          path
              + ": the annotations give "
              + describe(expected)
              + ", the cache gives "
              + describe(actual));
  }

  private static String describe(Object o) {
    if (o == null) return "null";
    if (o instanceof String s) return '"' + s + '"';
    if (o instanceof Thrown t) return "an exception (" + t.type.getName() + ")";
    if (o.getClass().isArray()) return arrayText(o);
    if (isValue(o)) return o.toString();
    return "a " + o.getClass().getName();
  }

  private static String arrayText(Object array) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < Array.getLength(array); i++) {
      if (i > 0) sb.append(", ");
      sb.append(describe(Array.get(array, i)));
    }
    return sb.append(']').toString();
  }

  /** Compared with equals. */
  private static boolean isValue(Object o) {
    return o instanceof String
        || o instanceof Number
        || o instanceof Boolean
        || o instanceof Character
        || o instanceof Enum
        || o instanceof Class
        || o instanceof java.lang.reflect.AccessibleObject
        || o instanceof Thrown;
  }

  private void compare(Object a, Object b, Class<?> declared, String path) {
    if (++depth > MAX_DEPTH) { // a getter that makes a new object each time, as ITypeInfo's do
      depth--;
      return;
    }
    try {
      compareHere(a, b, declared, path);
    } finally {
      depth--;
    }
  }

  private void compareHere(Object a, Object b, Class<?> declared, String path) {
    if (a == null || b == null) {
      if (a != b) differ(path, a, b);
      return;
    }
    if (isValue(a)) {
      if (!a.equals(b)) differ(path, a, b);
      return;
    }
    if (a == b) return; // one object both models share (the command's own user object, say)
    if (a.getClass().isArray()) {
      if (!b.getClass().isArray() || Array.getLength(a) != Array.getLength(b)) {
        differ(path, a, b);
        return;
      }
      for (int i = 0; i < Array.getLength(a); i++)
        compare(
            Array.get(a, i),
            Array.get(b, i),
            a.getClass().getComponentType(),
            path + "[" + i + "]");
    } else if (a instanceof Map<?, ?> ma) {
      if (!(b instanceof Map<?, ?> mb)) {
        differ(path, a, b);
        return;
      }
      compare(List.copyOf(ma.keySet()), List.copyOf(mb.keySet()), List.class, path + ".keys");
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (mb.containsKey(e.getKey()))
          compare(e.getValue(), mb.get(e.getKey()), Object.class, path + "[" + e.getKey() + "]");
      }
    } else if (a instanceof Iterable<?> ia) {
      if (!(b instanceof Iterable<?> ib)) {
        differ(path, a, b);
        return;
      }
      Iterator<?> x = ia.iterator();
      Iterator<?> y = ib.iterator();
      int i = 0;
      while (x.hasNext() && y.hasNext()) {
        Object ex = x.next();
        compare(ex, y.next(), Object.class, path + "[" + label(i++, ex) + "]");
      }
      if (x.hasNext() || y.hasNext()) differ(path + ".size", count(ia), count((Iterable<?>) b));
    } else if (a instanceof CommandLine ca) {
      if (!(b instanceof CommandLine cb)) {
        differ(path, a, b);
      } else {
        compare(ca.getUsageMessage(), cb.getUsageMessage(), String.class, path + " --help");
        compare(ca.getCommandSpec(), cb.getCommandSpec(), CommandSpec.class, path);
      }
    } else {
      List<Class<?>> views = views(a, declared);
      for (Class<?> view : views) {
        if (!view.isInstance(b)) {
          differ(path, a, b);
          return;
        }
      }
      if (views.isEmpty()) {
        if (a.getClass() != b.getClass()) differ(path, a, b);
        return;
      }
      if (seen.containsKey(a)) {
        if (seen.get(a) != b) differ(path, "the object met at another place", "another object");
        return; // compared already: a back reference (an option's command, a group's parent)
      }
      seen.put(a, b);
      for (Class<?> view : views) {
        for (Method m : getters(view)) {
          if (LATER.contains(m.getName()) && !((ArgSpec) a).isValueGettable())
            continue; // from the annotations, picocli reads it when the group's object is made
          compare(call(m, a), call(m, b), m.getReturnType(), path + "." + m.getName());
        }
      }
    }
  }

  /** An element's place in a list, with what it is when that helps (an option, a command). */
  static String label(int i, Object element) {
    return element instanceof ArgSpec || element instanceof CommandSpec
        ? i + " " + element
        : Integer.toString(i);
  }

  private static int count(Iterable<?> it) {
    int n = 0;
    for (Object ignored : it) n++;
    return n;
  }

  /**
   * The types whose getters describe {@code a}: the interface of picocli's that the getter declares
   * (a binding is compared by what it gives, not by its class); else picocli's own public class;
   * else the interfaces of picocli's it implements (an ITypeInfo in a list). None when {@code a} is
   * not picocli's model: it is compared by class. Setters are tried by {@link SetterProbe}.
   */
  private static List<Class<?>> views(Object a, Class<?> declared) {
    if (declared == ISetter.class) return List.of(ISetter.class);
    if (declared.isInterface() && isPicocli(declared) && !getters(declared).isEmpty())
      return List.of(declared);
    Class<?> c = a.getClass();
    if (!isPicocli(c) || c.getSimpleName().equals("Builder")) return List.of();
    if (Modifier.isPublic(c.getModifiers())) return getters(c).isEmpty() ? List.of() : List.of(c);
    List<Class<?>> views = new ArrayList<>();
    for (Class<?> i : c.getInterfaces()) if (isPicocli(i) && !getters(i).isEmpty()) views.add(i);
    return views;
  }

  private static boolean isPicocli(Class<?> c) {
    return c.getName().startsWith("picocli.");
  }

  private static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getReturnType() == void.class
          || m.getDeclaringClass() == Object.class
          || NOT_ATTRIBUTES.contains(m.getName())) continue;
      getters.add(m);
    }
    getters.sort(Comparator.comparing(Method::getName));
    return getters;
  }

  /** A getter that threw: two that threw alike are the same. */
  private record Thrown(Class<?> type) {}

  private static Object call(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      return new Thrown(e.getCause().getClass());
    } catch (IllegalAccessException | RuntimeException e) {
      return new Thrown(e.getClass());
    }
  }
}
