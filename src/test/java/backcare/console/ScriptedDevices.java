package backcare.console;

import java.util.Optional;

/**
 * Devices for tests: a scripted screen (or none: a dumb terminal), recorded sounds and voice, a
 * Ctrl-C to fire.
 */
public final class ScriptedDevices implements Devices {
  private final ScriptedScreen screen;
  public final Recorder sounds;
  private final Recorder voice;
  public Runnable interruptAction;
  public int interruptRegistrations;
  public int interruptReleases;

  /** {@code voice} null: no speech tool installed. */
  public ScriptedDevices(ScriptedScreen screen, Recorder sounds, Recorder voice) {
    this.screen = screen;
    this.sounds = sounds;
    this.voice = voice;
  }

  @Override
  public Optional<Screen> openScreen() {
    return Optional.ofNullable(screen);
  }

  @Override
  public Sounds sounds(Screen s) {
    return sounds;
  }

  @Override
  public Optional<Voice> voice() {
    return Optional.ofNullable(voice);
  }

  @Override
  public Registration onInterrupt(Runnable action) {
    interruptAction = action;
    interruptRegistrations++;
    return () -> {
      interruptReleases++;
      interruptAction = null;
    };
  }
}
