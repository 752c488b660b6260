package backcare.commandmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The build's check of the commands' model cache (ModelDifferences): it finds a difference in any
 * attribute, and the cache carries what commands are adding (argument groups, enums, mixins,
 * fallback values) so that the models agree and parse alike. The real commands:
 * backcare.cli.CachedCommandsTest.
 */
class CommandModelCacheTest {
  /** A mixin, as DisplayOptions is for the timed commands. */
  static final class Display {
    @Option(names = "--quiet", description = "No sounds.")
    boolean quiet;

    @Option(names = "--big", negatable = true, description = "Big digits.")
    Boolean big;
  }

  /** What the other commands are gaining: exclusive groups, enums, an optional option value. */
  @Command(
      name = "grouped",
      mixinStandardHelpOptions = true,
      description = "A command with every kind of part.")
  static final class Grouped implements Runnable {
    enum Shell {
      BASH,
      ZSH
    }

    static final class Format {
      @Option(names = "--json", description = "JSON.")
      boolean json;

      @Option(names = "--csv", description = "CSV.")
      boolean csv;
    }

    static final class Source {
      @Parameters(index = "0", paramLabel = "ID", description = "A routine.")
      String id;

      @Option(names = "--file", paramLabel = "FILE", description = "A routine file.")
      Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--shell", description = "One of: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Option(names = "--condition", split = ",", description = "Repeatable.")
    List<Shell> conditions = new ArrayList<>();

    @Option(
        names = "--scale",
        arity = "0..1",
        fallbackValue = "1.5",
        description = "The review's example: --scale alone means 1.5.")
    double scale = 1.0;

    @Mixin Display display;

    @Spec CommandSpec spec;

    @Override
    public void run() {}

    String state() {
      return (format == null ? "-" : format.json + "/" + format.csv)
          + " "
          + (source == null ? "-" : source.id + "/" + source.file)
          + " "
          + shell
          + " "
          + conditions
          + " "
          + scale
          + " "
          + display.quiet;
    }
  }

  private static CommandLine annotated() {
    return new CommandLine(new Grouped());
  }

  private static CommandLine cached() throws Exception {
    CommandModels cache = CommandModels.of(CommandModels.file(Map.of("grouped", new Grouped())));
    return cache.commandLine("grouped", new Grouped());
  }

  @Test
  void groupsEnumsMixinsAndFallbackValuesAreCarriedExactly() throws Exception {
    assertThat(ModelDifferences.between(annotated().getCommandSpec(), cached().getCommandSpec()))
        .isEmpty();
    assertThat(cached().getUsageMessage()).isEqualTo(annotated().getUsageMessage());
  }

  @Test
  void bothModelsParseAlike() throws Exception {
    String[][] lines = {
      {"morning"},
      {"morning", "--json"},
      {"--file", "f.yaml", "--csv"},
      {"morning", "--json", "--csv"},
      {"morning", "--file", "f.yaml"},
      {},
      {"morning", "--shell", "zsh", "--condition", "bash,zsh", "--condition", "bash"},
      {"morning", "--shell", "fish"},
      {"morning", "--scale"},
      {"morning", "--scale", "2.5", "--quiet"},
      {"--scale", "morning"},
    };
    for (String[] line : lines) {
      assertThat(outcome(cached(), line))
          .as(String.join(" ", line))
          .isEqualTo(outcome(annotated(), line));
    }
    assertThat(outcome(cached(), new String[] {"morning", "--scale"})).endsWith(" 1.5 false");
  }

  private static String outcome(CommandLine cmd, String[] line) {
    try {
      cmd.parseArgs(line);
      return ((Grouped) cmd.getCommand()).state();
    } catch (CommandLine.ParameterException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * The class of the review's bug (a cache that dropped --scale's fallbackValue): for every
   * attribute an option's builder sets, an option that differs in it alone is reported, by name.
   */
  @Test
  void aDifferenceInAnyAttributeOfAnOptionIsFound() throws Exception {
    OptionSpec original = annotated().getCommandSpec().findOption("--scale");
    List<String> tried = new ArrayList<>();
    for (Method setter : OptionSpec.Builder.class.getMethods()) {
      if (setter.getParameterCount() != 1 || setter.getDeclaringClass() == Object.class) continue;
      Method getter;
      try {
        getter = OptionSpec.class.getMethod(setter.getName());
      } catch (NoSuchMethodException e) {
        continue; // not an attribute
      }
      OptionSpec.Builder builder = original.toBuilder();
      Object value = changed(setter.getParameterTypes()[0], getter.invoke(original));
      if (value == null) continue;
      setter.invoke(builder, value);
      OptionSpec copy = original.toBuilder().build();
      OptionSpec changed;
      try {
        changed = builder.build();
      } catch (CommandLine.InitializationException e) {
        continue; // not a valid option (a split regex on a single value, say)
      }
      if (Objects.deepEquals(getter.invoke(copy), getter.invoke(changed))) continue; // no effect
      tried.add(setter.getName());
      assertThat(ModelDifferences.between(copy, changed))
          .as("a difference in %s", setter.getName())
          .anySatisfy(d -> assertThat(d).containsPattern("\\." + setter.getName() + "[:\\[.]"));
      assertThat(ModelDifferences.between(copy, original.toBuilder().build())).isEmpty();
    }
    assertThat(tried)
        .contains("fallbackValue", "arity", "names", "description", "required", "hidden")
        .hasSizeGreaterThan(20);
  }

  private static Object changed(Class<?> type, Object old) {
    if (type == String.class) return old + "-changed";
    if (type == boolean.class) return !(Boolean) old;
    if (type == int.class) return ((Integer) old) + 7;
    if (type == String[].class) return new String[] {"--changed"};
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) if (!c.equals(old)) return c;
    }
    return null;
  }
}
