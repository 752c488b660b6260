package backcare.cli;

import backcare.routine.Condition;
import backcare.triage.RoutineHandover;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The triage screen's hand-over on self-care: `backcare routine ID --condition ...`, run exactly as
 * a user would.
 */
final class RunRoutine implements RoutineHandover {
  private final Context ctx;
  private final boolean noColor;
  private final PrintWriter err;
  private List<String> ids;

  RunRoutine(Context ctx, boolean noColor, PrintWriter err) {
    this.ctx = ctx;
    this.noColor = noColor;
    this.err = err;
  }

  @Override
  public int run(String routineId, Set<Condition> conditions, PrintWriter out) {
    List<String> args = new ArrayList<>(List.of("routine", routineId));
    for (Condition c : conditions) {
      args.add("--condition");
      args.add(c.id());
    }
    if (noColor) args.add("--no-color");
    out.flush();
    String[] argv = args.toArray(String[]::new);
    return BackcareCommand.forArguments(ctx, argv).setOut(out).setErr(err).execute(argv);
  }

  @Override
  public List<String> routineIds() {
    if (ids == null) ids = List.copyOf(Libraries.load(ctx, err).routines().keySet());
    return ids;
  }
}
