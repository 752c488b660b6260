package backcare.triage;

/**
 * Reads one typed line at a time for the interactive screen and the routine menu. The production
 * one uses JLine (backcare.cli.JLinePrompter); tests drive the same one over a scripted terminal.
 */
public interface Prompter extends AutoCloseable {

  /**
   * Shows the prompt and reads one line.
   *
   * @throws Interrupted on Ctrl-C
   * @throws EndOfInput on Ctrl-D or the end of input
   */
  String readLine(String prompt);

  @Override
  void close();

  /** The user pressed Ctrl-C. */
  final class Interrupted extends RuntimeException {
    public Interrupted() {
      super("interrupted (Ctrl-C)", null, false, false);
    }
  }

  /** The user pressed Ctrl-D, or the input ended. */
  final class EndOfInput extends RuntimeException {
    public EndOfInput() {
      super("end of input (Ctrl-D)", null, false, false);
    }
  }
}
