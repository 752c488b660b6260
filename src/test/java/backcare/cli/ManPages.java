package backcare.cli;

import java.io.File;
import java.io.IOException;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages' AsciiDoc from the commands themselves (picocli-codegen's ManPageGenerator):
 * one page per visible command. The Maven profile {@code man} runs it and turns the pages into
 * troff with Asciidoctor ({@code mvn -Pman -DskipTests prepare-package}; {@code bin/backcare
 * --install-man} does that for you).
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) throw new IllegalArgumentException("usage: ManPages OUT_DIR");
    int code = generate(new File(args[0]));
    if (code != 0) throw new IllegalStateException("ManPageGenerator exited " + code);
  }

  static int generate(File dir) throws IOException {
    CommandLine full = BackcareCommand.commandLine(Cli.withoutUserFolder().context());
    return ManPageGenerator.generateManPage(dir, null, new boolean[0], true, full.getCommandSpec());
  }
}
