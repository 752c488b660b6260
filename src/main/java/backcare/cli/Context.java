package backcare.cli;

import java.io.Console;
import java.lang.reflect.Method;
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
        boolean tty = systemTerminal() && !"dumb".equals(term);
        return new Context(System.getenv(), SystemClock.INSTANCE, System.in, tty, ZonedDateTime::now);
    }

    /** A context for scripts and tests: no terminal. */
    public static Context scripted(Map<String, String> env, Clock clock, InputStream stdin) {
        return new Context(env, clock, stdin, false, ZonedDateTime::now);
    }

    /**
     * True when standard input and output are both a terminal. On JDK 22+ System.console() is not
     * null even when redirected, so Console.isTerminal() is asked where it exists.
     */
    static boolean systemTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 17-21: a console exists only when both are a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
