package backcare.console;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/** Process signals (SIGINT, SIGHUP) for the cases JLine's terminal does not see: piped output, hang-ups. */
final class Signals {
    private Signals() {}

    /** Runs {@code action} on the signal until the handle is closed, which puts the previous handler back. */
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
