package backcare.commandmodel;

import static backcare.commandmodel.CommandModel.HAS_INITIAL;
import static backcare.commandmodel.CommandModel.IS_ARG_GROUP;
import static backcare.commandmodel.CommandModel.IS_ARG_SPEC;
import static backcare.commandmodel.CommandModel.IS_INTERACTIVE;
import static backcare.commandmodel.CommandModel.IS_MIXIN;
import static backcare.commandmodel.CommandModel.IS_MULTI;
import static backcare.commandmodel.CommandModel.IS_OPTION;
import static backcare.commandmodel.CommandModel.IS_PARAMETER;
import static backcare.commandmodel.CommandModel.IS_PARENT;
import static backcare.commandmodel.CommandModel.IS_SPEC;
import static backcare.commandmodel.CommandModel.IS_UNMATCHED;

import backcare.commandmodel.CommandModel.Arg;
import backcare.commandmodel.CommandModel.Element;
import backcare.commandmodel.CommandModel.Group;
import backcare.commandmodel.CommandModel.Mixin;
import backcare.commandmodel.CommandModel.Types;
import backcare.commandmodel.CommandModel.Usage;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Build time: a {@link CommandModel} of what picocli read from a command's annotations. A feature
 * the model does not carry (a converter, an annotated method, {@code @Unmatched}) is refused here,
 * naming it; one that slips through is found by {@link ModelDifferences}.
 */
final class CommandModelExtractor {
  private CommandModelExtractor() {}

  static CommandModel of(CommandSpec spec) {
    Map<ArgSpec, Object> ownerOf = new IdentityHashMap<>(); // the mixin or group an arg came from
    List<Object> mixins = new ArrayList<>();
    for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
      IAnnotatedElement e = spec.mixinAnnotatedElements().get(m.getKey());
      Mixin mixin =
          new Mixin(
              m.getKey(),
              e == null ? null : element(e),
              m.getValue().userObject().getClass().getName(),
              of(m.getValue()));
      mixins.add(mixin);
      for (ArgSpec a : m.getValue().args()) ownerOf.put(a, mixin);
    }
    for (ArgGroupSpec g : spec.argGroups()) owners(g, group(g), ownerOf);
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
    return new CommandModel(
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

  private static Group group(ArgGroupSpec g) {
    if (!g.specElements().isEmpty())
      throw new IllegalStateException(
          g.synopsis() + ": @Spec in an argument group, which the command model does not carry");
    List<Object> parts = new ArrayList<>();
    for (ArgSpec a : g.args()) parts.add(arg(a));
    for (ArgGroupSpec sub : g.subgroups()) parts.add(group(sub));
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
              + ": an argument group that is not a field, which the command model does not carry",
          e);
    }
    int flags =
        IS_ARG_GROUP | HAS_INITIAL | (FieldTypeInfo.isMultiValue(f.getType()) ? IS_MULTI : 0);
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
          e + " is not a field: the command model carries annotated fields only");
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
      throw new IllegalStateException(a + " is not a field: the command model carries fields only");
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
            | (FieldTypeInfo.isMultiValue(f.getType()) ? IS_MULTI : 0);
    return new Element(
        f.getDeclaringClass().getName(), f.getName(), flags, null, null, types(a.typeInfo()));
  }

  private static IllegalStateException unsupported(CommandSpec spec, String what) {
    return new IllegalStateException(
        "command "
            + spec.name()
            + " uses "
            + what
            + ", which the command model does not carry: add it (backcare.commandmodel), or leave"
            + " it out");
  }
}
