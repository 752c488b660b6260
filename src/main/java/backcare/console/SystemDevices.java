package backcare.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real machine: JLine for the screen, paplay/aplay for sounds, espeak-ng/spd-say for the voice,
 * SIGINT.
 */
public final class SystemDevices implements Devices {
  private final Map<String, String> env;

  public SystemDevices(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Optional<Screen> openScreen() {
    try {
      // JLine is loaded here, and only here: piped runs never pay for it
      return Optional.ofNullable(JLineScreen.open(Terminals.system()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Sounds sounds(Screen screen) {
    String path = env.get("PATH");
    for (String player : List.of("paplay", "aplay")) {
      var found = Executables.find(player, path);
      if (found.isPresent()) return PlayerSounds.create(found.get(), Sounds.bell(screen));
    }
    return Sounds.bell(screen);
  }

  @Override
  public Optional<Voice> voice() {
    String path = env.get("PATH");
    var espeak = Executables.find("espeak-ng", path);
    if (espeak.isPresent()) return Optional.of(new SpeechVoice(List.of(espeak.get().toString())));
    var spd = Executables.find("spd-say", path);
    if (spd.isPresent())
      return Optional.of(new SpeechVoice(List.of(spd.get().toString(), "--wait")));
    return Optional.empty();
  }

  @Override
  public Registration onInterrupt(Runnable action) {
    return Signals.handleAll(Signals.ENDING, action);
  }
}
