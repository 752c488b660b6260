package backcare.console;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Process signals for the cases JLine's terminal does not see: piped output, hang-ups, kill. SIGINT
 * (Ctrl-C), SIGTERM (kill, a shutdown) and SIGHUP (the terminal closed) all end a run the same way:
 * with its summary, the terminal given back, the session recorded once, and exit 130 (README).
 * SIGQUIT stays the JVM's: bin/backcare keeps its thread dump off the user's output.
 */
final class Signals {
  /** The signals that end a run as Ctrl-C does. */
  static final java.util.List<String> ENDING = java.util.List.of("INT", "TERM", "HUP");

  private Signals() {}

  /** Runs {@code action} on any of {@code names} until the handle is closed. */
  static Devices.Registration handleAll(java.util.List<String> names, Runnable action) {
    java.util.List<Devices.Registration> all = new java.util.ArrayList<>();
    for (String name : names) all.add(handle(name, action));
    return () -> all.forEach(Devices.Registration::close);
  }

  /**
   * Runs {@code action} on the signal until the handle is closed, which puts the previous handler
   * back.
   */
  static Devices.Registration handle(String name, Runnable action) {
    try {
      Signal signal = new Signal(name);
      SignalHandler previous = Signal.handle(signal, s -> action.run());
      return () -> {
        try {
          Signal.handle(signal, previous);
        } catch (IllegalArgumentException ignored) {
          // the JVM is shutting down or the signal is in use: nothing to restore
        }
      };
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return () -> {}; // this platform or JVM does not let us handle it: keep its default
    }
  }
}
