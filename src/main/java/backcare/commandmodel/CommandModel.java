package backcare.commandmodel;

import java.util.List;
import java.util.Map;

/**
 * What the cache holds of a command (or a mixin): what picocli read from its annotations, as plain
 * data. {@link CommandModelExtractor} makes it from picocli's model at build time, {@link
 * CommandModelWriter} and {@link CommandModelReader} store it, {@link CommandSpecBuilder} turns it
 * back into picocli's model at a start. Nothing here may be compared, hashed or printed on a start
 * path: a record's generated methods cost a start ~15 ms (docs/performance.md).
 *
 * @param parts each an {@link Arg}, a {@link Group} or a {@link Mixin}, in picocli's order
 */
record CommandModel(
    String name,
    String[] aliases,
    Usage usage,
    String versionProvider,
    List<Object> parts,
    List<Element> specElements,
    List<Element> parentElements) {

  /** The command's usage help. */
  record Usage(
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

  /**
   * A mixin: its own command model, and the field it is declared by (an Element) (null for none).
   */
  record Mixin(String name, Element element, String type, CommandModel command) {}

  /** An argument group; {@code parts} are each an {@link Arg} or a {@link Group}. */
  record Group(
      Element element,
      boolean exclusive,
      String multiplicity,
      boolean validate,
      int order,
      String heading,
      String headingKey,
      List<Object> parts) {}

  /**
   * An annotated field, as picocli's IAnnotatedElement describes it: {@code flags} are the IS_ and
   * HAS_ bits below, {@code text} its toString.
   */
  record Element(
      String owner, String field, int flags, String text, String mixinName, Types types) {}

  static final int IS_OPTION = 1;
  static final int IS_PARAMETER = 2;
  static final int IS_ARG_GROUP = 4;
  static final int IS_MIXIN = 8;
  static final int IS_SPEC = 16;
  static final int IS_PARENT = 32;
  static final int IS_INTERACTIVE = 64;
  static final int IS_ARG_SPEC = 128;
  static final int HAS_INITIAL = 256;
  static final int IS_MULTI = 512;
  static final int IS_UNMATCHED = 1024;

  /** A type as picocli's ITypeInfo gives it, by class names. */
  record Types(String type, String[] auxiliary, String[] generics) {}

  /** An option ({@code option}) or a positional parameter, and the field it sets. */
  record Arg(
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
}
