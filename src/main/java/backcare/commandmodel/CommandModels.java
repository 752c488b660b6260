package backcare.commandmodel;

import backcare.Resources;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands' picocli models, read from their annotations at build time and written to {@code
 * backcare/commands.bin}, so that a start builds them without reading one annotation: the JVM makes
 * a proxy class for each annotation type it reads, which no JDK 17 class-data archive holds, and
 * that cost ~14 ms of every start (docs/performance.md, "Start-up").
 *
 * <p>The annotations stay the one place a command is declared; this only caches what picocli reads
 * from them, and cannot disagree with them: the build ({@link WriteCommandModels}) rebuilds every
 * command from what it wrote and fails on any difference from the annotations' model, on every
 * attribute picocli exposes ({@link ModelDifferences}). Without the file (an IDE build) there is no
 * cache, and the annotations are read.
 */
public final class CommandModels {
  static final String RESOURCE = "backcare/commands.bin";

  /** Each command's encoded model, by name; decoded when asked for (a start needs two). */
  private final Map<String, byte[]> encoded;

  private CommandModels(Map<String, byte[]> encoded) {
    this.encoded = encoded;
  }

  /** The models in the jar, or null when the build did not make them; read once per process. */
  public static CommandModels load() {
    return Holder.MODELS;
  }

  private static final class Holder {
    static final CommandModels MODELS = read();
  }

  private static CommandModels read() {
    try {
      byte[] file = Resources.read(RESOURCE);
      return file == null ? null : new CommandModels(CommandModelReader.index(file));
    } catch (IOException e) {
      return null;
    }
  }

  /** The models of a cache file's bytes. */
  static CommandModels of(byte[] file) throws IOException {
    return new CommandModels(CommandModelReader.index(file));
  }

  /** Build time: the cache file of these annotated commands, by name ("" for the root). */
  static byte[] file(Map<String, Object> annotated) throws IOException {
    Map<String, CommandModel> all = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : annotated.entrySet())
      all.put(e.getKey(), CommandModelExtractor.of(CommandSpec.forAnnotatedObject(e.getValue())));
    return CommandModelWriter.write(all);
  }

  /**
   * The command line of command {@code name} ("" for the root) for this user object, bound to its
   * fields.
   */
  public CommandLine commandLine(String name, Object userObject) {
    byte[] bytes = encoded.get(name);
    if (bytes == null)
      throw new IllegalStateException("no compiled model of command \"" + name + "\"");
    CommandModel c;
    try {
      c = CommandModelReader.command(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("damaged compiled model of command \"" + name + "\"", e);
    }
    return new CommandLine(CommandSpecBuilder.spec(c, userObject));
  }
}
