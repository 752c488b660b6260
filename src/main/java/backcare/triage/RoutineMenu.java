package backcare.triage;

import backcare.routine.Condition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a self-care screen at a terminal: the routines to choose from, and the one chosen. Enter
 * takes the one for this time of day; q or Ctrl-D stops here (the screen itself is finished).
 */
public final class RoutineMenu {
  private RoutineMenu() {}

  /**
   * Shows the menu and reads the choice; empty to stop here. {@code width}: the terminal's width,
   * so that a menu too wide for one line is shown one choice a line rather than wrapped between a
   * number and its name.
   */
  public static Optional<String> choose(
      List<String> ids,
      String preset,
      Set<Condition> conditions,
      Prompter prompter,
      PrintWriter out,
      int width) {
    out.println();
    out.println(
        conditions.isEmpty()
            ? "Pick a stretching routine:"
            : "Pick a stretching routine; it will leave out moves that are not safe for: "
                + conditions.stream().map(Condition::id).collect(Collectors.joining(", "))
                + ".");
    StringBuilder menu = new StringBuilder();
    for (int i = 0; i < ids.size(); i++)
      menu.append("  ").append(i + 1).append(") ").append(ids.get(i));
    if (menu.length() <= width) {
      out.println(menu);
    } else {
      for (int i = 0; i < ids.size(); i++) out.println("  " + (i + 1) + ") " + ids.get(i));
    }
    while (true) {
      out.flush();
      String raw;
      try {
        raw =
            prompter
                .readLine("Routine number or name [Enter = " + preset + ", q = stop here] > ")
                .trim();
      } catch (Prompter.EndOfInput e) {
        return Optional.empty();
      }
      if (raw.isEmpty()) return Optional.of(preset);
      if (raw.equalsIgnoreCase("q")) return Optional.empty();
      if (ids.contains(raw)) return Optional.of(raw);
      if (raw.matches("[0-9]{1,2}")) {
        int n = Integer.parseInt(raw);
        if (n >= 1 && n <= ids.size()) return Optional.of(ids.get(n - 1));
      }
      out.println(
          "  Please type a number from 1 to "
              + ids.size()
              + ", a routine name, Enter for "
              + preset
              + ", or q to stop here.");
    }
  }
}
