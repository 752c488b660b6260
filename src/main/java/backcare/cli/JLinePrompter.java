package backcare.cli;

import backcare.triage.Prompter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** The interactive screen's line input through JLine. Only loaded on the interactive path. */
final class JLinePrompter implements Prompter {
  private final Terminal terminal;
  private final LineReader reader;
  private boolean closed;

  JLinePrompter(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
  }

  /** A prompter on the user's terminal, opened as the routine screen opens it. */
  static Prompter system() {
    try {
      return new JLinePrompter(backcare.console.Terminals.system());
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
    }
  }

  @Override
  public String readLine(String prompt) {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new Prompter.Interrupted();
    } catch (EndOfFileException e) {
      throw new Prompter.EndOfInput();
    }
  }

  @Override
  public void close() {
    if (closed) return;
    closed = true;
    try {
      terminal.close();
    } catch (IOException e) {
      // closing is best effort: the terminal is restored by the JVM's exit anyway
    }
  }
}
