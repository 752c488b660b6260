package backcare.figure;

import java.util.List;

/**
 * One position of a figure, seen from the left side (the person faces right), as joint angles in
 * whole degrees; see {@link Joint} for what each angle means and its range.
 *
 * @param name what the phase is called ("cow", "cat"), or null for a figure of one phase
 * @param trunk the direction of the lower trunk, hip to waist: 90 upright, 0 lying face down with
 *     the head to the right, 180 lying on the back with the head to the left
 * @param spine how far the upper trunk bends forward from the lower (negative: arched back)
 * @param neck how far the head bends forward from the upper trunk (negative: chin up)
 * @param arm the near arm: shoulder, elbow
 * @param farArm the far arm (the same as the near one unless the pose needs otherwise)
 * @param leg the near leg: hip, knee, ankle
 * @param farLeg the far leg
 */
public record Phase(
    String name,
    int trunk,
    int spine,
    int neck,
    Limb arm,
    Limb farArm,
    Limb leg,
    Limb farLeg,
    List<Prop> props) {
  public Phase {
    props = List.copyOf(props);
  }

  /** The angles of one arm (shoulder, elbow; the last is 0) or one leg (hip, knee, ankle). */
  public record Limb(int first, int second, int third) {}
}
