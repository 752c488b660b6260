package backcare.console;

import java.util.Optional;

/**
 * What a run takes from the machine beyond stdout: the full-screen terminal, the sound player, the
 * speech tool and Ctrl-C. {@link SystemDevices} is the real machine; tests pass scripted ones.
 */
public interface Devices {
  /**
   * The full-screen terminal, or empty when the terminal cannot do it (dumb): the caller prints
   * lines instead.
   */
  Optional<Screen> openScreen();

  /** Ticks and chimes: the system's player when one is installed, else the screen's bell. */
  Sounds sounds(Screen screen);

  /** The speech tool, or empty when none is installed. */
  Optional<Voice> voice();

  /**
   * Runs {@code action} on Ctrl-C (SIGINT), SIGTERM or SIGHUP until the returned handle is closed;
   * for runs without a screen.
   */
  Registration onInterrupt(Runnable action);

  /** Undoes a registration. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** What to tell a user who asked for --voice on a machine without a speech tool. */
  String NO_VOICE =
      "backcare: --voice needs espeak-ng or spd-say (speech-dispatcher), and neither is installed;"
          + " install one (e.g. `sudo apt install espeak-ng`). Running without a voice.";
}
