package backcare.commandmodel;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build time, part of {@link ModelDifferences}: what no getter shows, where a value set through an
 * argument lands. Each argument's setter is given a new value in both models, and the field the
 * annotations bind must receive it in both.
 */
final class SetterProbe {
  private SetterProbe() {}

  /**
   * Sets a new value through each argument's setter, in both models, and reads the field the
   * annotations bind (the argument's user object) from where each model's scope points: both must
   * hold the new value. The old values are put back.
   */
  static void compare(
      CommandSpec annotations, CommandSpec cache, String path, ModelDifferences found) {
    List<ArgSpec> a = annotations.args();
    List<ArgSpec> b = cache.args();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ArgSpec x = a.get(i);
      ArgSpec y = b.get(i);
      if (!(x.userObject() instanceof Field field) || x.scope() == null || y.scope() == null)
        continue;
      String at = path + ".args[" + ModelDifferences.label(i, x) + "].setter";
      try {
        Object xTarget = x.scope().get();
        Object yTarget = y.scope().get();
        if (xTarget == null || yTarget == null) continue; // a group's object, made when used
        field.setAccessible(true);
        Object old = field.get(xTarget);
        Object probe = probe(field.getType(), old);
        if (probe == NO_PROBE) continue;
        Object yOld = field.get(yTarget);
        x.setter().set(probe);
        y.setter().set(probe);
        if (!java.util.Objects.equals(field.get(xTarget), probe))
          found.differ(at, "a setter of " + field, "another");
        if (!java.util.Objects.equals(field.get(yTarget), probe))
          found.differ(at, "a setter of " + field, "a setter that leaves it as it was");
        field.set(xTarget, old);
        field.set(yTarget, yOld);
      } catch (Exception e) {
        found.differ(at, "a setter that works", "a setter that throws " + e);
      }
    }
    for (Map.Entry<String, CommandLine> sub : annotations.subcommands().entrySet()) {
      CommandLine other = cache.subcommands().get(sub.getKey());
      if (other != null)
        compare(
            sub.getValue().getCommandSpec(),
            other.getCommandSpec(),
            path + " " + sub.getKey(),
            found);
    }
  }

  private static final Object NO_PROBE = new Object();

  /** A value of this type that is not {@code old}, or NO_PROBE. */
  private static Object probe(Class<?> type, Object old) {
    if (type == boolean.class) return !(Boolean) old;
    if (type == int.class) return ((Integer) old) + 1_000_001;
    if (type == long.class) return ((Long) old) + 1_000_001;
    if (type == double.class) return Double.valueOf(((Double) old) + 1.5);
    if (type.isPrimitive()) return NO_PROBE;
    if (old != null) return null;
    if (type == String.class) return "probe";
    if (type.isEnum()) return type.getEnumConstants()[0];
    if (type.isAssignableFrom(ArrayList.class)) return new ArrayList<>();
    if (type == Boolean.class) return Boolean.TRUE;
    if (type == Integer.class) return Integer.valueOf(1_000_001);
    if (type == Double.class) return Double.valueOf(1.5);
    if (type.isArray()) return Array.newInstance(type.getComponentType(), 0);
    if (type == java.nio.file.Path.class) return java.nio.file.Path.of("probe");
    if (type == java.io.File.class) return new java.io.File("probe");
    return NO_PROBE;
  }
}
