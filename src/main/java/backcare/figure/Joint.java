package backcare.figure;

/**
 * The angles a phase gives, each with its range in degrees and what 0 and the ends mean: the range
 * is what a body can do, so a typo (a knee of 200) is refused with where and what is right.
 */
public enum Joint {
  TRUNK(
      "trunk",
      -90,
      270,
      "the lower trunk's direction: 90 upright, 180 lying on the back, 0 face down"),
  SPINE("spine", -45, 60, "0 a straight back, more rounds it forward, less arches it"),
  NECK("neck", -60, 70, "0 the head in line with the back, more tucks the chin, less lifts it"),
  SHOULDER(
      "shoulder", -60, 200, "0 the arm along the trunk, 90 straight out in front, 180 overhead"),
  ELBOW("elbow", 0, 160, "0 straight, 160 fully bent"),
  HIP("hip", -30, 160, "0 the thigh in line with the trunk, 90 sitting, 160 folded to the chest"),
  KNEE("knee", 0, 165, "0 straight, 165 fully bent"),
  ANKLE("ankle", 0, 130, "90 standing, less points the foot, more lifts the toes");

  public final String id;
  public final int min;
  public final int max;
  public final String meaning;

  Joint(String id, int min, int max, String meaning) {
    this.id = id;
    this.min = min;
    this.max = max;
    this.meaning = meaning;
  }

  public boolean allows(int degrees) {
    return degrees >= min && degrees <= max;
  }
}
