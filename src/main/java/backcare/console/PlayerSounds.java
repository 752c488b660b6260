package backcare.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sounds through the system's player (paplay or aplay) with generated WAV files, started and never
 * waited for. Falls back to the terminal bell for good when the player cannot start or fails (no
 * sound server, no device).
 */
final class PlayerSounds implements Sounds {
  private final Path player;
  private final Path tick;
  private final Path change;
  private final Sounds fallback;
  private volatile boolean broken;

  private PlayerSounds(Path player, Path tick, Path change, Sounds fallback) {
    this.player = player;
    this.tick = tick;
    this.change = change;
    this.fallback = fallback;
  }

  static Sounds create(Path player, Sounds fallback) {
    try {
      Path dir = Files.createTempDirectory("backcare-sounds");
      Path tick = Files.write(dir.resolve("tick.wav"), Wav.tick());
      Path change = Files.write(dir.resolve("change.wav"), Wav.change());
      for (Path p : List.of(tick, change, dir)) p.toFile().deleteOnExit();
      return new PlayerSounds(player, tick, change, fallback);
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }

  @Override
  public void tick() {
    play(tick, fallback::tick);
  }

  @Override
  public void change() {
    play(change, fallback::change);
  }

  private void play(Path file, Runnable instead) {
    if (broken) {
      instead.run();
      return;
    }
    List<String> cmd = new ArrayList<>(List.of(player.toString()));
    if (player.getFileName().toString().equals("aplay")) cmd.add("-q");
    cmd.add(file.toString());
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.onExit()
          .thenAccept(
              done -> {
                if (done.exitValue() != 0) broken = true;
              });
    } catch (IOException | RuntimeException e) {
      broken = true;
      instead.run();
    }
  }
}
