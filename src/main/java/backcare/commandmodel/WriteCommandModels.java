package backcare.commandmodel;

import backcare.cli.BackcareCommand;
import backcare.cli.Context;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build's step (pom.xml, execution compile-commands, in process-classes): {@code
 * WriteCommandModels OUT_FILE} writes the models of the root command and every subcommand, after
 * rebuilding the whole command line from them and checking it against the one picocli reads from
 * the annotations. Any difference fails the build, naming the attribute and both values. The only
 * class here that knows backcare's commands.
 */
public final class WriteCommandModels {
  private WriteCommandModels() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) throw new IllegalArgumentException("usage: WriteCommandModels OUT_FILE");
    Context none =
        Context.scripted(
            Map.of(), backcare.session.SystemClock.INSTANCE, InputStream.nullInputStream());
    byte[] data = CommandModels.file(BackcareCommand.annotatedCommands(none));
    List<String> differences =
        ModelDifferences.between(
            BackcareCommand.build(none, null, null, null).getCommandSpec(),
            BackcareCommand.build(none, null, null, CommandModels.of(data)).getCommandSpec());
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "the commands' model cache (backcare.commandmodel) differs from the annotations;"
              + " make it carry what differs, or leave the feature out:\n  "
              + String.join("\n  ", differences));
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.write(out, data);
  }
}
