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
              InProcess.context(null), new String[] {"--debug", name, "--help"});
      assertThat(cmd.getSubcommands()).containsOnlyKeys(name);
    }
  }

  @Test
  void withoutAPlainSubcommandNameEveryOneIsBuilt() {
    for (String[] args :
        new String[][] {{}, {"--help"}, {"rotuine"}, {"@args.txt"}, {"--", "routine"}}) {
      CommandLine cmd = BackcareCommand.forArguments(InProcess.context(null), args);
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
      assertThat(InProcess.run(args)).as(String.join(" ", args)).isEqualTo(InProcess.runFull(args));
    }
  }

  @Test
  void noOptionHasAJavaTimeOrJavaSqlTypeWhoseConverterIsLeftOut() {
    for (CommandLine sub :
        BackcareCommand.commandLine(InProcess.context(null)).getSubcommands().values()) {
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
    InProcess.Result r = InProcess.run("rotuine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("routine");
  }

  @Test
  void rootHelpListsTheVisibleCommandsEveryExitCodeAndExamples() {
    InProcess.Result r = InProcess.run("--help");
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
      InProcess.Result r = InProcess.run(name, "--help");
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
    InProcess.Result r = InProcess.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().trim())
        .isEqualTo(
            "backcare " + p.getProperty("version") + " (commit " + p.getProperty("commit") + ")");
  }

  @Test
  void everyCommandAnswersVersionWithTheProgramsVersion() {
    String version = InProcess.run("--version").out();
    assertThat(version).startsWith("backcare ");
    CommandLine full =
        BackcareCommand.commandLine(InProcess.context(new backcare.session.FakeClock()));
    for (String name : BackcareCommand.SUBCOMMANDS.keySet()) {
      if (full.getSubcommands().get(name).getCommandSpec().findOption("--version") == null) {
        assertThat(name).as("only the hidden __ids has no --version").isEqualTo("__ids");
        continue;
      }
      for (String flag : new String[] {"--version", "-V"}) {
        InProcess.Result r = InProcess.run(name, flag);
        assertThat(r.code()).as(name + " " + flag).isZero();
        assertThat(r.out()).as(name + " " + flag).isEqualTo(version);
      }
    }
  }

  /** A clock that breaks: an internal error in the middle of a routine. */
  private static InProcess.Result runWithBrokenClock(String... args) {
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
    return InProcess.run(BackcareCommand.forArguments(InProcess.context(broken), args), args);
  }

  @Test
  void anInternalErrorShowsNoStackTraceWithoutDebug() {
    InProcess.Result r = runWithBrokenClock("routine", "quick");
    assertThat(r.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(r.err()).contains("internal error", "the clock broke", "--debug");
    assertThat(STACK_LINE.matcher(r.err()).find()).as(r.err()).isFalse();
    assertThat(STACK_LINE.matcher(r.out()).find()).isFalse();
  }

  @Test
  void anInternalErrorShowsTheStackTraceWithDebugBeforeOrAfterTheCommand() {
    for (String[] args :
        new String[][] {{"--debug", "routine", "quick"}, {"routine", "quick", "--debug"}}) {
      InProcess.Result r = runWithBrokenClock(args);
      assertThat(r.code()).isEqualTo(ExitCode.INTERNAL_ERROR);
      assertThat(r.err()).contains("the clock broke");
      assertThat(r.err()).containsPattern("(?m)^\\s+at backcare\\.");
    }
  }

  @Test
  void badInputShowsNoStackTraceWithoutDebug() {
    InProcess.Result r = InProcess.run("routine", "nosuch");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(STACK_LINE.matcher(r.err()).find()).isFalse();
  }
}
