package backcare.cli;

import backcare.session.Clock;
import backcare.session.SystemClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run for the class-data archive: bin/backcare runs {@code java
 * -XX:ArchiveClassesAtExit=target/backcare.jsa -Dbackcare.train=true -jar target/run/backcare.jar}
 * after each build, and the JVM archives every class these commands load, so that later starts map
 * them instead of loading and verifying them. Output goes nowhere; the user's files are not read.
 */
final class ArchiveTraining {
  /**
   * Typical commands, including their errors and help. A new subcommand adds its usual invocations;
   * one that fails (an unknown command on an older branch) just trains the error path. All JSON is
   * written by JsonOut on Jackson's streaming generator; nothing here loads Jackson's ObjectMapper,
   * whose 500 classes made the archive 9.2 MB instead of 5.6, and every start ~2 ms slower
   * (docs/performance.md).
   */
  static final List<String[]> COMMANDS =
      List.of(
          new String[] {"routines"},
          new String[] {"routines", "--json"},
          new String[] {"routine", "morning", "--dry-run"},
          new String[] {"routine", "morning", "--dry-run", "--json"},
          // a condition, as a screen's or --condition gives one: steps swapped, left out, and why
          new String[] {"routine", "quick", "--dry-run", "--condition", "disc"},
          new String[] {"routine", "quick"},
          new String[] {"routine", "quick", "--json"},
          new String[] {"exercises"},
          new String[] {"exercises", "cat-cow"},
          new String[] {"exercises", "cat-cow", "--svg"},
          new String[] {"exercises", "--json"},
          new String[] {"routine", "mornin"},
          new String[] {"triage", "--list", "--json"},
          new String[] {"history"},
          new String[] {"heat", "--minutes", "1"},
          new String[] {"cold", "--help"},
          new String[] {
            "remind", "status"
          }, // no PATH and no config folder here: systemctl is never run
          new String[] {
            "remind", "notify"
          }, // what the timer starts; no DISPLAY here, so it shows nothing
          new String[] {"report", "-o", "-"}, // to the training run's output, which goes nowhere
          new String[] {"--help"},
          new String[] {"routine", "--help"},
          new String[] {"--version"});

  private ArchiveTraining() {}

  static int run() {
    // no user folder, a history of its own (so reading and writing records is archived too), and a
    // clock that jumps to each deadline: a routine runs in a moment
    Path state;
    try {
      state = Files.createTempDirectory("backcare-training");
    } catch (IOException e) {
      return 1;
    }
    Map<String, String> env =
        Map.of(
            "XDG_CONFIG_HOME",
            "/nonexistent/backcare-training",
            "HOME",
            "/nonexistent",
            "XDG_STATE_HOME",
            state.toString());
    Context context =
        Context.scripted(env, new InstantClock(), new ByteArrayInputStream(new byte[0]));
    SystemClock.INSTANCE.nanoTime(); // the clock of every real run
    // what Context.system() reads at every real start (the scripted context below does not): the
    // environment's and the console's classes, else loaded from the JDK's image each time
    System.getenv();
    System.console();
    int failed = 0;
    List<String[]> commands = new java.util.ArrayList<>(COMMANDS);
    Path file = null;
    Path answers = null;
    try {
      // a routine file of the user's: the YAML parser's classes, for validate, routine --file
      // and the triage questions and answers
      file = Files.createTempFile("backcare-training", ".yaml");
      Files.writeString(
          file,
          "id: training\ntitle: Training\ndescription: For the archive.\n"
              + "steps:\n  - exercise: cat-cow\n    flow: 30s\n  - exercise: bridge\n    hold: 5s\n");
      commands.add(new String[] {"validate", file.toString()});
      commands.add(new String[] {"routine", "--file", file.toString(), "--dry-run"});
      answers = Files.createTempFile("backcare-training", ".yaml");
      StringBuilder all = new StringBuilder();
      for (backcare.triage.Question q : backcare.triage.TriageRules.load().questions()) {
        all.append(q.id()).append(": ").append(q.id().equals("age") ? "40" : "no").append('\n');
      }
      Files.writeString(answers, all);
      commands.add(
          new String[] {"triage", "--answers", answers.toString(), "--json", "--no-routine"});
      commands.add(new String[] {"triage", "--answers", answers.toString(), "--no-routine"});
      // with records in the history now: what every later start of these commands reads
      commands.add(new String[] {"routine", "morning", "--dry-run"});
      commands.add(new String[] {"routine", "quick", "--pain", "4", "--pain-after", "3"});
      commands.add(new String[] {"history"});
      commands.add(new String[] {"history", "--json"});
    } catch (IOException | RuntimeException e) {
      failed++;
    }
    for (String[] args : commands) {
      try {
        picocli.CommandLine cmd = BackcareCommand.forArguments(context, args);
        Encodings.install(
            cmd, java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
        cmd.execute(args);
      } catch (RuntimeException e) {
        failed++;
      }
    }
    for (Path temp : new Path[] {file, answers}) {
      try {
        if (temp != null) Files.deleteIfExists(temp);
      } catch (IOException e) {
        failed++;
      }
    }
    try (java.util.stream.Stream<Path> all = Files.walk(state)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      failed++;
    }
    return failed == 0 ? 0 : 1;
  }

  private static final class InstantClock implements Clock {
    private long now = 1_000_000_000L;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleepUntil(long deadline) {
      if (deadline > now) now = deadline;
    }
  }
}
