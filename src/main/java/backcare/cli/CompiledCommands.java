package backcare.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * The commands' picocli models, read from their annotations at build time and written to {@code
 * backcare/commands.bin}, so that a start builds them without reading one annotation: the JVM makes
 * a proxy class for each annotation type it reads, and the first two (@Command, @Option) cost ~25
 * ms of every start even with the class-data archive (docs/performance.md).
 *
 * <p>The annotations stay the one place a command is declared; this only caches what picocli reads
 * from them. The Maven build runs {@link #main} in process-classes, and the build fails there on an
 * annotation feature this cache does not carry (a converter, an argument group with subgroups or a
 * heading, an annotated method), rather than a command silently losing it. Without the file (an IDE
 * build) the annotations are read.
 */
public final class CompiledCommands {
  static final String RESOURCE = "/backcare/commands.bin";
  private static final int MAGIC = 0x42434332; // "BCC2"
  private static final String HELP_MIXIN = "mixinStandardHelpOptions";

  private final Map<String, DataCommand> commands;

  private CompiledCommands(Map<String, DataCommand> commands) {
    this.commands = commands;
  }

  /** The models in the jar, or null when the build did not make them; read once per process. */
  static CompiledCommands load() {
    return Holder.MODELS;
  }

  private static final class Holder {
    static final CompiledCommands MODELS = read();
  }

  private static CompiledCommands read() {
    try (InputStream in = CompiledCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return null;
      return new CompiledCommands(read(new DataInputStream(in)));
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code CompiledCommands OUT_FILE}: the models of the root command and every subcommand. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: CompiledCommands OUT_FILE");
    Map<String, DataCommand> all = new LinkedHashMap<>();
    Context none =
        Context.scripted(
            Map.of(), backcare.session.SystemClock.INSTANCE, InputStream.nullInputStream());
    all.put("", describe(CommandSpec.forAnnotatedObject(new BackcareCommand(none))));
    for (Map.Entry<String, Supplier<Object>> e : BackcareCommand.SUBCOMMANDS.entrySet()) {
      all.put(e.getKey(), describe(CommandSpec.forAnnotatedObject(e.getValue().get())));
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.write(out, write(all));
  }

  // ---- at run time: a CommandLine from the cached model
  // ------------------------------------------

  /**
   * The command line for this user object (the root when {@code name} is ""), bound to its fields.
   */
  CommandLine commandLine(String name, Object userObject, Object parent) {
    DataCommand c = commands.get(name);
    if (c == null) throw new IllegalStateException("no compiled model of command \"" + name + "\"");
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
    spec.name(c.name);
    UsageMessageSpec u = spec.usageMessage();
    u.description(c.description);
    u.hidden(c.hidden);
    if (c.footerHeading != null) u.footerHeading(c.footerHeading);
    u.footer(c.footer);
    if (c.exitCodeListHeading != null) u.exitCodeListHeading(c.exitCodeListHeading);
    if (!c.exitCodeList.isEmpty()) u.exitCodeList(c.exitCodeList);
    if (c.versionProvider != null) spec.versionProvider(newInstance(c.versionProvider));
    Map<String, Object> owners = new HashMap<>();
    owners.put("", userObject);
    for (String[] mixin : c.mixins) { // field name, type
      Object m = newInstance(mixin[1]);
      set(field(userObject.getClass(), mixin[0]), userObject, m);
      owners.put(mixin[0], m);
    }
    for (String f : c.specFields) set(field(userObject.getClass(), f), userObject, spec);
    for (String f : c.parentFields) set(field(userObject.getClass(), f), userObject, parent);
    List<ArgGroupSpec.Builder> groups = new ArrayList<>();
    for (DataGroup g : c.groups) {
      groups.add(ArgGroupSpec.builder().exclusive(g.exclusive).multiplicity(g.multiplicity));
      owners.put(g.field, new GroupOwner(field(userObject.getClass(), g.field), userObject));
    }
    List<ArgSpec> built = new ArrayList<>();
    for (DataArg a : c.args) {
      ArgSpec arg = a.option ? option(a, owners) : positional(a, owners);
      built.add(arg);
      if (a.group >= 0) groups.get(a.group).addArg(arg);
    }
    // in the annotations' order: a group's arguments where its first one stands
    boolean[] added = new boolean[groups.size()];
    for (int i = 0; i < built.size(); i++) {
      int group = c.args.get(i).group;
      if (group >= 0) {
        if (!added[group]) spec.addArgGroup(groups.get(group).build());
        added[group] = true;
      } else if (built.get(i) instanceof OptionSpec o) {
        spec.addOption(o);
      } else {
        spec.addPositional((PositionalParamSpec) built.get(i));
      }
    }
    return new CommandLine(spec);
  }

  private static OptionSpec option(DataArg a, Map<String, Object> owners) {
    Bound x = bind(a, owners);
    OptionSpec.Builder b =
        OptionSpec.builder(a.names)
            .usageHelp(a.usageHelp)
            .versionHelp(a.versionHelp)
            .negatable(a.negatable)
            .type(x.type)
            .auxiliaryTypes(x.auxiliaryTypes)
            .arity(a.arity)
            .description(a.description)
            .required(a.required)
            .hidden(a.hidden)
            .scopeType(ScopeType.valueOf(a.scope))
            .paramLabel(a.paramLabel)
            .defaultValue(a.defaultValue)
            .splitRegex(a.splitRegex)
            .completionCandidates(a.completionCandidates);
    if (a.order >= 0) b.order(a.order);
    if (x.access != null && a.group >= 0)
      b.getter(x.access).setter(x.access); // as picocli has it: a group's arguments start unset
    else if (x.access != null)
      b.getter(x.access).setter(x.access).initialValue(x.access.get()).hasInitialValue(true);
    else if (x.type == boolean.class)
      b.initialValue(false).hasInitialValue(true); // picocli's help options
    return b.build();
  }

  private static PositionalParamSpec positional(DataArg a, Map<String, Object> owners) {
    Bound x = bind(a, owners);
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder()
            .index(Range.valueOf(a.index))
            .type(x.type)
            .auxiliaryTypes(x.auxiliaryTypes)
            .arity(a.arity)
            .description(a.description)
            .required(a.required)
            .hidden(a.hidden)
            .scopeType(ScopeType.valueOf(a.scope))
            .paramLabel(a.paramLabel)
            .defaultValue(a.defaultValue)
            .splitRegex(a.splitRegex)
            .completionCandidates(a.completionCandidates);
    if (x.access != null && a.group >= 0)
      b.getter(x.access).setter(x.access); // as picocli has it: a group's arguments start unset
    else if (x.access != null)
      b.getter(x.access).setter(x.access).initialValue(x.access.get()).hasInitialValue(true);
    return b.build();
  }

  /** The types of an argument and the field it sets (null for picocli's own help options). */
  private record Bound(Class<?> type, Class<?>[] auxiliaryTypes, FieldAccess access) {}

  private static Bound bind(DataArg a, Map<String, Object> owners) {
    Class<?>[] aux = new Class<?>[a.auxiliaryTypes.length];
    for (int i = 0; i < aux.length; i++) aux[i] = type(a.auxiliaryTypes[i]);
    FieldAccess access = null;
    if (a.owner != null) {
      Object target = owners.get(a.owner);
      access =
          target instanceof GroupOwner g
              ? new FieldAccess(field(g.type(), a.field), g)
              : new FieldAccess(field(target.getClass(), a.field), target);
    }
    return new Bound(type(a.type), aux, access);
  }

  /**
   * A field of the user object as picocli's getter and setter. Its target is the command, a mixin,
   * or an argument group's {@link GroupOwner}.
   */
  private record FieldAccess(Field field, Object target) implements IGetter, ISetter {
    @SuppressWarnings("unchecked")
    @Override
    public <T> T get() {
      try {
        if (target instanceof GroupOwner g) {
          Object group = g.group(false);
          return (T) field.get(group != null ? group : g.blank());
        }
        return (T) field.get(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T set(T value) {
      T old = get();
      try {
        if (target instanceof GroupOwner g) {
          // picocli resets every argument before a parse: that must not make the group
          Object group = g.group(!java.util.Objects.equals(value, field.get(g.blank())));
          if (group != null) field.set(group, value);
        } else {
          field.set(target, value);
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      return old;
    }
  }

  /**
   * An argument group's field of the command: null, as with the annotations, until one of the
   * group's arguments is given; then a new instance of the group's class.
   */
  private static final class GroupOwner {
    private final Field field;
    private final Object command;
    private Object blank;

    GroupOwner(Field field, Object command) {
      this.field = field;
      this.command = command;
    }

    Class<?> type() {
      return field.getType();
    }

    /** A fresh instance, for the arguments' initial values. */
    Object blank() {
      if (blank == null) blank = newInstance(field.getType().getName());
      return blank;
    }

    /** The group's object; {@code make}: made and set when there is none yet. */
    Object group(boolean make) {
      try {
        Object g = field.get(command);
        if (g == null && make) {
          g = newInstance(field.getType().getName());
          field.set(command, g);
        }
        return g;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("no field " + name + " in " + type.getName());
  }

  private static void set(Field f, Object target, Object value) {
    try {
      f.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T newInstance(String className) {
    try {
      var c = Class.forName(className).getDeclaredConstructor();
      c.setAccessible(true);
      return (T) c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + className, e);
    }
  }

  private static Class<?> type(String name) {
    return switch (name) {
      case "boolean" -> boolean.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "double" -> double.class;
      default -> {
        try {
          yield Class.forName(name);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  // ---- at build time: what picocli read from the annotations
  // --------------------------------------

  private record DataCommand(
      String name,
      boolean hidden,
      String[] description,
      String footerHeading,
      String[] footer,
      String exitCodeListHeading,
      Map<String, String> exitCodeList,
      String versionProvider,
      List<String[]> mixins,
      List<String> specFields,
      List<String> parentFields,
      List<DataGroup> groups,
      List<DataArg> args) {}

  /** An argument group: the command's field that holds it, and its rules. */
  private record DataGroup(String field, boolean exclusive, String multiplicity) {}

  private record DataArg(
      boolean option,
      String[] names,
      String index,
      String field,
      String owner,
      String type,
      String[] auxiliaryTypes,
      String arity,
      String paramLabel,
      String[] description,
      String defaultValue,
      boolean required,
      boolean hidden,
      boolean negatable,
      boolean usageHelp,
      boolean versionHelp,
      String scope,
      int order,
      List<String> completionCandidates,
      String splitRegex,
      int group) {}

  private static DataCommand describe(CommandSpec spec) {
    UsageMessageSpec u = spec.usageMessage();
    Map<ArgSpec, String> owner = new IdentityHashMap<>();
    Map<ArgSpec, Integer> groupOf = new IdentityHashMap<>();
    List<DataGroup> groups = new ArrayList<>();
    for (ArgGroupSpec g : spec.argGroups()) {
      if (!g.subgroups().isEmpty() || g.heading() != null || !g.validate() || g.order() >= 0)
        throw unsupported(
            spec, "an argument group with subgroups, a heading, an order or no checks");
      String name = groupField(spec, g);
      for (ArgSpec a : g.args()) {
        owner.put(a, name);
        groupOf.put(a, groups.size());
      }
      groups.add(new DataGroup(name, g.exclusive(), g.multiplicity().toString()));
    }
    List<String[]> mixins = new ArrayList<>();
    for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
      String mixinOwner = m.getKey().equals(HELP_MIXIN) ? null : m.getKey();
      if (mixinOwner != null) {
        IAnnotatedElement element = spec.mixinAnnotatedElements().get(m.getKey());
        if (!(element.userObject() instanceof Field))
          throw unsupported(spec, "a mixin that is not a field");
        mixins.add(new String[] {m.getKey(), m.getValue().userObject().getClass().getName()});
      }
      for (ArgSpec a : m.getValue().args())
        owner.put(a, mixinOwner == null ? "\0help" : mixinOwner);
    }
    List<DataArg> args = new ArrayList<>();
    for (ArgSpec a : spec.args()) {
      if (a.inherited()) continue; // added again from the parent at run time
      String own = owner.getOrDefault(a, "");
      String fieldName = null;
      if (own.equals("\0help")) {
        own = null; // picocli's own help options: no field of ours
      } else {
        if (!(a.userObject() instanceof Field f))
          throw unsupported(spec, "an annotated method (" + a + ")");
        fieldName = f.getName();
      }
      if (a.converters().length > 0) throw unsupported(spec, "a converter (" + a + ")");
      if (!a.splitRegexSynopsisLabel().isEmpty())
        throw unsupported(spec, "splitSynopsisLabel (" + a + ")");
      List<String> candidates = null;
      if (a.completionCandidates() != null) {
        candidates = new ArrayList<>();
        for (String s : a.completionCandidates()) candidates.add(s);
      }
      String[] aux = new String[a.auxiliaryTypes().length];
      for (int i = 0; i < aux.length; i++) aux[i] = a.auxiliaryTypes()[i].getName();
      if (a instanceof OptionSpec o) {
        args.add(
            new DataArg(
                true,
                o.names(),
                null,
                fieldName,
                own,
                a.type().getName(),
                aux,
                a.arity().toString(),
                a.paramLabel(),
                a.description(),
                a.defaultValue(),
                a.required(),
                a.hidden(),
                o.negatable(),
                o.usageHelp(),
                o.versionHelp(),
                a.scopeType().name(),
                o.order(),
                candidates,
                a.splitRegex(),
                groupOf.getOrDefault(a, -1)));
      } else {
        PositionalParamSpec p = (PositionalParamSpec) a;
        args.add(
            new DataArg(
                false,
                new String[0],
                p.index().toString(),
                fieldName,
                own,
                a.type().getName(),
                aux,
                a.arity().toString(),
                a.paramLabel(),
                a.description(),
                a.defaultValue(),
                a.required(),
                a.hidden(),
                false,
                false,
                false,
                a.scopeType().name(),
                -1,
                candidates,
                a.splitRegex(),
                groupOf.getOrDefault(a, -1)));
      }
    }
    List<String> specFields = new ArrayList<>();
    for (IAnnotatedElement e : spec.specElements()) specFields.add(e.getName());
    List<String> parentFields = new ArrayList<>();
    for (IAnnotatedElement e : spec.parentCommandElements()) parentFields.add(e.getName());
    String version =
        spec.versionProvider() == null ? null : spec.versionProvider().getClass().getName();
    return new DataCommand(
        spec.name(),
        u.hidden(),
        u.description(),
        u.footerHeading(),
        u.footer(),
        u.exitCodeListHeading(),
        new LinkedHashMap<>(u.exitCodeList()),
        version,
        mixins,
        specFields,
        parentFields,
        groups,
        args);
  }

  /** The field of the command that an annotated argument group sets. */
  private static String groupField(CommandSpec spec, ArgGroupSpec g) {
    for (Class<?> c = spec.userObject().getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(CommandLine.ArgGroup.class)
            && f.getType() == g.typeInfo().getType()) return f.getName();
      }
    }
    throw unsupported(spec, "an argument group that is not a field");
  }

  private static IllegalStateException unsupported(CommandSpec spec, String what) {
    return new IllegalStateException(
        "command "
            + spec.name()
            + " uses "
            + what
            + ", which CompiledCommands does not carry: add it there, or leave it out");
  }

  // ---- the file ---------------------------------------------------------------------------------

  static byte[] write(Map<String, DataCommand> all) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(all.size());
      for (Map.Entry<String, DataCommand> e : all.entrySet()) {
        out.writeUTF(e.getKey());
        DataCommand c = e.getValue();
        out.writeUTF(c.name);
        out.writeBoolean(c.hidden);
        strings(out, c.description);
        text(out, c.footerHeading);
        strings(out, c.footer);
        text(out, c.exitCodeListHeading);
        out.writeInt(c.exitCodeList.size());
        for (Map.Entry<String, String> x : c.exitCodeList.entrySet()) {
          out.writeUTF(x.getKey());
          out.writeUTF(x.getValue());
        }
        text(out, c.versionProvider);
        out.writeInt(c.mixins.size());
        for (String[] m : c.mixins) strings(out, m);
        strings(out, c.specFields.toArray(String[]::new));
        strings(out, c.parentFields.toArray(String[]::new));
        out.writeInt(c.groups.size());
        for (DataGroup g : c.groups) {
          out.writeUTF(g.field);
          out.writeBoolean(g.exclusive);
          out.writeUTF(g.multiplicity);
        }
        out.writeInt(c.args.size());
        for (DataArg a : c.args) {
          out.writeBoolean(a.option);
          strings(out, a.names);
          text(out, a.index);
          text(out, a.field);
          text(out, a.owner);
          out.writeUTF(a.type);
          strings(out, a.auxiliaryTypes);
          out.writeUTF(a.arity);
          text(out, a.paramLabel);
          strings(out, a.description);
          text(out, a.defaultValue);
          out.writeBoolean(a.required);
          out.writeBoolean(a.hidden);
          out.writeBoolean(a.negatable);
          out.writeBoolean(a.usageHelp);
          out.writeBoolean(a.versionHelp);
          out.writeUTF(a.scope);
          out.writeInt(a.order);
          out.writeBoolean(a.completionCandidates != null);
          if (a.completionCandidates != null)
            strings(out, a.completionCandidates.toArray(String[]::new));
          out.writeUTF(a.splitRegex);
          out.writeInt(a.group);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, DataCommand> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a compiled commands file");
    int n = in.readInt();
    Map<String, DataCommand> all = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      String name = in.readUTF();
      boolean hidden = in.readBoolean();
      String[] description = strings(in);
      String footerHeading = text(in);
      String[] footer = strings(in);
      String exitHeading = text(in);
      int codes = in.readInt();
      Map<String, String> exitCodes = new LinkedHashMap<>();
      for (int k = 0; k < codes; k++) exitCodes.put(in.readUTF(), in.readUTF());
      String version = text(in);
      int mixinCount = in.readInt();
      List<String[]> mixins = new ArrayList<>();
      for (int k = 0; k < mixinCount; k++) mixins.add(strings(in));
      List<String> specFields = List.of(strings(in));
      List<String> parentFields = List.of(strings(in));
      int groupCount = in.readInt();
      List<DataGroup> groups = new ArrayList<>();
      for (int k = 0; k < groupCount; k++)
        groups.add(new DataGroup(in.readUTF(), in.readBoolean(), in.readUTF()));
      int argCount = in.readInt();
      List<DataArg> args = new ArrayList<>();
      for (int k = 0; k < argCount; k++) {
        boolean option = in.readBoolean();
        String[] names = strings(in);
        String index = text(in);
        String field = text(in);
        String owner = text(in);
        String type = in.readUTF();
        String[] aux = strings(in);
        String arity = in.readUTF();
        String label = text(in);
        String[] desc = strings(in);
        String def = text(in);
        boolean required = in.readBoolean();
        boolean argHidden = in.readBoolean();
        boolean negatable = in.readBoolean();
        boolean usageHelp = in.readBoolean();
        boolean versionHelp = in.readBoolean();
        String scope = in.readUTF();
        int order = in.readInt();
        List<String> candidates = in.readBoolean() ? List.of(strings(in)) : null;
        String splitRegex = in.readUTF();
        int group = in.readInt();
        args.add(
            new DataArg(
                option,
                names,
                index,
                field,
                owner,
                type,
                aux,
                arity,
                label,
                desc,
                def,
                required,
                argHidden,
                negatable,
                usageHelp,
                versionHelp,
                scope,
                order,
                candidates,
                splitRegex,
                group));
      }
      all.put(
          key,
          new DataCommand(
              name,
              hidden,
              description,
              footerHeading,
              footer,
              exitHeading,
              exitCodes,
              version,
              mixins,
              specFields,
              parentFields,
              groups,
              args));
    }
    return all;
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void strings(DataOutputStream out, String[] s) throws IOException {
    out.writeInt(s.length);
    for (String x : s) out.writeUTF(x);
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] s = new String[in.readInt()];
    for (int i = 0; i < s.length; i++) s[i] = in.readUTF();
    return s;
  }
}
