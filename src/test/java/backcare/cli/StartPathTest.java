package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import backcare.triage.Question;
import backcare.triage.TriageRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the benchmarked starts must not load (docs/performance.md, "Start-up"): no annotation proxy
 * (the commands' models come from the build's cache), and no record's generated equals, hashCode or
 * toString (java.lang.runtime.ObjectMethods links a chain of method handles at its first use, ~15
 * ms, which no JDK 17 class-data archive holds), and no lambda of the set-up every command shares
 * or of the files these commands read (each call site is linked at its first run, in every
 * process). Each start runs in a JVM of its own, with the class-loading log.
 */
class StartPathTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"routines", "routine morning --dry-run", "triage"})
  void aStartLoadsNoAnnotationProxyAndLinksNoRecordMethod(String command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    if (command.equals("triage")) {
      StringBuilder answers = new StringBuilder();
      for (Question q : TriageRules.load().questions())
        answers.append(q.id()).append(": ").append(q.id().equals("age") ? "40" : "no").append('\n');
      Path file = Files.writeString(dir.resolve("answers.yaml"), answers);
      args.addAll(List.of("--answers", file.toString(), "--json", "--no-routine"));
    }
    Path log = dir.resolve("classes.log");
    Map<String, String> env = Launcher.env(dir);
    Launcher.Result run =
        Launcher.run(
            env,
            Launcher.java(
                env, List.of("-Xlog:class+load:file=" + log), args.toArray(String[]::new)),
            ProcessBuilder.Redirect.PIPE);
    assertThat(run.code()).as(run.outText() + run.err()).isZero();
    List<String> loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      String[] parts = line.split(" ");
      if (parts.length > 1) loaded.add(parts[1]);
    }
    assertThat(loaded).as("classes loaded").contains("backcare.cli.Main");
    assertThat(loaded)
        .as("a record's equals, hashCode or toString on the way")
        .doesNotContain("java.lang.runtime.ObjectMethods");
    assertThat(loaded)
        .as("an annotation read on the way")
        .noneMatch(c -> c.startsWith("jdk.proxy") || c.contains("$Proxy"));
    assertThat(loaded)
        .as("a lambda linked where the start runs a fixed path")
        .noneMatch(c -> LAMBDA_FREE.matcher(c).lookingAt());
  }

  /** Classes whose part in these starts links no lambda or method reference. */
  private static final java.util.regex.Pattern LAMBDA_FREE =
      java.util.regex.Pattern.compile(
          "backcare\\.(cli\\.(HumanOutput|Encodings|UsageErrors|ScriptedAnswers)"
              + "|routine\\.ContentParser|yaml\\.YamlReader)\\$\\$Lambda");
}
