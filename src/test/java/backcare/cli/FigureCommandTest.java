package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.routine.Exercise;
import backcare.routine.LibraryLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Issue 13 as a user meets it: `exercises ID` with its figure, `--svg`, `--json`, and figures in
 * user files.
 */
class FigureCommandTest {
  @TempDir Path dir;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(dir);
  }

  @Test
  void anExerciseShowsItsFigureAboveTheInstructionsAndAFlowShowsBothPhasesLabelled() {
    assertThat(cli.run("exercises", "cat-cow")).isZero();
    String out = cli.out;
    int figure = out.indexOf('\u28ff'); // a full braille cell: part of the drawing
    assertThat(figure).isPositive();
    assertThat(figure).isGreaterThan(out.indexOf("Tags:")).isLessThan(out.indexOf("1. Come onto"));
    String labels =
        out.lines()
            .filter(l -> l.contains("cow") && l.contains("cat") && !l.contains("("))
            .findFirst()
            .orElseThrow();
    assertThat(labels.indexOf("cow")).isLessThan(labels.indexOf("cat"));
    assertThat(out.lines())
        .allMatch(
            l ->
                l.length() <= ExerciseText.FIGURE_COLUMNS
                    || !l.chars().anyMatch(c -> c >= 0x2800 && c <= 0x28ff));
  }

  @Test
  void aNarrowTerminalGetsANarrowerFigure() {
    cli.env.put("COLUMNS", "40");
    assertThat(cli.run("exercises", "cat-cow")).isZero();
    assertThat(cli.out.lines().filter(l -> l.chars().anyMatch(c -> c >= 0x2800 && c <= 0x28ff)))
        .isNotEmpty()
        .allMatch(l -> l.length() <= 39);
    assertThat(cli.out).contains("cow", "cat");
  }

  @Test
  void withoutAUtf8LocaleTheFigureIsPlainAscii() {
    cli.env.put("LANG", "C");
    assertThat(cli.run("exercises", "childs-pose")).isZero();
    String figure = cli.out.substring(cli.out.indexOf("Tags:"), cli.out.indexOf("1. "));
    assertThat(figure).matches("(?s)[\\x00-\\x7f]*").contains("O").contains("_");
    assertThat(cli.run("exercises", "childs-pose", "--no-figure")).isZero();
    assertThat(cli.out).doesNotContain("O ").contains("1. ");
  }

  @Test
  void svgIsNeverWrappedWhateverTheWidth() {
    cli.env.put("COLUMNS", "40");
    assertThat(cli.run("exercises", "--svg")).isZero();
    assertThat(cli.out.lines().findFirst().orElseThrow())
        .matches("<svg [^>]*viewBox=\"[0-9. ]+\">");
    assertThat(cli.run("exercises", "cat-cow", "--svg")).isZero();
    assertThat(cli.out.lines().findFirst().orElseThrow())
        .matches("<svg [^>]*viewBox=\"[0-9. ]+\">");
  }

  @Test
  void svgIsAStandaloneDocumentWithAViewBoxAndTheRequestedHeight() throws Exception {
    assertThat(cli.run("exercises", "cat-cow", "--svg")).isZero();
    Document doc = parse(cli.out);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo("200");
    assertThat(doc.getDocumentElement().getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(2); // a head in each phase
    assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("cow");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Cat-cow");

    assertThat(cli.run("exercises", "heat", "--svg", "--size", "400")).isZero();
    assertThat(parse(cli.out).getDocumentElement().getAttribute("height")).isEqualTo("400");
    assertThat(cli.out).contains("#e07b39"); // the heat pack is drawn, in its own colour
  }

  @Test
  void svgWithoutAnIdIsAContactSheetOfEveryFigure() throws Exception {
    assertThat(cli.run("exercises", "--svg")).isZero();
    Document doc = parse(cli.out);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < doc.getElementsByTagName("title").getLength(); i++)
      titles.add(doc.getElementsByTagName("title").item(i).getTextContent());
    assertThat(titles)
        .as("a figure for every exercise of the library")
        .containsExactlyInAnyOrderElementsOf(
            LibraryLoader.builtIn().exercises().values().stream().map(Exercise::name).toList());
    assertThat(cli.out).contains(">Child's pose</text>", ">Walk break</text>");
  }

  @Test
  void badSvgRequestsAreExitTwoWithTheReason() {
    assertThat(cli.run("exercises", "cat-cwo", "--svg")).isEqualTo(2);
    assertThat(cli.err)
        .contains("unknown exercise \"cat-cwo\" (did you mean cat-cow?)")
        .doesNotContain("Exception");
    assertThat(cli.run("exercises", "cat-cow", "--svg", "--size", "5")).isEqualTo(2);
    assertThat(cli.err)
        .contains("--size 5 is out of range; give a whole number of pixels from 80 to 2000");
    assertThat(cli.run("exercises", "cat-cow", "--svg", "--json")).isEqualTo(2);
    assertThat(cli.err).contains("give either --json or --svg, not both");
  }

  @Test
  void jsonCarriesThePoseData() {
    assertThat(cli.run("exercises", "cat-cow", "--json")).isZero();
    assertThat(cli.out)
        .contains(
            "\"figure\" : [ {",
            "\"phase\" : \"cow\"",
            "\"phase\" : \"cat\"",
            "\"trunk\" : ",
            "\"leg\" : [ ",
            "\"props\" : [ \"floor\" ]");
    assertThat(cli.run("exercises", "--json")).isZero();
    assertThat(cli.out.split("\"figure\" : \\[", -1))
        .as("a figure for every exercise of the library")
        .hasSize(LibraryLoader.builtIn().exercises().size() + 1);
  }

  private static final String MOVE =
      "exercises:\n  - id: my-move\n    name: My move\n    position: Standing\n"
          + "    instructions: [Move.]\n    hold: 10s\n    tags: []\n    figure:\n";

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("moves.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void aUserFigureIsCheckedLikeEveryOtherFieldWithWhereAndWhatIsRight() throws IOException {
    Path f =
        file(
            MOVE
                + "      - phase: up\n"
                + "        trunk: 90\n"
                + "        arm: [0, 200]\n"
                + "        leg: [0, 0]\n"
                + "        props: [floor, chiar]\n"
                + "        knee: 4\n"
                + "      - trunk: \"ninety\"\n"
                + "        arm: [0, 0]\n"
                + "        leg: [0, 0, 90]\n");
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertThat(cli.err)
        .contains(
            f
                + ":11:18: exercises[0].figure[0].arm[1]: 200 is out of range for the elbow: give 0 to 160 degrees"
                + " (0 straight, 160 fully bent)",
            f
                + ":12:14: exercises[0].figure[0].leg: expected 3 angles in degrees, [hip, knee, ankle], but found 2 values",
            f
                + ":13:24: exercises[0].figure[0].props[1]: \"chiar\" is not a prop (did you mean chair?); use floor,"
                + " chair, roller, heat-pack, cold-pack",
            f
                + ":14:9: exercises[0].figure[0].knee: unknown field; known fields here: phase, trunk, spine, neck,"
                + " arm, farArm, leg, farLeg, props",
            f
                + ":15:16: exercises[0].figure[1].trunk: expected the trunk angle in degrees, a whole number from -90 to 270,"
                + " but found \"ninety\"",
            f + ":15:9: exercises[0].figure[1].phase: missing; with two phases or more, name each");
    assertThat(cli.err).doesNotContain("Exception");
  }

  @Test
  void aGoodUserFigureIsShownLikeABuiltInOne() throws IOException {
    Path folder = cli.userRoutines();
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("moves.yaml"),
        MOVE
            + "      - trunk: 90\n        arm: [170, 0]\n        leg: [0, 0, 90]\n        props: [floor]\n");
    assertThat(cli.run("validate")).isZero();
    assertThat(cli.run("exercises", "my-move")).isZero();
    assertThat(cli.out).contains("\u28ff");
    assertThat(cli.run("exercises", "my-move", "--svg")).isZero();
    assertThat(cli.out).startsWith("<svg ");
  }

  @Test
  void aUserExerciseWithoutAFigureStillWorksAndSvgSaysWhy() throws IOException {
    Path folder = cli.userRoutines();
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("moves.yaml"), MOVE.replace("    figure:\n", ""));
    assertThat(cli.run("exercises", "my-move")).isZero();
    assertThat(cli.out).contains("1. Move.");
    assertThat(cli.run("exercises", "my-move", "--svg")).isEqualTo(2);
    assertThat(cli.err).contains("my-move has no figure; add a `figure:`");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
