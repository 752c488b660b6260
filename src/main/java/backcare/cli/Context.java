package backcare.cli;

import backcare.session.Clock;
import backcare.session.SystemClock;
import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands take from the world: environment variables, the clock, stdin, whether stdin
 * and stdout are a terminal, and the wall-clock time. Tests pass their own.
 */
public record Context(Map<String, String> env, Clock clock, InputStream stdin, boolean interactive,
                      Supplier<ZonedDateTime> now) {

    public static Context system() {
        String term = System.getenv("TERM");
        boolean tty = TriageCommand.systemTerminal() && !"dumb".equals(term);
        return new Context(System.getenv(), SystemClock.INSTANCE, System.in, tty, ZonedDateTime::now);
    }

    /** A context for scripts and tests: no terminal. */
    public static Context scripted(Map<String, String> env, Clock clock, InputStream stdin) {
        return new Context(env, clock, stdin, false, ZonedDateTime::now);
    }
}
