package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BackcareCommandTest {
  private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

  /** As Main runs it: only the named subcommand built, with no user folder. */
  private static Cli.Result run(String... args) {
    return Cli.withoutUserFolder().asMain().exec(args);
  }

  @Test
  void eachRegisteredNameIsTheNameInTheCommandsOwnAnnotation() {
    for (Map.Entry<String, Supplier<Object>> e : BackcareCommand.SUBCOMMANDS.entrySet()) {
      assertThat(new CommandLine(e.getValue().get()).getCommandName()).isEqualTo(e.getKey());
    }
  }

  @Test
  void aCommandLineForASubcommandBuildsOnlyThatOne() {
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      CommandLine cmd =
          BackcareCommand.forArguments(
              Cli.withoutUserFolder().context(), new String[] {"--debug", name, "--help"});
      assertThat(cmd.getSubcommands()).containsOnlyKeys(name);
    }
  }

  @Test
  void withoutAPlainSubcommandNameEveryOneIsBuilt() {
    for (String[] args :
        new String[][] {{}, {"--help"}, {"rotuine"}, {"@args.txt"}, {"--", "routine"}}) {
      CommandLine cmd = BackcareCommand.forArguments(Cli.withoutUserFolder().context(), args);
      assertThat(cmd.getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyElementsOf(BackcareCommand.SUBCOMMANDS.keySet());
    }
  }

  @Test
  void lazyAndFullCommandLinesAnswerAlike() {
    for (String[] args :
        new String[][] {
          {"routines"},
          {"routine", "quick", "--dry-run"},
          {"routines", "--json"},
          {"exercises", "cat-cow"},
          {"rotuine", "quick"},
          {"routine", "--bogus"},
          {"--help"},
          {"routine", "-h"}
        }) {
      assertThat(run(args))
          .as(String.join(" ", args))
          .isEqualTo(Cli.withoutUserFolder().exec(args));
    }
  }

  @Test
  void noOptionHasAJavaTimeOrJavaSqlTypeWhoseConverterIsLeftOut() {
    for (CommandLine sub :
        BackcareCommand.commandLine(Cli.withoutUserFolder().context()).getSubcommands().values()) {
      for (CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
        List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.auxiliaryTypes()));
        types.add(arg.type());
        for (Class<?> t : types) {
          assertThat(t.getName())
              .as(
                  "%s %s: picocli.converters.excludes leaves out java.time and java.sql "
                      + "converters (BackcareCommand); take a String",
                  sub.getCommandName(), arg)
              .doesNotStartWith("java.time.")
              .doesNotStartWith("java.sql.");
        }
      }
    }
  }

  @Test
  void aTypoInTheCommandNameStillGetsDidYouMean() {
    Cli.Result r = run("rotuine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("routine");
  }

  @Test
  void rootHelpListsTheVisibleCommandsEveryExitCodeAndExamples() {
    Cli.Result r = run("--help");
    assertThat(r.code()).isZero();
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      if (name.startsWith("__")) assertThat(r.out()).doesNotContain(name);
      else assertThat(r.out()).contains("  " + name + " ");
    }
    assertThat(r.out()).contains("Exit codes:", "Examples:");
    for (int code :
        new int[] {
          ExitCode.OK,
          ExitCode.INTERNAL_ERROR,
          ExitCode.BAD_INPUT,
          ExitCode.SEE_CLINICIAN,
          ExitCode.URGENT,
          ExitCode.EMERGENCY,
          ExitCode.INTERRUPTED
        }) {
      assertThat(r.out()).containsPattern("(?m)^  " + code + " +\\S");
    }
  }

  @Test
  void everyVisibleCommandsHelpHasExamples() {
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      if (name.startsWith("__")) continue;
      Cli.Result r = run(name, "--help");
      assertThat(r.code()).as(name).isZero();
      assertThat(r.out()).as(name).containsPattern("(?m)^Examples:\\R.*backcare " + name);
    }
  }

  @Test
  void versionIsTheVersionAndTheBuildCommit() throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        BackcareCommand.class.getResourceAsStream("/backcare/version.properties")) {
      p.load(in);
    }
    assertThat(p.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(p.getProperty("commit")).matches("[0-9a-f]{7,40}|unknown");
    Cli.Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().trim())
        .isEqualTo(
            "backcare " + p.getProperty("version") + " (commit " + p.getProperty("commit") + ")");
  }

  @Test
  void everyCommandAnswersVersionWithTheProgramsVersion() {
    String version = Cli.withoutUserFolder().asMain().exec("--version").out();
    assertThat(version).startsWith("backcare ");
    CommandLine full = Cli.withoutUserFolder().commandLine();
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      if (full.getSubcommands().get(name).getCommandSpec().findOption("--version") == null) {
        assertThat(name).as("only the hidden __ids has no --version").isEqualTo("__ids");
        continue;
      }
      for (String flag : new String[] {"--version", "-V"}) {
        Cli.Result r = Cli.withoutUserFolder().asMain().exec(name, flag);
        assertThat(r.code()).as(name + " " + flag).isZero();
        assertThat(r.out()).as(name + " " + flag).isEqualTo(version);
      }
    }
  }

  /** A clock that breaks: an internal error in the middle of a routine. */
  private static Cli.Result runWithBrokenClock(String... args) {
    backcare.session.Clock broken =
        new backcare.session.Clock() {
          @Override
          public long nanoTime() {
            throw new IllegalStateException("the clock broke");
          }

          @Override
          public void sleepUntil(long deadline) {
            throw new IllegalStateException("the clock broke");
          }
        };
    return Cli.withoutUserFolder().asMain().clock(broken).exec(args);
  }

  @Test
  void anInternalErrorShowsNoStackTraceWithoutDebug() {
    Cli.Result r = runWithBrokenClock("routine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(r.err()).contains("internal error", "the clock broke", "--debug");
    assertThat(STACK_LINE.matcher(r.err()).find()).as(r.err()).isFalse();
    assertThat(STACK_LINE.matcher(r.out()).find()).isFalse();
  }

  @Test
  void anInternalErrorShowsTheStackTraceWithDebugBeforeOrAfterTheCommand() {
    for (String[] args :
        new String[][] {{"--debug", "routine", "quick"}, {"routine", "quick", "--debug"}}) {
      Cli.Result r = runWithBrokenClock(args);
      assertThat(r.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
      assertThat(r.err()).contains("the clock broke");
      assertThat(r.err()).containsPattern("(?m)^\\s+at backcare\\.");
    }
  }

  @Test
  void badInputShowsNoStackTraceWithoutDebug() {
    Cli.Result r = run("routine", "nosuch");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(STACK_LINE.matcher(r.err()).find()).isFalse();
  }
}
