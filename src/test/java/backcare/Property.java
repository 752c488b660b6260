package backcare;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Property tests over generated texts, on QuickTheories (the project's one property engine): a
 * check run over many texts from a fixed seed, each within a time limit. Texts are made by a
 * generator that draws from a {@link Random}, so a try is its seed; a failing text is shrunk here
 * by removing spans while it still fails (QuickTheories' own shrinking would only shrink the seed)
 * and reported with the seed of its try, so that the failure can be run again alone.
 */
public final class Property {
  private final String name;
  private final long seed;
  private int tries = 200;

  /**
   * A try takes milliseconds of work; the limit catches a blow-up. It bounds the processor time of
   * the thread that runs the try, which a busy machine does not inflate as it does the wall clock.
   */
  private final Duration perTry = Duration.ofSeconds(2);

  /** A hang uses no processor time: this bound of the wall clock catches it. */
  private static final Duration HANG = Duration.ofMinutes(1);

  /**
   * Checks {@code check} over {@code examples} texts of up to {@code maxLength} characters, drawn
   * from a fixed seed and spelled in {@code alphabet}: each character of a basic-Latin text
   * replaced by the alphabet's character at its code modulo the alphabet's length. The
   * scan-against-pattern tests draw texts of the characters that matter to a pattern, and a few
   * that do not, this way.
   */
  public static void spelledTexts(
      String alphabet, int maxLength, int examples, Consumer<String> check) {
    qt().withFixedSeed(20261202L)
        .withExamples(examples)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, maxLength))
        .checkAssert(raw -> check.accept(spelled(raw, alphabet)));
  }

  private static String spelled(String raw, String alphabet) {
    StringBuilder s = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) s.append(alphabet.charAt(c % alphabet.length()));
    return s.toString();
  }

  private Property(String name, long seed) {
    this.name = name;
    this.seed = seed;
  }

  /** A property called {@code name}, its tries drawn from {@code seed}. */
  public static Property of(String name, long seed) {
    return new Property(name, seed);
  }

  public Property tries(int n) {
    this.tries = n;
    return this;
  }

  /**
   * Runs {@code check} on {@code tries} texts made by {@code generate}; a check fails by throwing.
   */
  public void forAll(Function<Random, String> generate, Consumer<String> check) {
    // -Dbackcare.property.seed=S and -Dbackcare.property.tries=N explore further than the fixed run
    long start = Long.getLong("backcare.property.seed", seed);
    int tries = Integer.getInteger("backcare.property.tries", this.tries);
    Gen<Long> trySeeds = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
    qt().withFixedSeed(start)
        .withExamples(tries)
        .withShrinkCycles(0)
        .forAll(trySeeds)
        .checkAssert(
            trySeed -> {
              String input = generate.apply(new Random(trySeed));
              Throwable failure = failure(check, input);
              if (failure != null) {
                String smallest = shrink(check, input);
                throw new AssertionError(
                    name
                        + ": the try with seed "
                        + trySeed
                        + " failed: "
                        + failure
                        + "\nshrunk input ("
                        + smallest.length()
                        + " chars): "
                        + show(smallest)
                        + "\noriginal input ("
                        + input.length()
                        + " chars): "
                        + show(input),
                    failure);
              }
            });
  }

  /** What {@code check} threw on {@code input}, or null; a check over the time limit fails too. */
  private Throwable failure(Consumer<String> check, String input) {
    try {
      long nanos =
          assertTimeoutPreemptively(
              HANG, () -> cpuNanos(() -> check.accept(input)), () -> "hung: it ran for " + HANG);
      if (nanos > perTry.toNanos()) {
        return new AssertionError(
            "took " + nanos / 1_000_000 + " ms of processor time, over " + perTry.toMillis());
      }
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /**
   * The processor time {@code work} takes in this thread, in nanoseconds: the work done, whatever
   * else the machine is doing (the wall clock of a loaded machine is not).
   */
  public static long cpuNanos(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return threads.getCurrentThreadCpuTime() - start;
  }

  /** Removes spans of the input, largest first, while the check still fails: at most 300 checks. */
  private String shrink(Consumer<String> check, String input) {
    String smallest = input;
    int budget = 300;
    for (int span = Math.max(1, smallest.length() / 2); span >= 1 && budget > 0; span /= 2) {
      boolean removed = true;
      while (removed && budget > 0) {
        removed = false;
        for (int at = 0; at + span <= smallest.length() && budget > 0; at += span) {
          String candidate = smallest.substring(0, at) + smallest.substring(at + span);
          budget--;
          if (failure(check, candidate) != null) {
            smallest = candidate;
            removed = true;
            break;
          }
        }
      }
    }
    return smallest;
  }

  /** The text with every character a terminal or a report could misread written as an escape. */
  private static String show(String s) {
    StringBuilder b = new StringBuilder("\"");
    String t = s.length() > 2000 ? s.substring(0, 2000) : s;
    t.codePoints()
        .forEach(
            c -> {
              if (c == '\n') b.append("\\n");
              else if (c == '\t') b.append("\\t");
              else if (c == '"' || c == '\\') b.append('\\').appendCodePoint(c);
              else if (c < 0x20
                  || (c >= 0x7f && c < 0xa0)
                  || Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.SURROGATE
                  || c == 0xFFFD) b.append(String.format("\\u%04x", c));
              else b.appendCodePoint(c);
            });
    return b.append(s.length() > 2000 ? "\"..." : "\"").toString();
  }
}
