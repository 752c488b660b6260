package backcare.cli;

import backcare.routine.Durations;
import backcare.routine.Plan;
import backcare.routine.Prepared;
import backcare.routine.Segment;
import backcare.session.Describe;
import java.io.PrintWriter;

/** {@code backcare routine ID --dry-run}: the whole plan, as text or JSON, without waiting. */
final class DryRun {
  private DryRun() {}

  static void print(PrintWriter out, Prepared p) {
    Plan plan = p.plan();
    out.println(
        plan.routine().title()
            + " ("
            + plan.routine().id()
            + "): "
            + plan.stepCount()
            + " steps, "
            + Durations.format(plan.totalSeconds()));
    for (String line : p.opening()) out.println(line);
    int step = -1;
    for (Segment s : plan.segments()) {
      if (s.stepIndex() != step) {
        step = s.stepIndex();
        // the header and any safety warnings; instructions are for the real run
        for (String line : Describe.stepIntro(plan, step)) {
          if (line.startsWith("Step ") || line.startsWith("  Warning:")) {
            out.println("[" + Durations.clock(s.startSecond()) + "] " + line);
          }
        }
      }
      out.println("[" + Durations.clock(s.startSecond()) + "]   " + Describe.segment(s));
    }
    out.println(
        "["
            + Durations.clock(plan.totalSeconds())
            + "] End. Total "
            + Durations.format(plan.totalSeconds())
            + ".");
    out.flush();
  }
}
