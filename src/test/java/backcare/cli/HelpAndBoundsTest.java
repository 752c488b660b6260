package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.text.HumanWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 10, points 9 and 11: help is paragraphs picocli wraps to the width, with the exit codes of
 * every command that runs a timer; no message echoes input without a bound; a whole-number option
 * out of range says the range, whatever its digits.
 */
class HelpAndBoundsTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  /**
   * Every command's description and every option's: each element is a paragraph, ending as a
   * sentence does.
   */
  @Test
  void everyDescriptionElementIsAWholeParagraph() {
    List<String> broken = new ArrayList<>();
    List<CommandSpec> specs = new ArrayList<>();
    specs.add(cli.commandLine().getCommandSpec());
    cli.commandLine().getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
    for (CommandSpec spec : specs) {
      for (String line : spec.usageMessage().description()) {
        if (!line.isEmpty() && !line.matches("(?s).*[.)!?:]"))
          broken.add(spec.qualifiedName() + ": " + line);
      }
      for (ArgSpec arg : spec.args()) {
        String[] d = arg.description();
        if (d.length < 2) continue;
        for (String line : d) {
          if (!line.isEmpty() && !line.matches("(?s).*[.)!?:]"))
            broken.add(spec.qualifiedName() + " " + arg + ": " + line);
        }
      }
    }
    assertThat(broken).as("description lines that stop mid-paragraph").isEmpty();
  }

  @Test
  void helpWrapsParagraphsToTheWidth() {
    for (String columns : List.of("100", "80", "60")) {
      cli.env.put("COLUMNS", columns);
      Cli.Result routine = cli.exec("routine", "--help");
      // one paragraph, wrapped where the width ends, not where an array element did ("one line\nper
      // event")
      assertThat(routine.out())
          .as(columns)
          .containsPattern("prints\\s+one\\s+line\\s+per\\s+event")
          .doesNotContain("line\nper event");
      Cli.Result root = cli.exec("--help");
      assertThat(root.out().replaceAll("\\s+", " "))
          .contains("remind A reminder to get up and move while you sit at a desk.");
      assertThat(root.out()).doesNotContain("systemd user timer that\n");
      for (String command :
          List.of(
              "",
              "triage",
              "routines",
              "routine",
              "exercises",
              "validate",
              "history",
              "heat",
              "cold",
              "remind",
              "completion")) {
        Cli.Result r = command.isEmpty() ? root : cli.exec(command, "--help");
        r.out()
            .lines()
            .forEach(
                line ->
                    assertThat(line.length())
                        .as(command + " at " + columns + ": " + line)
                        .isLessThanOrEqualTo(Math.max(55, Integer.parseInt(columns))));
      }
    }
  }

  @Test
  void routineHeatAndColdHelpListTheirExitCodes() {
    Cli.Result routine = cli.exec("routine", "--help");
    assertThat(routine.out())
        .contains("Exit codes:")
        .containsPattern("(?m)^  3 +not started: your screen")
        .containsPattern("(?m)^  4 +not started")
        .containsPattern("(?m)^  5 +not started")
        .containsPattern("(?m)^  130 +interrupted")
        .containsPattern("(?m)^  2 +bad usage");
    assertThat(routine.out().indexOf("Exit codes:")).isLessThan(routine.out().indexOf("Examples:"));
    for (String timer : List.of("heat", "cold")) {
      Cli.Result r = cli.exec(timer, "--help");
      assertThat(r.out())
          .as(timer)
          .contains("Exit codes:")
          .containsPattern("(?m)^  0 +the timer ended")
          .containsPattern("(?m)^  2 +bad usage")
          .containsPattern("(?m)^  130 +interrupted")
          .doesNotContainPattern("(?m)^  [345] ");
    }
    Cli.Result root = cli.exec("--help");
    for (String code : List.of("3", "4", "5")) {
      assertThat(root.out())
          .containsPattern(
              "(?m)^  "
                  + code
                  + " +triage: [^\\n]*;\\s+routine: not\\s+started, gated by"
                  + "\\s+such a\\s+screen");
    }
  }

  @Test
  void aHugeRoutineIdIsNotEchoedWhole() {
    String id = "z".repeat(100_000);
    Cli.Result r = cli.exec("routine", id);
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).startsWith("backcare: ").contains(" more characters)");
    assertThat(r.err().length()).isLessThan(3 * HumanWriter.MAX_LINE);
    r.err()
        .lines()
        .forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(HumanWriter.MAX_LINE));
  }

  @Test
  void validateCutsEachHumanLineButItsJsonIsWhole() throws Exception {
    String id = "a".repeat(300_000);
    Path file = tmp.resolve("long.yaml");
    Files.writeString(
        file,
        "id: "
            + id
            + "\ntitle: Long\nsteps:\n  - exercise: "
            + "b".repeat(50_000)
            + "\n    hold: 5s\n");
    Cli.Result r = cli.exec("validate", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(file + ":1:5: id: ", " more characters)", "problems in 1 file");
    assertThat(r.err().length()).isLessThan(5 * HumanWriter.MAX_LINE);
    r.err()
        .lines()
        .forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(HumanWriter.MAX_LINE));

    Cli.Result json = cli.exec("validate", "--json", file.toString());
    assertThat(json.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(json.out()).contains(id).doesNotContain("more characters)");
  }

  @Test
  void wholeNumberOptionsSayTheRangeWhateverTheDigits() {
    String huge = "99999999999999999999";
    Cli.Result heat = cli.exec("heat", "--minutes", huge);
    assertThat(heat.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(heat.err())
        .isEqualTo(
            "backcare: --minutes "
                + huge
                + " is too long: never use heat for more than"
                + " 15-20 minutes at a time, as longer can harm the skin; give a whole number of minutes from 1 to 20\n");
    Cli.Result cold = cli.exec("cold", "--minutes", "-3");
    assertThat(cold.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(cold.err())
        .isEqualTo(
            "backcare: --minutes -3 is not a whole number; give a whole number of minutes"
                + " from 1 to 20\n");
    Cli.Result size = cli.exec("exercises", "cat-cow", "--svg", "--size", huge);
    assertThat(size.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(size.err())
        .isEqualTo(
            "backcare: --size "
                + huge
                + " is out of range; give a whole number of pixels"
                + " from 80 to 2000\n");
    Cli.Result last = cli.exec("history", "--last", huge);
    assertThat(last.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(last.err())
        .isEqualTo(
            "backcare: --last "
                + huge
                + " is out of range; give a whole number of rows"
                + " from 1 to "
                + HistoryCommand.MAX_ROWS
                + "\n");
    Cli.Result pain = cli.exec("routine", "quick", "--dry-run", "--pain", huge);
    assertThat(pain.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(pain.err()).contains("from 0 (no pain) to 10");
    // in range, the options still work
    assertThat(cli.exec("history", "--last", "3").code()).isZero();
    assertThat(cli.exec("exercises", "cat-cow", "--svg", "--size", "120").code()).isZero();
  }

  @Test
  void noIntOptionIsLeftToPicocliWhereARangeApplies() {
    // every whole-number option is taken as text and checked by WholeOption, so none overflows into
    // picocli's bare "not a whole number"
    for (CommandLine sub : cli.commandLine().getSubcommands().values()) {
      for (var option : sub.getCommandSpec().options()) {
        assertThat(option.type())
            .as(sub.getCommandName() + " " + option.longestName())
            .isNotIn(int.class, Integer.class, long.class, Long.class);
      }
    }
  }
}
