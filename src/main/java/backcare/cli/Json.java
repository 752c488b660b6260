package backcare.cli;

import backcare.json.JsonOut;
import backcare.text.HumanWriter;
import java.io.PrintWriter;

/**
 * JSON output for --json: one pretty-printed document (see {@link JsonOut}), ending in a newline.
 */
public final class Json {
  private Json() {}

  /** Prints {@code value}, never word-wrapped, and flushes. */
  public static void print(PrintWriter out, Object value) {
    PrintWriter w = HumanWriter.unwrapped(out);
    try (JsonOut doc = JsonOut.prettyTo(w)) {
      doc.value(value);
    }
    w.println();
    w.flush();
  }
}
