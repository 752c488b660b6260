package backcare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves anything in the temporary folder: tests make their files in a
 * {@code @TempDir}, which JUnit deletes, and delete what the programs they start make. Surefire
 * gives the tests a temporary folder of their own ({@code target/test-tmp}, as java.io.tmpdir and
 * TMPDIR), so that what is there is theirs; with the system's /tmp, which others share, the guard
 * stays off. Every test class gets it through META-INF/services and junit-platform.properties.
 *
 * <p>The check runs when the class's extension context closes, after JUnit has deleted every
 * {@code @TempDir} of the class and its tests: the listing is taken at the class's first callback
 * (its execution condition) and stored as a resource the context closes last, as it closes them in
 * the reverse order they were stored.
 */
public final class TempFilesGuard implements ExecutionCondition {
  /** Where temporary files go. */
  static final Path TMP = whereTempFilesGo();

  private static final boolean ON = !TMP.equals(Path.of("/tmp"));

  /**
   * Java reads java.io.tmpdir once, as it starts: the value on the java command line, not the
   * property's now (surefire sets the properties given to Maven later).
   */
  private static Path whereTempFilesGo() {
    String dir = System.getProperty("java.io.tmpdir");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments())
      if (arg.startsWith("-Djava.io.tmpdir=")) dir = arg.substring("-Djava.io.tmpdir=".length());
    try {
      return Files.createDirectories(Path.of(dir)).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (ON && context.getTestMethod().isEmpty() && context.getTestClass().isPresent()) {
      context
          .getStore(ExtensionContext.Namespace.create(TempFilesGuard.class))
          .getOrComputeIfAbsent(
              "listing", k -> new Listing(context.getDisplayName(), names()), Listing.class);
    }
    return ConditionEvaluationResult.enabled("");
  }

  static Set<String> names() {
    try (Stream<Path> s = Files.list(TMP)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What was in the temporary folder before the class ran. */
  record Listing(String testClass, Set<String> before)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      Set<String> left = names();
      left.removeAll(before);
      if (!left.isEmpty()) {
        throw new AssertionError(
            testClass
                + " left "
                + left
                + " in "
                + TMP
                + ": make files in a @TempDir (JUnit deletes it), and delete what a program the"
                + " test starts makes");
      }
    }
  }
}
