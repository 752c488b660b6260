package backcare;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" by edit distance, bounded so that no input makes it slow: a word is compared
 * only with candidates of a similar length (no other could be close enough), words and candidates
 * longer than {@link #MAX_LENGTH} get no suggestion, at most {@link #MAX_CANDIDATES} candidates are
 * compared, and a reader of a file makes suggestions through a {@link Budget} that stops after the
 * first few unknown words.
 */
public final class Suggest {
  /** Longer words are no typo of an id; comparing them would cost length squared. */
  static final int MAX_LENGTH = 64;

  static final int MAX_CANDIDATES = 2000;

  /** Suggestions made for one file, or one set of answers. */
  public static final int MAX_PER_INPUT = 20;

  private Suggest() {}

  /** The closest candidate within a distance that still looks like a typo, if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word == null || word.length() > MAX_LENGTH) return Optional.empty();
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixed = null;
    int compared = 0;
    for (String c : candidates) {
      if (compared++ == MAX_CANDIDATES) break;
      if (c.length() > MAX_LENGTH) continue;
      String lc = c.toLowerCase(Locale.ROOT);
      if (prefixed == null && w.length() >= 3 && lc.startsWith(w)) prefixed = c;
      if (Math.abs(lc.length() - w.length()) > allowed(w.length(), lc.length())) continue;
      int d = distance(w, lc);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best != null && bestDistance <= allowed(w.length(), best.length()))
      return Optional.of(best);
    return Optional.ofNullable(prefixed);
  }

  /** The distance that still looks like a typo of a word of these lengths. */
  private static int allowed(int wordLength, int candidateLength) {
    return Math.max(2, Math.min(wordLength, candidateLength) / 3);
  }

  /** " (did you mean X?)" or "". */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
  }

  /** "; did you mean 'x'?" or "" (the form triage's messages use). */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Suggestions for the first {@link #MAX_PER_INPUT} unknown words of one input; none after that.
   */
  public static final class Budget {
    private int left = MAX_PER_INPUT;

    public String didYouMean(String word, Collection<String> candidates) {
      return left-- > 0 ? Suggest.didYouMean(word, candidates) : "";
    }

    public String hint(String word, Collection<String> candidates) {
      return left-- > 0 ? Suggest.hint(word, candidates) : "";
    }
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
