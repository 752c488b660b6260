package backcare.cli;

import backcare.session.FakeClock;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs backcare as a user would, through picocli, with captured output, a fake clock and a temp config. */
public final class Cli {
    public final Map<String, String> env = new HashMap<>();
    public final FakeClock clock = new FakeClock();
    public String stdin = "";
    public String out;
    public String err;

    public Cli(Path home) {
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
    }

    public int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Context ctx = Context.scripted(env, clock, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = BackcareCommand.commandLine(ctx)
                .setOut(new PrintWriter(o, true))
                .setErr(new PrintWriter(e, true))
                .execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    public Path userRoutines() {
        return Path.of(env.get("XDG_CONFIG_HOME"), "backcare", "routines");
    }
}
