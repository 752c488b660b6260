package backcare.cli;

import backcare.console.FrameStyle;
import java.util.Map;
import picocli.CommandLine.Option;

/** How a timed run looks and sounds in a terminal: shared by `routine`, `heat` and `cold`. */
public final class DisplayOptions {
  @Option(
      names = "--big",
      negatable = true,
      description =
          "Big digits for the countdown (default: on when the terminal has 20 rows or more);"
              + " --no-big: the countdown on one line.")
  Boolean big;

  @Option(names = "--quiet", description = "No bell, chime or 3-2-1 ticks.")
  boolean quiet;

  @Option(
      names = "--voice",
      description =
          "Speak each step's name, the side, \"switch sides\", half way through long holds and \"done\""
              + " (needs espeak-ng or spd-say).")
  boolean voice;

  @Option(
      names = "--no-figure",
      description =
          "No figure of the exercise beside the countdown"
              + " (shown when the terminal has 100 columns and 30 rows or more).")
  boolean noFigure;

  @Option(names = "--no-color", description = "No colours (setting NO_COLOR does the same).")
  boolean noColor;

  FrameStyle.Big bigMode() {
    return big == null ? FrameStyle.Big.AUTO : big ? FrameStyle.Big.ON : FrameStyle.Big.OFF;
  }

  boolean colour(Map<String, String> env) {
    return colourAllowed(noColor, env.get("NO_COLOR"));
  }

  /**
   * Colour unless --no-color or NO_COLOR (set and not empty, as no-color.org says); triage's rule
   * too.
   */
  static boolean colourAllowed(boolean noColorOption, String noColorEnv) {
    return !noColorOption && (noColorEnv == null || noColorEnv.isEmpty());
  }
}
