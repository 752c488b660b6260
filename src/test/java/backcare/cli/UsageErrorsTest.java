package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 9: no hidden command-line features, and usage errors in backcare's own voice. */
class UsageErrorsTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp);
  }

  private void assertUsageError(String expected, String... args) {
    Cli.Result r = cli.exec(args);
    assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(expected);
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
    assertThat(r.err()).doesNotContain("Usage:", "java.", "picocli", "Exception", "double", "int'");
  }

  @Test
  void anUnknownCommandIsOneLineWithADidYouMeanAndTheHint() {
    assertUsageError(
        "backcare: unknown command 'routien' (did you mean routine?)\nSee 'backcare --help'.\n",
        "routien");
    assertUsageError(
        "backcare: unknown command 'histroy' (did you mean history?)\nSee 'backcare --help'.\n",
        "histroy");
    assertUsageError("backcare: unknown command 'xyzzy'\nSee 'backcare --help'.\n", "xyzzy");
    assertUsageError("backcare: unknown option '--bogus'\nSee 'backcare --help'.\n", "--bogus");
  }

  @Test
  void aFixedChoiceNamesTheChoicesWithADidYouMean() {
    assertUsageError(
        "backcare: routine: --condition stenoss: give stenosis, osteoporosis, pregnancy, disc,"
            + " recent-surgery or none (did you mean stenosis?)\n"
            + "See 'backcare routine --help'.\n",
        "routine",
        "quick",
        "--condition",
        "stenoss");
    // one bad name of a comma-separated list is the one named
    assertUsageError(
        "backcare: routine: --condition dsic: give stenosis, osteoporosis, pregnancy, disc,"
            + " recent-surgery or none (did you mean disc?)\n"
            + "See 'backcare routine --help'.\n",
        "routine",
        "quick",
        "--condition",
        "stenosis,dsic");
    assertUsageError(
        "backcare: report: --format pdf: give html, md or json\nSee 'backcare report --help'.\n",
        "report",
        "--format",
        "pdf");
    assertUsageError(
        "backcare: completion fish: give bash or zsh\nSee 'backcare completion --help'.\n",
        "completion",
        "fish");
    assertUsageError(
        "backcare: __ids thing: give routines, exercises or conditions\n"
            + "See 'backcare __ids --help'.\n",
        "__ids",
        "thing");
  }

  @Test
  void argumentsThatExcludeEachOtherSaySo() {
    assertUsageError(
        "backcare: routine: give either ID or --file, not both\nSee 'backcare routine --help'.\n",
        "routine",
        "quick",
        "--file",
        "x.yaml");
    assertUsageError(
        "backcare: exercises: give either --json or --svg, not both\n"
            + "See 'backcare exercises --help'.\n",
        "exercises",
        "cat-cow",
        "--svg",
        "--json");
    assertUsageError(
        "backcare: report: give either --format or --json, not both\n"
            + "See 'backcare report --help'.\n",
        "report",
        "--json",
        "--format",
        "md");
  }

  @Test
  void badOptionsAndValuesSayWhatWouldBeRight() {
    assertUsageError(
        "backcare: routine: unknown option '--scael' (did you mean --scale?)\n"
            + "See 'backcare routine --help'.\n",
        "routine",
        "quick",
        "--scael",
        "2");
    assertUsageError(
        "backcare: --scale abc is not a decimal number; give a number from 0.5 to 3.0, in digits"
            + " with a decimal point if need be\n",
        "routine",
        "quick",
        "--scale",
        "abc");
    assertUsageError(
        "backcare: --last x is not a whole number; give a whole number of rows from 1 to 100000\n",
        "history",
        "--last",
        "x");
    assertUsageError(
        "backcare: routine: --pain needs a value\nSee 'backcare routine --help'.\n",
        "routine",
        "quick",
        "--pain");
    assertUsageError(
        "backcare: exercises: unexpected argument 'b'\nSee 'backcare exercises --help'.\n",
        "exercises",
        "a",
        "b");
  }

  @Test
  void atFilesAreNotExpanded() throws Exception {
    Path args = tmp.resolve("args.txt");
    Files.writeString(args, "routines\n");
    // with @argfiles on, this would run `backcare routines` (and read any file the user names)
    assertUsageError(
        "backcare: unknown command '@" + args + "'\nSee 'backcare --help'.\n", "@" + args);
    Cli.Result r = cli.exec("exercises", "@" + args);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("@" + args).doesNotContain("routines\n");
  }

  @Test
  void theCompiledCommandModelsCarryTheSetting() {
    assertThat(BackcareCommand.commandLine().isExpandAtFiles()).isFalse();
    assertThat(BackcareCommand.build(Context.system(), null, null, null).isExpandAtFiles())
        .isFalse();
    assertThat(
            BackcareCommand.forArguments(Context.system(), new String[] {"routine"})
                .getSubcommands()
                .get("routine")
                .isExpandAtFiles())
        .isFalse();
    assertThat(BackcareCommand.commandLine().getSubcommands().values())
        .allSatisfy(sub -> assertThat(sub.isExpandAtFiles()).as(sub.getCommandName()).isFalse());
  }

  @Test
  void anInternalErrorNamesNoJavaClass() {
    assertThat(
            UsageErrors.internalError(
                new NullPointerException("Cannot invoke \"String.length()\"")))
        .isEqualTo("something unexpected went wrong inside backcare");
    assertThat(UsageErrors.internalError(new java.io.IOException("No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(UsageErrors.internalError(new OutOfMemoryError()))
        .isEqualTo("backcare ran out of memory");
  }
}
