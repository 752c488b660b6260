package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.console.Frame;
import backcare.console.ScriptedScreen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files, the history and the command line never reaches the terminal raw, in any command,
 * line mode or full screen, help or error; and what people read is wrapped to the width.
 */
class HumanOutputTest {
  @TempDir Path dir;
  Cli cli;

  /**
   * A routine whose every kind of text holds an escape sequence, a bell, DEL, C1 and a bidi
   * override.
   */
  static final String HOSTILE =
      """
            id: hostile
            title: "Evil\\e[2J title\\u202e"
            description: "rings\\a the bell \\x9b and \\x7f"
            steps:
              - exercise:
                  id: trick
                  name: "Trick\\e]0;pwned\\a"
                  position: "Standing\\u2066"
                  instructions:
                    - "Clear\\e[2J the screen \\u202eand flip it"
                  cues: ["Breathe\\u0085 slowly"]
                  warnings: ["Careful\\e[1;31m red"]
                  hold: 5s
                  tags: []
                notes: "note\\u2028split"
            """;

  @BeforeEach
  void setUp() {
    cli = new Cli(dir);
  }

  /**
   * Nothing a terminal would act on: C0 but newline, DEL, C1, bidi embeddings, overrides, isolates
   * and marks, U+2028/9.
   */
  static void assertNoRawControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad =
          (c < 0x20 && c != '\n')
              || (c >= 0x7f && c <= 0x9f)
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200e
              || c == 0x200f
              || c == 0x2028
              || c == 0x2029;
      assertThat(bad).as("raw U+%04X at %d in:%n%s", (int) c, i, text).isFalse();
    }
  }

  Path hostileFile() throws IOException {
    Path f = dir.resolve("x.yaml");
    Files.writeString(f, HOSTILE);
    return f;
  }

  @Test
  void aHostileRoutineFileRunsWithItsControlCharactersShownVisibly() throws IOException {
    Path f = hostileFile();
    assertThat(cli.run("routine", "--file", f.toString(), "--dry-run")).isZero();
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.out)
        .contains(
            "Evil\\u001b[2J title\\u202e (hostile)",
            "Trick\\u001b]0;pwned\\u0007 (Standing\\u2066)",
            "Warning: Careful\\u001b[1;31m red");

    assertThat(cli.run("routine", "--file", f.toString())).isZero(); // a timed run, in lines
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.out)
        .contains(
            "[00:00] Evil\\u001b[2J title\\u202e: 1 step",
            "1. Clear\\u001b[2J the screen \\u202eand flip it",
            "Cue: Breathe\\u0085 slowly",
            "Note: note\\u2028split");
  }

  @Test
  void theRoutinesAndExercisesListingsShowThemVisiblyToo() throws IOException {
    Files.createDirectories(cli.userRoutines());
    Files.writeString(cli.userRoutines().resolve("hostile.yaml"), HOSTILE);
    assertThat(cli.run("routines")).isZero();
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.out)
        .contains(
            "hostile+", "Evil\\u001b[2J title\\u202e", "rings\\u0007 the bell \\u009b and \\u007f");

    Files.writeString(
        cli.userRoutines().resolve("more.yaml"),
        """
                exercises:
                  - id: odd
                    name: "Odd\\e[5m blink"
                    position: "Lying\\u202d down"
                    instructions: ["Ring\\a it"]
                    hold: 10s
                    tags: []
                """);
    assertThat(cli.run("exercises")).isZero();
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.out).contains("Odd\\u001b[5m blink");
    assertThat(cli.run("exercises", "odd")).isZero();
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.out)
        .contains("Odd\\u001b[5m blink (odd)", "Lying\\u202d down", "1. Ring\\u0007 it");
  }

  @Test
  void jsonKeepsEveryValueAndEscapesWhatATerminalWouldActOn() throws IOException {
    Files.createDirectories(cli.userRoutines());
    Files.writeString(
        cli.userRoutines().resolve("hostile.yaml"),
        HOSTILE.replace(
            "description: \"rings\\a the bell \\x9b and \\x7f\"",
            "description: \"line\\u2028para\\u2029rlo\\u202e esc\\e del\\x7f csi\\x9b\""));
    assertThat(cli.run("routines", "--json")).isZero();
    assertNoRawControls(cli.out);
    assertThat(cli.out)
        .contains("line\\u2028para\\u2029rlo\\u202e esc\\u001B del\\u007f csi\\u009b");
    JsonNode all = new ObjectMapper().readTree(cli.out);
    JsonNode hostile = null;
    for (JsonNode r : all) if (r.get("id").asText().equals("hostile")) hostile = r;
    assertThat(hostile.get("description").asText())
        .isEqualTo("line\u2028para\u2029rlo\u202e esc\u001b del\u007f csi\u009b");
    assertThat(hostile.get("title").asText()).isEqualTo("Evil\u001b[2J title\u202e");

    assertThat(cli.run("routine", "hostile", "--dry-run", "--json")).isZero();
    assertNoRawControls(cli.out);
    assertThat(new ObjectMapper().readTree(cli.out).get("title").asText())
        .isEqualTo("Evil\u001b[2J title\u202e");

    assertThat(cli.run("routine", "hostile", "--json")).isZero(); // JSON Lines, one event a line
    assertNoRawControls(cli.out);
    for (String line : cli.out.split("\n")) new ObjectMapper().readTree(line);
  }

  @Test
  void validateRefusesControlCharactersInTextWithFileLineAndColumn() throws IOException {
    Path f = hostileFile();
    assertThat(cli.run("validate", f.toString())).isEqualTo(2);
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.err)
        .contains(
            f + ":2:8: title: contains the control character \\u001b (character 5 of the text)",
            f
                + ":3:14: description: contains the control character \\u0007 (character 6 of the text)",
            f + ":7:13: steps[0].exercise.name: contains the control character \\u001b",
            f + ":10:11: steps[0].exercise.instructions[0]: contains the control character \\u001b",
            f + ":11:14: steps[0].exercise.cues[0]: contains the control character \\u0085",
            f + ":15:12: steps[0].notes: contains the control character \\u2028");
    // one problem a line, never wrapped, so editors and grep can read them
    List<String> lines = List.of(cli.err.split("\n"));
    assertThat(lines.subList(0, lines.size() - 1))
        .allSatisfy(line -> assertThat(line).startsWith(f.toString()));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("8 problems in 1 file.");

    assertThat(cli.run("validate", f.toString(), "--json")).isEqualTo(2);
    assertNoRawControls(cli.out);
    assertThat(new ObjectMapper().readTree(cli.out).get("problems")).hasSize(8);

    Path tabs = dir.resolve("tabs.yaml");
    Files.writeString(
        tabs,
        "id: tabs\ntitle: \"Tabs\\tand\\nnewlines are fine\"\ndescription: d\nsteps: [cat-cow]\n");
    assertThat(cli.run("validate", tabs.toString())).isZero();
  }

  @Test
  void aHistoryRecordWithAnEscapeInAFieldPrintsSafely() throws IOException {
    Files.createDirectories(cli.historyFile().getParent());
    Files.writeString(
        cli.historyFile(),
        "{\"type\":\"session\",\"version\":1,\"start\":\"2024-05-20T07:30:00Z\","
            + "\"end\":\"2024-05-20T07:35:00Z\",\"routine\":\"desk\\u001b[2J\\u0007\\u202e\",\"file\":null,"
            + "\"conditions\":[],\"totalSteps\":4,\"stepsDone\":[1,2,3,4],\"stepsSkipped\":[],\"activeSeconds\":300,"
            + "\"pausedSeconds\":0,\"ending\":\"done\",\"painBefore\":5,\"painAfter\":4}\n");
    for (List<String> args :
        List.of(List.of("history"), List.of("history", "--csv"), List.of("history", "--json"))) {
      assertThat(cli.run(args.toArray(String[]::new))).as("%s: %s", args, cli.err).isZero();
      assertNoRawControls(cli.out + cli.err);
    }
    assertThat(cli.run("history")).isZero();
    assertThat(cli.out).contains("desk\\u001b[2J\\u0007\\u202e");
  }

  @Test
  void idsAndValuesInErrorMessagesPrintSafely() {
    assertThat(cli.run("routine", "mor\u001b[2Jning\u0007")).isEqualTo(2);
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.err).contains("mor\\u001b[2Jning\\u0007");

    assertThat(cli.run("exercises", "cat\u202ecow")).isEqualTo(2);
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.err).contains("cat\\u202ecow");

    assertThat(cli.run("routine", "quick", "--condition", "disc\u001b]0;x\u0007")).isEqualTo(2);
    assertNoRawControls(cli.out + cli.err);

    assertThat(cli.run("routine", "quick", "--scale", "\u001b[2J"))
        .isEqualTo(2); // picocli's own message
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.err).contains("\\u001b[2J");

    assertThat(cli.run("triage", "--answer", "bladder\u001b[2J=no", "--no-routine")).isEqualTo(2);
    assertNoRawControls(cli.out + cli.err);
    assertThat(cli.err).contains("bladder\\u001b[2J");
  }

  @Test
  void theFullScreenShowsFileTextVisiblyAndKeepsItsOwnColours() throws IOException {
    Path f = hostileFile();
    ScriptedScreen screen = new ScriptedScreen(cli.clock, 80, 30).key(0, " ");
    Cli.Result run =
        cli.screen(screen)
            .exec("routine", "--file", f.toString(), "--pain", "3", "--pain-after", "2");
    assertThat(run.code()).isZero();
    assertNoRawControls(run.out() + run.err());
    assertThat(screen.shots).isNotEmpty();
    boolean coloured = false;
    for (ScriptedScreen.Shot shot : screen.shots) {
      String all = String.join("\n", shot.lines());
      coloured |= !Frame.plain(all).equals(all);
      assertNoRawControls(Frame.plain(all)); // the only escapes left are our own colours
    }
    assertThat(coloured).isTrue();
    assertThat(screen.at(1).text())
        .contains(
            "Evil\\u001b[2J title\\u202e",
            "Trick\\u001b]0;pwned\\u0007",
            "Clear\\u001b[2J the screen");
  }

  @Test
  void proseIsWrappedToEightyColumnsWhenTheWidthIsNotKnown() throws IOException {
    cli.env.remove("COLUMNS");
    String routine = FixedRoutine.write(dir);
    assertThat(cli.run("routine", "--file", routine, "--dry-run")).isZero();
    assertThat(cli.out.split("\n"))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(cli.out)
        .contains(
            """
                [00:00] Step 1 of 4: Seated trunk rotation (Sitting tall on a chair, feet flat
                        on the floor) - hold 15s, each side
                """);

    // the timed lines hang under their stamp
    assertThat(cli.run("routine", "--file", routine)).isZero();
    assertThat(cli.out.split("\n"))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(cli.out)
        .contains(
            """
                [00:00]   - Stretch only to a comfortable point; forcing a stretch or chasing a
                            pop does no good.
                """);
  }

  @Test
  void proseQuestionsAndHelpFollowColumns() {
    cli.env.put("COLUMNS", "50");
    assertThat(cli.run("triage", "--list")).isZero();
    String[] lines = cli.out.split("\n");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
    // each question: its id, then the question and why we ask, every wrapped line indented under
    // them
    int questions = 0;
    for (String block : cli.out.split("\n\n")) {
      List<String> b = List.of(block.split("\n"));
      if (!b.get(0).matches("[a-z0-9-]+  \\(.*")) continue;
      questions++;
      assertThat(b.subList(1, b.size())).allSatisfy(l -> assertThat(l).startsWith("  "));
      assertThat(b).anySatisfy(l -> assertThat(l).startsWith("  Why we ask: "));
    }
    assertThat(questions).isGreaterThan(20);

    cli.env.put("COLUMNS", "60");
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"routine", "--help"},
            new String[] {"triage", "--help"},
            new String[] {"history", "--help"})) {
      assertThat(cli.run(args)).isZero();
      assertThat(cli.out).contains("Usage: backcare").doesNotContain("\u001b");
      assertThat(cli.out.split("\n"))
          .as(String.join(" ", args))
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    }
  }

  @Test
  void triageAdviceIsWrappedAndTheEmergencyStaysFirstAndRed() {
    cli.env.remove("COLUMNS");
    cli.interactive = true;
    cli.stdin("");
    int code =
        cli.run("triage", "--answer", "bladder=yes", "--no-routine"); // settles it: an emergency
    assertThat(code).isEqualTo(5);
    assertThat(cli.out.split("\n"))
        .allSatisfy(line -> assertThat(Frame.plain(line).length()).isLessThanOrEqualTo(80));
    assertThat(cli.out.stripLeading()).startsWith("\u001b[1;31mEMERGENCY");
  }
}
