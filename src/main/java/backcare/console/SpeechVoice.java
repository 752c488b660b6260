package backcare.console;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Speaks through espeak-ng or spd-say, one phrase at a time on a background thread, so the timing
 * never waits for speech. When phrases pile up (a slow voice, quick skipping) the oldest waiting
 * ones are dropped: only what is current is worth saying.
 */
public final class SpeechVoice implements Voice {
  private static final int MAX_WAITING = 2;
  private final List<String> command;
  private final ThreadPoolExecutor speaker;

  /** {@code command}: the program and its options; the phrase is added as the last argument. */
  public SpeechVoice(List<String> command) {
    this.command = List.copyOf(command);
    this.speaker =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "backcare-voice");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void say(String phrase) {
    if (speaker.isShutdown()) return;
    while (speaker.getQueue().size() >= MAX_WAITING) speaker.getQueue().poll();
    speaker.execute(() -> speak(phrase));
  }

  private void speak(String phrase) {
    List<String> cmd = new ArrayList<>(command);
    cmd.add(phrase);
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      // the tool vanished or cannot run: stay silent, the screen still shows everything
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits up to two seconds for what is queued (the closing "done"), then stops. */
  @Override
  public void close() {
    ExecutorService s = speaker;
    s.shutdown();
    try {
      s.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
