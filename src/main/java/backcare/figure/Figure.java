package backcare.figure;

import java.util.List;

/**
 * The side-view figure of one exercise: one phase for a held position, two or more for a move
 * (cat-cow: cow, then cat). Data only; {@link Body#draw} turns a phase into lines.
 */
public record Figure(List<Phase> phases) {
  public Figure {
    phases = List.copyOf(phases);
  }
}
