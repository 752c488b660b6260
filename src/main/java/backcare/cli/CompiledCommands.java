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
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * The commands' picocli models, read from their annotations at build time and written to {@code
 * backcare/commands.bin}, so that a start builds them without reading one annotation: the JVM makes
 * a proxy class for each annotation type it reads, which no JDK 17 class-data archive holds, and
 * that cost ~14 ms of every start (docs/performance.md, "Start-up").
 *
 * <p>The annotations stay the one place a command is declared; this only caches what picocli reads
 * from them, and cannot disagree with them: the Maven build runs {@link #main} in process-classes,
 * which rebuilds every command from what it wrote and fails the build on any difference from the
 * annotations' model, on every attribute picocli exposes ({@link ModelDifferences}). A feature this
 * cache does not carry (a converter, an annotated method, a new attribute) therefore fails the
 * build, naming it, rather than changing what a command does. Without the file (an IDE build) the
 * annotations are read.
 */
public final class CompiledCommands {
  static final String RESOURCE = "/backcare/commands.bin";
  private static final int MAGIC = 0x42434332; // "BCC2"
  private static final String HELP_MIXIN = "mixinStandardHelpOptions";

  /** Each command's encoded model, by name; decoded when asked for (a start needs two). */
  private final Map<String, byte[]> encoded;

  private CompiledCommands(Map<String, byte[]> encoded) {
    this.encoded = encoded;
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
      return new CompiledCommands(read(in.readAllBytes()));
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code CompiledCommands OUT_FILE}: the models of the root command and every subcommand, checked
   * against the annotations before they are written.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: CompiledCommands OUT_FILE");
    Context none =
        Context.scripted(
            Map.of(), backcare.session.SystemClock.INSTANCE, InputStream.nullInputStream());
    Map<String, Command> all = new LinkedHashMap<>();
    all.put("", describe(CommandSpec.forAnnotatedObject(new BackcareCommand(none))));
    for (Map.Entry<String, Supplier<Object>> e : BackcareCommand.SUBCOMMANDS.entrySet()) {
      all.put(e.getKey(), describe(CommandSpec.forAnnotatedObject(e.getValue().get())));
    }
    byte[] data = write(all);
    CompiledCommands cache = new CompiledCommands(read(data));
    List<String> differences =
        ModelDifferences.between(
            BackcareCommand.build(none, null, null, null).getCommandSpec(),
            BackcareCommand.build(none, null, null, cache).getCommandSpec());
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "the commands' model cache (backcare.cli.CompiledCommands) differs from the annotations;"
              + " make it carry what differs, or leave the feature out:\n  "
              + String.join("\n  ", differences));
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.write(out, data);
  }

  /** Reads and checks a command's annotations (tests: commands made for them). */
  static CompiledCommands of(Map<String, Object> commands) throws IOException {
    Map<String, Command> all = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : commands.entrySet())
      all.put(e.getKey(), describe(CommandSpec.forAnnotatedObject(e.getValue())));
    return new CompiledCommands(read(write(all)));
  }

  // ---- what is carried ------------------------------------------------------------------------

  /** A command (or a mixin) as picocli read it: its usage help, and its parts in their order. */
  private record Command(
      String name,
      String[] aliases,
      Usage usage,
      String versionProvider,
      List<Object> parts, // Arg, Mixin or Group
      List<Element> specElements,
      List<Element> parentElements) {}

  private record Usage(
      boolean hidden,
      String[] description,
      String[] header,
      String[] footer,
      String footerHeading,
      String exitCodeListHeading,
      Map<String, String> exitCodeList,
      String[] customSynopsis,
      boolean sortOptions,
      boolean abbreviateSynopsis,
      boolean showDefaultValues,
      boolean showEndOfOptionsDelimiterInUsageHelp) {}

  private record Mixin(String name, Element element, String type, Command command) {}

  private record Group(
      Element element,
      boolean exclusive,
      String multiplicity,
      boolean validate,
      int order,
      String heading,
      String headingKey,
      List<Object> parts) {} // Arg or Group

  /** An annotated field (what picocli calls an IAnnotatedElement). */
  private record Element(
      String owner, String field, int flags, String text, String mixinName, Types types) {}

  private static final int IS_OPTION = 1;
  private static final int IS_PARAMETER = 2;
  private static final int IS_ARG_GROUP = 4;
  private static final int IS_MIXIN = 8;
  private static final int IS_SPEC = 16;
  private static final int IS_PARENT = 32;
  private static final int IS_INTERACTIVE = 64;
  private static final int IS_ARG_SPEC = 128;
  private static final int HAS_INITIAL = 256;
  private static final int IS_MULTI = 512;
  private static final int IS_UNMATCHED = 1024;

  /** A type as picocli's ITypeInfo gives it. */
  private record Types(String type, String[] auxiliary, String[] generics) {}

  private record Arg(
      boolean option,
      Element element,
      String[] names,
      String index, // null: unspecified
      String arity, // null: unspecified
      String paramLabel,
      String[] description,
      String descriptionKey,
      String defaultValue,
      String fallbackValue,
      String mapFallbackValue,
      boolean required,
      boolean hidden,
      boolean negatable,
      boolean usageHelp,
      boolean versionHelp,
      boolean help,
      boolean interactive,
      boolean echo,
      String prompt,
      boolean hideParamSyntax,
      String showDefaultValue,
      String splitRegex,
      String splitRegexSynopsisLabel,
      String scope,
      int order,
      List<String> completionCandidates) {}

  // ---- at build time: what picocli read from the annotations -----------------------------------

  private static Command describe(CommandSpec spec) {
    Map<ArgSpec, Object> ownerOf = new IdentityHashMap<>(); // the mixin or group an arg came from
    List<Object> mixins = new ArrayList<>();
    for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
      IAnnotatedElement e = spec.mixinAnnotatedElements().get(m.getKey());
      Mixin mixin =
          new Mixin(
              m.getKey(),
              e == null ? null : element(e),
              m.getValue().userObject().getClass().getName(),
              describe(m.getValue()));
      mixins.add(mixin);
      for (ArgSpec a : m.getValue().args()) ownerOf.put(a, mixin);
    }
    for (ArgGroupSpec g : spec.argGroups()) owners(g, describe(g), ownerOf);
    List<Object> parts = new ArrayList<>();
    for (ArgSpec a : spec.args()) {
      if (a.inherited()) continue; // added again from the parent at run time
      Object owner = ownerOf.get(a);
      if (owner == null) parts.add(arg(a));
      else if (!parts.contains(owner)) parts.add(owner);
    }
    for (Object m : mixins) if (!parts.contains(m)) parts.add(m); // a mixin with no options
    if (!spec.unmatchedArgsBindings().isEmpty()) throw unsupported(spec, "@Unmatched");
    if (!spec.subcommands().isEmpty()) throw unsupported(spec, "subcommands of its own");
    UsageMessageSpec u = spec.usageMessage();
    Usage usage =
        new Usage(
            u.hidden(),
            u.description(),
            u.header(),
            u.footer(),
            u.footerHeading(),
            u.exitCodeListHeading(),
            new LinkedHashMap<>(u.exitCodeList()),
            u.customSynopsis(),
            u.sortOptions(),
            u.abbreviateSynopsis(),
            u.showDefaultValues(),
            u.showEndOfOptionsDelimiterInUsageHelp());
    return new Command(
        spec.name(),
        spec.aliases(),
        usage,
        spec.versionProvider() == null ? null : spec.versionProvider().getClass().getName(),
        parts,
        elements(spec.specElements()),
        elements(spec.parentCommandElements()));
  }

  /** Every argument of a group and its subgroups belongs to the top group. */
  private static void owners(ArgGroupSpec g, Group top, Map<ArgSpec, Object> ownerOf) {
    for (ArgSpec a : g.args()) ownerOf.put(a, top);
    for (ArgGroupSpec sub : g.subgroups()) owners(sub, top, ownerOf);
  }

  private static Group describe(ArgGroupSpec g) {
    if (!g.specElements().isEmpty())
      throw new IllegalStateException(
          g.synopsis() + ": @Spec in an argument group, which CompiledCommands does not carry");
    List<Object> parts = new ArrayList<>();
    for (ArgSpec a : g.args()) parts.add(arg(a));
    for (ArgGroupSpec sub : g.subgroups()) parts.add(describe(sub));
    return new Group(
        g.getter() == null ? null : groupElement(g),
        g.exclusive(),
        g.multiplicity().originalValue(),
        g.validate(),
        g.order(),
        g.heading(),
        g.headingKey(),
        parts);
  }

  /** The field an annotated group is declared by: picocli keeps it only in the group's binding. */
  private static Element groupElement(ArgGroupSpec g) {
    Field f;
    try {
      Field inBinding = g.getter().getClass().getDeclaredField("field");
      inBinding.setAccessible(true);
      f = (Field) inBinding.get(g.getter());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          g.synopsis()
              + ": an argument group that is not a field, which CompiledCommands"
              + " does not carry",
          e);
    }
    int flags = IS_ARG_GROUP | HAS_INITIAL | (isMultiValue(f.getType()) ? IS_MULTI : 0);
    return new Element(
        f.getDeclaringClass().getName(), f.getName(), flags, null, null, types(g.typeInfo()));
  }

  private static List<Element> elements(List<IAnnotatedElement> elements) {
    List<Element> list = new ArrayList<>();
    for (IAnnotatedElement e : elements) list.add(element(e));
    return list;
  }

  private static Element element(IAnnotatedElement e) {
    if (!(e.userObject() instanceof Field f))
      throw new IllegalStateException(
          e + " is not a field: CompiledCommands carries annotated fields only");
    int flags =
        (e.isOption() ? IS_OPTION : 0)
            | (e.isParameter() ? IS_PARAMETER : 0)
            | (e.isArgGroup() ? IS_ARG_GROUP : 0)
            | (e.isMixin() ? IS_MIXIN : 0)
            | (e.isSpec() ? IS_SPEC : 0)
            | (e.isParentCommand() ? IS_PARENT : 0)
            | (e.isInteractive() ? IS_INTERACTIVE : 0)
            | (e.isArgSpec() ? IS_ARG_SPEC : 0)
            | (e.hasInitialValue() ? HAS_INITIAL : 0)
            | (e.isMultiValue() ? IS_MULTI : 0)
            | (e.isUnmatched() ? IS_UNMATCHED : 0);
    return new Element(
        f.getDeclaringClass().getName(),
        f.getName(),
        flags,
        e.getToString(),
        e.isMixin() ? e.getMixinName() : null,
        types(e.getTypeInfo()));
  }

  private static Types types(ITypeInfo t) {
    Class<?>[] aux = t.getAuxiliaryTypes();
    String[] names = new String[aux.length];
    for (int i = 0; i < aux.length; i++) names[i] = aux[i].getName();
    return new Types(
        t.getType().getName(), names, t.getActualGenericTypeArguments().toArray(String[]::new));
  }

  private static Arg arg(ArgSpec a) {
    if (a.converters().length > 0) throw new IllegalStateException(a + " has a converter");
    if (!(a.userObject() instanceof Field))
      throw new IllegalStateException(a + " is not a field: CompiledCommands carries fields only");
    Element element = element(a);
    List<String> candidates = null;
    if (a.completionCandidates() != null && !a.typeInfo().isEnum()) { // an enum's are its own
      candidates = new ArrayList<>();
      for (String s : a.completionCandidates()) candidates.add(s);
    }
    OptionSpec o = a instanceof OptionSpec x ? x : null;
    PositionalParamSpec p = a instanceof PositionalParamSpec x ? x : null;
    return new Arg(
        o != null,
        element,
        o != null ? o.names() : new String[0],
        p == null || p.index().isUnspecified() ? null : p.index().originalValue(),
        a.arity().isUnspecified() ? null : a.arity().originalValue(),
        a.paramLabel(),
        a.description(),
        a.descriptionKey(),
        a.defaultValue(),
        o != null ? o.fallbackValue() : null,
        a.mapFallbackValue(),
        // before an exclusive group made it required (picocli notes that as originallyRequired)
        a.required() && !(a.group() != null && a.group().exclusive() && a.originallyRequired()),
        a.hidden(),
        o != null && o.negatable(),
        o != null && o.usageHelp(),
        o != null && o.versionHelp(),
        o != null && o.help(),
        a.interactive(),
        a.echo(),
        a.prompt(),
        a.hideParamSyntax(),
        a.showDefaultValue().name(),
        a.splitRegex(),
        a.splitRegexSynopsisLabel(),
        a.scopeType().name(),
        o != null ? o.order() : -1,
        candidates);
  }

  /** An argument's field, as the element picocli would make of it. */
  private static Element element(ArgSpec a) {
    Field f = (Field) a.userObject();
    int flags =
        (a.isOption() ? IS_OPTION : IS_PARAMETER)
            | IS_ARG_SPEC
            | (a.interactive() ? IS_INTERACTIVE : 0)
            | HAS_INITIAL
            | (isMultiValue(f.getType()) ? IS_MULTI : 0);
    return new Element(
        f.getDeclaringClass().getName(), f.getName(), flags, null, null, types(a.typeInfo()));
  }

  private static IllegalStateException unsupported(CommandSpec spec, String what) {
    return new IllegalStateException(
        "command "
            + spec.name()
            + " uses "
            + what
            + ", which CompiledCommands does not carry: add it there, or leave it out");
  }

  /** What picocli counts as a multi-value type. */
  private static boolean isMultiValue(Class<?> c) {
    return (c.isArray() && c != char[].class)
        || java.util.Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c);
  }

  // ---- at run time: a CommandLine from the cached model -----------------------------------------

  /**
   * The command line for this user object (the root when {@code name} is ""), bound to its fields.
   */
  CommandLine commandLine(String name, Object userObject, Object parent) {
    byte[] bytes = encoded.get(name);
    if (bytes == null)
      throw new IllegalStateException("no compiled model of command \"" + name + "\"");
    Command c;
    try {
      c = command(new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new IllegalStateException("damaged compiled model of command \"" + name + "\"", e);
    }
    return new CommandLine(spec(c, userObject));
  }

  private static CommandSpec spec(Command c, Object userObject) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
    spec.name(c.name);
    if (c.aliases.length > 0) spec.aliases(c.aliases);
    usage(spec.usageMessage(), c.usage);
    if (c.versionProvider != null) spec.versionProvider(newInstance(c.versionProvider));
    Scope scope = new Scope(userObject);
    for (Object part : c.parts) {
      if (part instanceof Arg a) spec.add(arg(a, scope));
      else if (part instanceof Group g) spec.addArgGroup(group(g, scope));
      else {
        Mixin m = (Mixin) part;
        Object mixin = newInstance(m.type);
        CommandSpec mixinSpec = spec(m.command, mixin);
        if (m.element == null) {
          spec.addMixin(m.name, mixinSpec);
        } else {
          AnnotatedField e = new AnnotatedField(m.element, scope);
          e.set(mixin);
          spec.addMixin(m.name, mixinSpec, e);
        }
      }
    }
    for (Element e : c.specElements) {
      AnnotatedField f = new AnnotatedField(e, scope);
      spec.addSpecElement(f);
      f.set(spec);
    }
    for (Element e : c.parentElements) spec.addParentCommandElement(new AnnotatedField(e, scope));
    return spec;
  }

  private static void usage(UsageMessageSpec u, Usage c) {
    u.hidden(c.hidden);
    u.description(c.description);
    u.header(c.header);
    u.footer(c.footer);
    if (c.footerHeading != null) u.footerHeading(c.footerHeading);
    if (c.exitCodeListHeading != null) u.exitCodeListHeading(c.exitCodeListHeading);
    if (!c.exitCodeList.isEmpty()) u.exitCodeList(c.exitCodeList);
    u.customSynopsis(c.customSynopsis);
    u.sortOptions(c.sortOptions);
    u.abbreviateSynopsis(c.abbreviateSynopsis);
    u.showDefaultValues(c.showDefaultValues);
    u.showEndOfOptionsDelimiterInUsageHelp(c.showEndOfOptionsDelimiterInUsageHelp);
  }

  private static ArgGroupSpec group(Group g, Scope outer) {
    Scope inner = new Scope(null);
    AnnotatedField e = g.element == null ? null : new AnnotatedField(g.element, outer);
    if (e != null) inner.set(e.get());
    ArgGroupSpec.Builder b = e == null ? ArgGroupSpec.builder() : ArgGroupSpec.builder(e);
    b.exclusive(g.exclusive)
        .multiplicity(g.multiplicity)
        .validate(g.validate)
        .order(g.order)
        .heading(g.heading)
        .headingKey(g.headingKey);
    for (Object part : g.parts) {
      if (part instanceof Arg a) b.addArg(arg(a, e == null ? outer : inner));
      else b.addSubgroup(group((Group) part, inner));
    }
    return b.build();
  }

  /**
   * An option or positional parameter bound to its field. (picocli's common builder is not public,
   * so the two builders are given the same attributes each.)
   */
  private static ArgSpec arg(Arg a, Scope scope) {
    AnnotatedField f = new AnnotatedField(a.element, scope);
    // a group's object is made when one of its options is used; picocli then reads the field's
    // initial value from it and sets it: the same value as in a new object now
    Object initial = f.get(scope.get() != null ? scope.get() : newInstance(a.element.owner));
    if (a.option) {
      OptionSpec.Builder o =
          OptionSpec.builder(a.names)
              .negatable(a.negatable)
              .usageHelp(a.usageHelp)
              .versionHelp(a.versionHelp)
              .help(a.help)
              .order(a.order)
              .fallbackValue(a.fallbackValue)
              .typeInfo(f.getTypeInfo())
              .userObject(f.field)
              .scope(scope)
              .getter(f)
              .setter(f)
              .hasInitialValue(true)
              .initialValue(initial)
              .description(a.description)
              .descriptionKey(a.descriptionKey)
              .paramLabel(a.paramLabel)
              .defaultValue(a.defaultValue)
              .required(a.required)
              .hidden(a.hidden)
              .interactive(a.interactive)
              .echo(a.echo)
              .prompt(a.prompt)
              .hideParamSyntax(a.hideParamSyntax)
              .showDefaultValue(CommandLine.Help.Visibility.valueOf(a.showDefaultValue))
              .splitRegex(a.splitRegex)
              .splitRegexSynopsisLabel(a.splitRegexSynopsisLabel)
              .scopeType(ScopeType.valueOf(a.scope))
              .completionCandidates(a.completionCandidates);
      o.mapFallbackValue(a.mapFallbackValue); // picocli's returns the raw builder type
      if (a.arity != null) o.arity(a.arity);
      return o.build();
    }
    PositionalParamSpec.Builder p =
        PositionalParamSpec.builder()
            .index(a.index == null ? null : Range.valueOf(a.index))
            .typeInfo(f.getTypeInfo())
            .userObject(f.field)
            .scope(scope)
            .getter(f)
            .setter(f)
            .hasInitialValue(true)
            .initialValue(initial)
            .description(a.description)
            .descriptionKey(a.descriptionKey)
            .paramLabel(a.paramLabel)
            .defaultValue(a.defaultValue)
            .required(a.required)
            .hidden(a.hidden)
            .interactive(a.interactive)
            .echo(a.echo)
            .prompt(a.prompt)
            .hideParamSyntax(a.hideParamSyntax)
            .showDefaultValue(CommandLine.Help.Visibility.valueOf(a.showDefaultValue))
            .splitRegex(a.splitRegex)
            .splitRegexSynopsisLabel(a.splitRegexSynopsisLabel)
            .scopeType(ScopeType.valueOf(a.scope))
            .completionCandidates(a.completionCandidates);
    p.mapFallbackValue(a.mapFallbackValue);
    if (a.arity != null) p.arity(a.arity);
    return p.build();
  }

  /** Where a field lives: the command, a mixin, or an argument group's object once it is made. */
  private static final class Scope implements IScope {
    private Object target;

    Scope(Object target) {
      this.target = target;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T get() {
      return (T) target;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T set(T value) {
      T old = (T) target;
      target = value;
      return old;
    }
  }

  /** A field as picocli's IAnnotatedElement, bound to wherever its scope points. */
  private static final class AnnotatedField
      implements IAnnotatedElement,
          CommandLine.Model.IGetter,
          CommandLine.Model.ISetter,
          CommandLine.Model.IScoped {
    private final Element element;
    private final Field field;
    private final Scope scope;
    private final TypeInfo types;

    AnnotatedField(Element element, Scope scope) {
      this.element = element;
      this.field = field(type(element.owner), element.field);
      this.scope = scope;
      this.types = new TypeInfo(element.types);
    }

    @Override
    public IScope getScope() {
      return scope;
    }

    @Override
    public <T> T get() {
      return get(scope.get());
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object target) {
      try {
        return (T) field.get(target);
      } catch (IllegalAccessException | RuntimeException e) {
        throw new CommandLine.PicocliException("Could not get value for field " + field, e);
      }
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T set(T value) {
      try {
        Object target = scope.get();
        T old = (T) field.get(target);
        field.set(target, value);
        return old;
      } catch (IllegalAccessException | RuntimeException e) {
        throw new CommandLine.PicocliException(
            "Could not set value for field " + field + " to " + value, e);
      }
    }

    private boolean is(int flag) {
      return (element.flags & flag) != 0;
    }

    @Override
    public Object userObject() {
      return field;
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> type) {
      return field.isAnnotationPresent(type); // not on a start's path: picocli asks only at build
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> type) {
      return field.getAnnotation(type);
    }

    @Override
    public String getName() {
      return field.getName();
    }

    @Override
    public String getMixinName() {
      if (element.mixinName == null) throw new NullPointerException("not a mixin");
      return element.mixinName;
    }

    @Override
    public boolean isArgSpec() {
      return is(IS_ARG_SPEC);
    }

    @Override
    public boolean isOption() {
      return is(IS_OPTION);
    }

    @Override
    public boolean isParameter() {
      return is(IS_PARAMETER);
    }

    @Override
    public boolean isArgGroup() {
      return is(IS_ARG_GROUP);
    }

    @Override
    public boolean isMixin() {
      return is(IS_MIXIN);
    }

    @Override
    public boolean isUnmatched() {
      return is(IS_UNMATCHED);
    }

    @Override
    public boolean isSpec() {
      return is(IS_SPEC);
    }

    @Override
    public boolean isParentCommand() {
      return is(IS_PARENT);
    }

    @Override
    public boolean isMultiValue() {
      return is(IS_MULTI);
    }

    @Override
    public boolean isInteractive() {
      return is(IS_INTERACTIVE);
    }

    @Override
    public boolean hasInitialValue() {
      return is(HAS_INITIAL);
    }

    @Override
    public boolean isMethodParameter() {
      return false;
    }

    @Override
    public int getMethodParamPosition() {
      return -1;
    }

    @Override
    public IScope scope() {
      return scope;
    }

    @Override
    public CommandLine.Model.IGetter getter() {
      return this;
    }

    @Override
    public CommandLine.Model.ISetter setter() {
      return this;
    }

    @Override
    public ITypeInfo getTypeInfo() {
      return types;
    }

    @Override
    public String getToString() {
      return element.text;
    }

    @Override
    public String toString() {
      return field.toString();
    }
  }

  /** A type as picocli reads it (its RuntimeTypeInfo, which is not public). */
  private static final class TypeInfo implements ITypeInfo {
    private final Class<?> type;
    private final Class<?>[] auxiliary;
    private final List<String> generics;

    TypeInfo(Types t) {
      this.type = type(t.type);
      this.auxiliary = new Class<?>[t.auxiliary.length];
      for (int i = 0; i < auxiliary.length; i++) auxiliary[i] = type(t.auxiliary[i]);
      this.generics = List.of(t.generics);
    }

    private TypeInfo(Class<?> aux) {
      this.type = aux;
      this.auxiliary = new Class<?>[] {aux.isArray() ? aux.getComponentType() : aux};
      this.generics = List.of();
    }

    @Override
    public boolean isBoolean() {
      return auxiliary[0] == boolean.class || auxiliary[0] == Boolean.class;
    }

    @Override
    public boolean isMultiValue() {
      return CompiledCommands.isMultiValue(type);
    }

    @Override
    public boolean isArray() {
      return type.isArray() && type != char[].class;
    }

    @Override
    public boolean isCollection() {
      return java.util.Collection.class.isAssignableFrom(type);
    }

    @Override
    public boolean isMap() {
      return Map.class.isAssignableFrom(type);
    }

    @Override
    public boolean isOptional() {
      return "java.util.Optional".equals(type.getName());
    }

    @Override
    public boolean isEnum() {
      return auxiliary[0].isEnum();
    }

    @Override
    public String getClassName() {
      return type.getName();
    }

    @Override
    public String getClassSimpleName() {
      return type.getSimpleName();
    }

    @Override
    public Class<?> getType() {
      return type;
    }

    @Override
    public Class<?>[] getAuxiliaryTypes() {
      return auxiliary;
    }

    @Override
    public List<String> getActualGenericTypeArguments() {
      return generics;
    }

    @Override
    public List<ITypeInfo> getAuxiliaryTypeInfos() {
      List<ITypeInfo> infos = new ArrayList<>();
      for (Class<?> c : auxiliary) infos.add(new TypeInfo(c));
      return infos;
    }

    @Override
    public List<String> getEnumConstantNames() {
      if (!isEnum()) return List.of();
      List<String> names = new ArrayList<>();
      for (Object c : auxiliary[0].getEnumConstants()) names.add(c.toString());
      return names;
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("no field " + name + " in " + type.getName());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T newInstance(String className) {
    try {
      var c = type(className).getDeclaredConstructor();
      c.setAccessible(true);
      return (T) c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + className, e);
    }
  }

  private static final Map<String, Class<?>> PRIMITIVES =
      Map.of(
          "boolean", boolean.class,
          "int", int.class,
          "long", long.class,
          "double", double.class,
          "char", char.class,
          "byte", byte.class,
          "short", short.class,
          "float", float.class);

  private static Class<?> type(String name) {
    Class<?> primitive = PRIMITIVES.get(name);
    if (primitive != null) return primitive;
    try {
      return Class.forName(name, false, CompiledCommands.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the file ---------------------------------------------------------------------------------

  private static final byte ARG = 'A';
  private static final byte GROUP = 'G';
  private static final byte MIXIN = 'M';

  /** The file: an index (each command's name and length), then each command's model. */
  static byte[] write(Map<String, Command> all) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(all.size());
      List<byte[]> models = new ArrayList<>();
      for (Map.Entry<String, Command> e : all.entrySet()) {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (DataOutputStream model = new DataOutputStream(one)) {
          command(model, e.getValue());
        }
        models.add(one.toByteArray());
        out.writeUTF(e.getKey());
        out.writeInt(one.size());
      }
      for (byte[] m : models) out.write(m);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> read(byte[] data) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data));
    if (in.readInt() != MAGIC) throw new IOException("not a compiled commands file");
    int n = in.readInt();
    String[] names = new String[n];
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      names[i] = in.readUTF();
      lengths[i] = in.readInt();
    }
    Map<String, byte[]> all = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byte[] model = in.readNBytes(lengths[i]);
      if (model.length != lengths[i]) throw new IOException("a cut-off compiled commands file");
      all.put(names[i], model);
    }
    if (in.read() != -1) throw new IOException("bytes after the last command");
    return all;
  }

  private static void command(DataOutputStream out, Command c) throws IOException {
    out.writeUTF(c.name);
    strings(out, c.aliases);
    Usage u = c.usage;
    out.writeBoolean(u.hidden);
    strings(out, u.description);
    strings(out, u.header);
    strings(out, u.footer);
    text(out, u.footerHeading);
    text(out, u.exitCodeListHeading);
    out.writeInt(u.exitCodeList.size());
    for (Map.Entry<String, String> x : u.exitCodeList.entrySet()) {
      out.writeUTF(x.getKey());
      out.writeUTF(x.getValue());
    }
    strings(out, u.customSynopsis);
    out.writeBoolean(u.sortOptions);
    out.writeBoolean(u.abbreviateSynopsis);
    out.writeBoolean(u.showDefaultValues);
    out.writeBoolean(u.showEndOfOptionsDelimiterInUsageHelp);
    text(out, c.versionProvider);
    parts(out, c.parts);
    out.writeInt(c.specElements.size());
    for (Element e : c.specElements) element(out, e);
    out.writeInt(c.parentElements.size());
    for (Element e : c.parentElements) element(out, e);
  }

  private static Command command(DataInputStream in) throws IOException {
    String name = in.readUTF();
    String[] aliases = strings(in);
    boolean hidden = in.readBoolean();
    String[] description = strings(in);
    String[] header = strings(in);
    String[] footer = strings(in);
    String footerHeading = text(in);
    String exitHeading = text(in);
    int codes = in.readInt();
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (int k = 0; k < codes; k++) exitCodes.put(in.readUTF(), in.readUTF());
    Usage usage =
        new Usage(
            hidden,
            description,
            header,
            footer,
            footerHeading,
            exitHeading,
            exitCodes,
            strings(in),
            in.readBoolean(),
            in.readBoolean(),
            in.readBoolean(),
            in.readBoolean());
    String version = text(in);
    List<Object> parts = parts(in);
    List<Element> specElements = new ArrayList<>();
    for (int k = in.readInt(); k > 0; k--) specElements.add(element(in));
    List<Element> parentElements = new ArrayList<>();
    for (int k = in.readInt(); k > 0; k--) parentElements.add(element(in));
    return new Command(name, aliases, usage, version, parts, specElements, parentElements);
  }

  private static void parts(DataOutputStream out, List<Object> parts) throws IOException {
    out.writeInt(parts.size());
    for (Object part : parts) {
      if (part instanceof Arg a) {
        out.writeByte(ARG);
        arg(out, a);
      } else if (part instanceof Group g) {
        out.writeByte(GROUP);
        out.writeBoolean(g.element != null);
        if (g.element != null) element(out, g.element);
        out.writeBoolean(g.exclusive);
        out.writeUTF(g.multiplicity);
        out.writeBoolean(g.validate);
        out.writeInt(g.order);
        text(out, g.heading);
        text(out, g.headingKey);
        parts(out, g.parts);
      } else {
        Mixin m = (Mixin) part;
        out.writeByte(MIXIN);
        out.writeUTF(m.name);
        out.writeBoolean(m.element != null);
        if (m.element != null) element(out, m.element);
        out.writeUTF(m.type);
        command(out, m.command);
      }
    }
  }

  private static List<Object> parts(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Object> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte kind = in.readByte();
      switch (kind) {
        case ARG -> parts.add(arg(in));
        case GROUP -> {
          Element e = in.readBoolean() ? element(in) : null;
          parts.add(
              new Group(
                  e,
                  in.readBoolean(),
                  in.readUTF(),
                  in.readBoolean(),
                  in.readInt(),
                  text(in),
                  text(in),
                  parts(in)));
        }
        case MIXIN -> {
          String name = in.readUTF();
          Element e = in.readBoolean() ? element(in) : null;
          parts.add(new Mixin(name, e, in.readUTF(), command(in)));
        }
        default -> throw new IOException("damaged compiled commands (part " + kind + ")");
      }
    }
    return parts;
  }

  private static void element(DataOutputStream out, Element e) throws IOException {
    out.writeUTF(e.owner);
    out.writeUTF(e.field);
    out.writeInt(e.flags);
    text(out, e.text);
    text(out, e.mixinName);
    out.writeUTF(e.types.type);
    strings(out, e.types.auxiliary);
    strings(out, e.types.generics);
  }

  private static Element element(DataInputStream in) throws IOException {
    return new Element(
        in.readUTF(),
        in.readUTF(),
        in.readInt(),
        text(in),
        text(in),
        new Types(in.readUTF(), strings(in), strings(in)));
  }

  private static void arg(DataOutputStream out, Arg a) throws IOException {
    out.writeBoolean(a.option);
    element(out, a.element);
    strings(out, a.names);
    text(out, a.index);
    text(out, a.arity);
    text(out, a.paramLabel);
    strings(out, a.description);
    text(out, a.descriptionKey);
    text(out, a.defaultValue);
    text(out, a.fallbackValue);
    text(out, a.mapFallbackValue);
    int flags =
        (a.required ? 1 : 0)
            | (a.hidden ? 2 : 0)
            | (a.negatable ? 4 : 0)
            | (a.usageHelp ? 8 : 0)
            | (a.versionHelp ? 16 : 0)
            | (a.help ? 32 : 0)
            | (a.interactive ? 64 : 0)
            | (a.echo ? 128 : 0)
            | (a.hideParamSyntax ? 256 : 0);
    out.writeInt(flags);
    text(out, a.prompt);
    out.writeUTF(a.showDefaultValue);
    text(out, a.splitRegex);
    text(out, a.splitRegexSynopsisLabel);
    out.writeUTF(a.scope);
    out.writeInt(a.order);
    out.writeBoolean(a.completionCandidates != null);
    if (a.completionCandidates != null) strings(out, a.completionCandidates.toArray(String[]::new));
  }

  private static Arg arg(DataInputStream in) throws IOException {
    boolean option = in.readBoolean();
    Element element = element(in);
    String[] names = strings(in);
    String index = text(in);
    String arity = text(in);
    String label = text(in);
    String[] description = strings(in);
    String descriptionKey = text(in);
    String defaultValue = text(in);
    String fallbackValue = text(in);
    String mapFallbackValue = text(in);
    int f = in.readInt();
    String prompt = text(in);
    String showDefault = in.readUTF();
    String splitRegex = text(in);
    String splitLabel = text(in);
    String scope = in.readUTF();
    int order = in.readInt();
    List<String> candidates = in.readBoolean() ? List.of(strings(in)) : null;
    return new Arg(
        option,
        element,
        names,
        index,
        arity,
        label,
        description,
        descriptionKey,
        defaultValue,
        fallbackValue,
        mapFallbackValue,
        (f & 1) != 0,
        (f & 2) != 0,
        (f & 4) != 0,
        (f & 8) != 0,
        (f & 16) != 0,
        (f & 32) != 0,
        (f & 64) != 0,
        (f & 128) != 0,
        prompt,
        (f & 256) != 0,
        showDefault,
        splitRegex,
        splitLabel,
        scope,
        order,
        candidates);
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
