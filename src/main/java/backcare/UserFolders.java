package backcare;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's own files live: {@code $XDG_STATE_HOME} (the history) and {@code
 * $XDG_CONFIG_HOME} (the user's routines) when set to an absolute folder, else under {@code $HOME}.
 * A relative or empty XDG folder is ignored, as the XDG spec says; but an empty or relative HOME is
 * never used, since it would put the user's history or routines under whatever folder backcare was
 * started from.
 */
public final class UserFolders {
  private UserFolders() {}

  /**
   * {@code $XDG_STATE_HOME}, else {@code $HOME/.local/state}; a bad HOME is a {@link
   * BadInputException}.
   */
  public static Path state(Map<String, String> env) {
    return base(env, "XDG_STATE_HOME", ".local/state", "your history");
  }

  /**
   * {@code $XDG_CONFIG_HOME}, else {@code $HOME/.config}; a bad HOME is a {@link
   * BadInputException}.
   */
  public static Path config(Map<String, String> env) {
    return base(env, "XDG_CONFIG_HOME", ".config", "your own routines");
  }

  private static Path base(Map<String, String> env, String xdgName, String underHome, String what) {
    Path xdg = absolute(env.get(xdgName));
    if (xdg != null) return xdg;
    String home = env.containsKey("HOME") ? env.get("HOME") : System.getProperty("user.home");
    Path h = absolute(home);
    if (h != null) return h.resolve(underHome);
    String problem =
        home == null || home.isBlank()
            ? "HOME is " + (home == null ? "not set" : "empty")
            : "HOME is \"" + home + "\", which is not an absolute path";
    throw new BadInputException(
        problem
            + " and "
            + xdgName
            + " is not set to an absolute folder, so backcare"
            + " cannot tell where "
            + what
            + " belong"
            + (what.endsWith("history") ? "s" : "")
            + "; set HOME to your home folder (like /home/you) or "
            + xdgName
            + " to an absolute folder");
  }

  /**
   * The path when the text is an absolute path, else null (empty, relative or not a path at all).
   */
  private static Path absolute(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      Path p = Path.of(text);
      return p.isAbsolute() ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
