package backcare.console;

import backcare.session.FakeClock;
import java.util.ArrayList;
import java.util.List;

/**
 * Sounds and a voice that only write down what they were asked to do, and when (seconds from
 * creation).
 */
public final class Recorder implements Sounds, Voice {
  public record Entry(double at, String what) {}

  private final FakeClock clock;
  private final long start;
  public final List<Entry> entries = new ArrayList<>();
  public boolean closed;

  public Recorder(FakeClock clock) {
    this.clock = clock;
    this.start = clock.nanoTime();
  }

  private void note(String what) {
    entries.add(new Entry((clock.nanoTime() - start) / 1e9, what));
  }

  @Override
  public void tick() {
    note("tick");
  }

  @Override
  public void change() {
    note("change");
  }

  @Override
  public void say(String phrase) {
    note("say " + phrase);
  }

  @Override
  public void close() {
    closed = true;
  }

  public List<Double> times(String what) {
    return entries.stream().filter(e -> e.what().equals(what)).map(Entry::at).toList();
  }

  public List<String> spoken() {
    return entries.stream()
        .map(Entry::what)
        .filter(w -> w.startsWith("say "))
        .map(w -> w.substring(4))
        .toList();
  }
}
