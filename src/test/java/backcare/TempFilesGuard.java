package backcare;

import java.io.IOException;
import java.io.UncheckedIOException;
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
  static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
  private static final boolean ON = !TMP.normalize().equals(Path.of("/tmp"));

  public TempFilesGuard() throws IOException {
    if (!ON) return;
    Files.createDirectories(TMP);
    // Java reads java.io.tmpdir when it starts: set later, the property is not where files go
    Path probe = Files.createTempFile("backcare-guard", "");
    Files.delete(probe);
    if (!probe.getParent().equals(TMP))
      throw new IllegalStateException(
          "temporary files go to "
              + probe.getParent()
              + ", not java.io.tmpdir "
              + TMP
              + ": give -Djava.io.tmpdir on the java command line (surefire's argLine)");
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
