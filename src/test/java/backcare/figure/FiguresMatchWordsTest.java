package backcare.figure;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Exercise;
import backcare.routine.LibraryLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FiguresMatchWordsTest {
  static final List<Exercise> BUILT_IN = List.copyOf(LibraryLoader.builtIn().exercises().values());

  @Test
  void everyBuiltInExerciseHasAFigureThatMatchesItsPosition() {
    List<String> problems = new ArrayList<>();
    for (Exercise e : BUILT_IN) problems.addAll(PositionRules.problems(e));
    assertThat(BUILT_IN).hasSizeGreaterThanOrEqualTo(20);
    assertThat(problems).isEmpty();
  }

  @Test
  void theRulesCoverEveryKindOfPositionTheLibraryUses() {
    // every built-in position falls under at least one rule, so no figure goes unchecked
    for (Exercise e : BUILT_IN) {
      String w = e.position().toLowerCase();
      assertThat(
              w.contains("lying on your back")
                  || w.contains("hands and knees")
                  || w.contains("kneeling")
                  || w.contains("sitting")
                  || w.startsWith("standing"))
          .as(e.id() + ": " + e.position())
          .isTrue();
    }
  }

  @Test
  void aFigureThatDoesNotMatchItsWordsIsCaught() {
    Exercise catCow = find("cat-cow");
    Exercise seated = find("seated-trunk-rotation");
    Exercise pelvicTilt = find("pelvic-tilt");
    Exercise fold = find("standing-forward-fold");
    // the words of one, the figure of another
    assertThat(PositionRules.problems(withFigure(catCow, seated.figure())))
        .anyMatch(p -> p.contains("nearWrist is") && p.contains("above the floor"));
    assertThat(PositionRules.problems(withFigure(seated, catCow.figure())))
        .anyMatch(p -> p.contains("no chair drawn"));
    assertThat(PositionRules.problems(withFigure(pelvicTilt, fold.figure())))
        .anyMatch(p -> p.contains("degrees off horizontal"));
    assertThat(PositionRules.problems(withFigure(fold, pelvicTilt.figure())))
        .anyMatch(p -> p.contains("standing, but the hips are only"));
    // a knee bent further than the words allow lifts the hands off the floor
    Phase cow = catCow.figure().phases().get(0);
    Phase bent =
        new Phase(
            "cow",
            cow.trunk(),
            cow.spine(),
            cow.neck(),
            new Phase.Limb(cow.arm().first(), 40, 0),
            cow.farArm(),
            cow.leg(),
            cow.farLeg(),
            cow.props());
    assertThat(PositionRules.problems(withFigure(catCow, new Figure(List.of(bent)))))
        .anyMatch(p -> p.contains("nearWrist"));
    // a roller left out of the drawing
    Exercise roller = find("foam-roller");
    Phase r = roller.figure().phases().get(0);
    Phase noRoller =
        new Phase(
            null,
            r.trunk(),
            r.spine(),
            r.neck(),
            r.arm(),
            r.farArm(),
            r.leg(),
            r.farLeg(),
            List.of(Prop.FLOOR));
    assertThat(PositionRules.problems(withFigure(roller, new Figure(List.of(noRoller)))))
        .anyMatch(p -> p.contains("none drawn"));
  }

  @Test
  void flowsThatChangeShapeShowEachShape() {
    for (String id :
        Set.of("cat-cow", "cat-stretch", "pelvic-tilt", "rolling", "bridge", "walk-break")) {
      assertThat(find(id).figure().phases())
          .as(id)
          .hasSizeGreaterThanOrEqualTo(2)
          .allMatch(p -> p.name() != null);
    }
    // cow arches the back, cat rounds it
    List<Phase> catCow = find("cat-cow").figure().phases();
    assertThat(catCow.get(0).spine()).isNegative();
    assertThat(catCow.get(1).spine()).isPositive();
    // the cat stretch never arches: its lowest point is a flat back
    assertThat(find("cat-stretch").figure().phases()).allMatch(p -> p.spine() >= 0);
  }

  @Test
  void thePropNamesAreThoseOfTheEnum() {
    assertThat(Prop.IDS).isEqualTo(java.util.Arrays.stream(Prop.values()).map(p -> p.id).toList());
    for (String id : Prop.IDS) assertThat(Prop.byId(id).id).isEqualTo(id);
  }

  static Exercise find(String id) {
    return BUILT_IN.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  static Exercise withFigure(Exercise e, Figure f) {
    return new Exercise(
        e.id(),
        e.name(),
        e.position(),
        e.instructions(),
        e.cues(),
        e.holdSeconds(),
        e.flowSeconds(),
        e.reps(),
        e.sides(),
        e.restSeconds(),
        e.maxHoldSeconds(),
        e.warnings(),
        e.tags(),
        e.sources(),
        e.therapy(),
        e.leadInSeconds(),
        e.getReady(),
        f);
  }
}
