package backcare.commandmodel;

import backcare.commandmodel.CommandModel.Arg;
import backcare.commandmodel.CommandModel.Element;
import backcare.commandmodel.CommandModel.Group;
import backcare.commandmodel.CommandModel.Mixin;
import backcare.commandmodel.CommandModel.Usage;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * At a start: picocli's model of a command, built from its {@link CommandModel} with picocli's
 * programmatic API and bound to the user object's fields, reading no annotation.
 */
final class CommandSpecBuilder {
  private CommandSpecBuilder() {}

  static CommandSpec spec(CommandModel c, Object userObject) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
    spec.name(c.name());
    if (c.aliases().length > 0) spec.aliases(c.aliases());
    usage(spec.usageMessage(), c.usage());
    if (c.versionProvider() != null) spec.versionProvider(newInstance(c.versionProvider()));
    FieldScope scope = new FieldScope(userObject);
    for (Object part : c.parts()) {
      if (part instanceof Arg a) spec.add(arg(a, scope));
      else if (part instanceof Group g) spec.addArgGroup(group(g, scope));
      else {
        Mixin m = (Mixin) part;
        Object mixin = newInstance(m.type());
        CommandSpec mixinSpec = spec(m.command(), mixin);
        if (m.element() == null) {
          spec.addMixin(m.name(), mixinSpec);
        } else {
          BoundField e = new BoundField(m.element(), scope);
          e.set(mixin);
          spec.addMixin(m.name(), mixinSpec, e);
        }
      }
    }
    for (Element e : c.specElements()) {
      BoundField f = new BoundField(e, scope);
      spec.addSpecElement(f);
      f.set(spec);
    }
    for (Element e : c.parentElements()) spec.addParentCommandElement(new BoundField(e, scope));
    return spec;
  }

  private static void usage(UsageMessageSpec u, Usage c) {
    u.hidden(c.hidden());
    u.description(c.description());
    u.header(c.header());
    u.footer(c.footer());
    if (c.footerHeading() != null) u.footerHeading(c.footerHeading());
    if (c.exitCodeListHeading() != null) u.exitCodeListHeading(c.exitCodeListHeading());
    if (!c.exitCodeList().isEmpty()) u.exitCodeList(c.exitCodeList());
    u.customSynopsis(c.customSynopsis());
    u.sortOptions(c.sortOptions());
    u.abbreviateSynopsis(c.abbreviateSynopsis());
    u.showDefaultValues(c.showDefaultValues());
    u.showEndOfOptionsDelimiterInUsageHelp(c.showEndOfOptionsDelimiterInUsageHelp());
  }

  private static ArgGroupSpec group(Group g, FieldScope outer) {
    FieldScope inner = new FieldScope(null);
    BoundField e = g.element() == null ? null : new BoundField(g.element(), outer);
    if (e != null) inner.set(e.get());
    ArgGroupSpec.Builder b = e == null ? ArgGroupSpec.builder() : ArgGroupSpec.builder(e);
    b.exclusive(g.exclusive())
        .multiplicity(g.multiplicity())
        .validate(g.validate())
        .order(g.order())
        .heading(g.heading())
        .headingKey(g.headingKey());
    for (Object part : g.parts()) {
      if (part instanceof Arg a) b.addArg(arg(a, e == null ? outer : inner));
      else b.addSubgroup(group((Group) part, inner));
    }
    return b.build();
  }

  /**
   * An option or positional parameter bound to its field. (picocli's common builder is not public,
   * so the two builders are given the same attributes each.)
   */
  private static ArgSpec arg(Arg a, FieldScope scope) {
    BoundField f = new BoundField(a.element(), scope);
    // a group's object is made when one of its options is used; picocli then reads the field's
    // initial value from it and sets it: the same value as in a new object now
    Object initial = f.get(scope.get() != null ? scope.get() : newInstance(a.element().owner()));
    if (a.option()) {
      OptionSpec.Builder o =
          OptionSpec.builder(a.names())
              .negatable(a.negatable())
              .usageHelp(a.usageHelp())
              .versionHelp(a.versionHelp())
              .help(a.help())
              .order(a.order())
              .fallbackValue(a.fallbackValue())
              .typeInfo(f.getTypeInfo())
              .userObject(f.userObject())
              .scope(scope)
              .getter(f)
              .setter(f)
              .hasInitialValue(true)
              .initialValue(initial)
              .description(a.description())
              .descriptionKey(a.descriptionKey())
              .paramLabel(a.paramLabel())
              .defaultValue(a.defaultValue())
              .required(a.required())
              .hidden(a.hidden())
              .interactive(a.interactive())
              .echo(a.echo())
              .prompt(a.prompt())
              .hideParamSyntax(a.hideParamSyntax())
              .showDefaultValue(CommandLine.Help.Visibility.valueOf(a.showDefaultValue()))
              .splitRegex(a.splitRegex())
              .splitRegexSynopsisLabel(a.splitRegexSynopsisLabel())
              .scopeType(ScopeType.valueOf(a.scope()))
              .completionCandidates(a.completionCandidates());
      o.mapFallbackValue(a.mapFallbackValue()); // picocli's returns the raw builder type
      if (a.arity() != null) o.arity(a.arity());
      return o.build();
    }
    PositionalParamSpec.Builder p =
        PositionalParamSpec.builder()
            .index(a.index() == null ? null : Range.valueOf(a.index()))
            .typeInfo(f.getTypeInfo())
            .userObject(f.userObject())
            .scope(scope)
            .getter(f)
            .setter(f)
            .hasInitialValue(true)
            .initialValue(initial)
            .description(a.description())
            .descriptionKey(a.descriptionKey())
            .paramLabel(a.paramLabel())
            .defaultValue(a.defaultValue())
            .required(a.required())
            .hidden(a.hidden())
            .interactive(a.interactive())
            .echo(a.echo())
            .prompt(a.prompt())
            .hideParamSyntax(a.hideParamSyntax())
            .showDefaultValue(CommandLine.Help.Visibility.valueOf(a.showDefaultValue()))
            .splitRegex(a.splitRegex())
            .splitRegexSynopsisLabel(a.splitRegexSynopsisLabel())
            .scopeType(ScopeType.valueOf(a.scope()))
            .completionCandidates(a.completionCandidates());
    p.mapFallbackValue(a.mapFallbackValue());
    if (a.arity() != null) p.arity(a.arity());
    return p.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> T newInstance(String className) {
    try {
      var c = FieldTypeInfo.type(className).getDeclaredConstructor();
      c.setAccessible(true);
      return (T) c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + className, e);
    }
  }
}
