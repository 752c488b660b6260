package backcare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A folder of fake programs for PATH: each records its arguments, one line per call (arguments
 * separated by a tab), in NAME.calls beside it, prints what it is told and exits with the code
 * given.
 */
final class FakePrograms {
  /**
   * What ends each recorded call: a record separator and a newline (arguments may hold newlines).
   */
  static final String END = "\u001e\n";

  final Path dir;

  FakePrograms(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** A program that records its call, prints {@code stdout} and exits with {@code code}. */
  FakePrograms add(String name, String stdout, int code) throws IOException {
    return script(name, "printf '%s\\n' \"" + stdout.replace("\"", "\\\"") + "\"\nexit " + code);
  }

  /** A program whose body (sh) runs after its call is recorded. */
  FakePrograms script(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    String calls = dir.resolve(name + ".calls").toString();
    Files.writeString(
        p,
        "#!/bin/sh\n"
            + "first=1; for a in \"$@\"; do if [ $first = 1 ]; then first=0; else printf '\\t' >> '"
            + calls
            + "'; fi;"
            + " printf '%s' \"$a\" >> '"
            + calls
            + "'; done; printf '\\036\\n' >> '"
            + calls
            + "'\n"
            + body
            + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return this;
  }

  /** Each call's arguments, joined by spaces (an argument's own newlines kept). */
  List<String> calls(String name) throws IOException {
    Path f = dir.resolve(name + ".calls");
    if (!Files.exists(f)) return List.of();
    String text = Files.readString(f, StandardCharsets.UTF_8);
    return java.util.Arrays.stream(text.split(END, -1))
        .filter(c -> !c.isEmpty())
        .map(c -> c.replace('\t', ' '))
        .toList();
  }

  /**
   * The raw text recorded for a program (arguments tab-separated, each call ended by {@link #END}).
   */
  String recorded(String name) throws IOException {
    Path f = dir.resolve(name + ".calls");
    return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
  }
}
