package backcare.routine;

import backcare.yaml.Node;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map of the built-in library whose values are parsed from their YAML trees when first asked for,
 * so that a start parses only what its command uses (docs/performance.md, "The built-in library
 * parsed on demand"). The build has checked every tree ({@link CompiledLibrary#main}). Keys and
 * their order are known without parsing; {@code containsKey}, {@code keySet} and {@code size} parse
 * nothing; {@code put} (a user's file) sets a value as a LinkedHashMap would.
 */
final class OnDemand<V> extends AbstractMap<String, V> {

  /** Where a value's tree is: its file, the path of the tree in it, the tree. */
  record Source(String file, String path, Node tree) {}

  /** Makes a value from its tree. */
  interface Parser<V> {
    V parse(Source source);
  }

  private final Parser<V> parser;

  /** Every key in order; its source, or null for a value put in. */
  private final LinkedHashMap<String, Source> sources = new LinkedHashMap<>();

  private final Map<String, V> made = new HashMap<>();

  OnDemand(Parser<V> parser) {
    this.parser = parser;
  }

  /** Adds a value to be parsed from {@code source} when asked for (a later one of a key wins). */
  synchronized void add(String key, Source source) {
    sources.put(key, source);
    made.remove(key);
  }

  @Override
  public synchronized V get(Object key) {
    V v = made.get(key);
    if (v != null || !sources.containsKey(key)) return v;
    v = parser.parse(sources.get(key));
    made.put((String) key, v);
    return v;
  }

  @Override
  public synchronized V put(String key, V value) {
    V before = sources.containsKey(key) ? get(key) : null;
    sources.put(key, null);
    made.put(key, value);
    return before;
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    return sources.containsKey(key);
  }

  @Override
  public synchronized int size() {
    return sources.size();
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(sources.keySet());
  }

  /** The keys whose values have been made so far (tests). */
  synchronized Set<String> made() {
    return Set.copyOf(made.keySet());
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new Entries();
  }

  /** Each entry in key order, its value parsed as the iteration reaches it. */
  private final class Entries extends AbstractSet<Map.Entry<String, V>> {
    @Override
    public Iterator<Map.Entry<String, V>> iterator() {
      Iterator<String> keys = sources.keySet().iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return keys.hasNext();
        }

        @Override
        public Map.Entry<String, V> next() {
          String key = keys.next();
          return new AbstractMap.SimpleImmutableEntry<>(key, get(key));
        }
      };
    }

    @Override
    public int size() {
      return OnDemand.this.size();
    }
  }
}
