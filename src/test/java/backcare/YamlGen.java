package backcare;

import java.util.List;
import java.util.Random;

/**
 * Generators of hostile YAML and JSON for the property tests: documents shaped like ours with bad
 * values, any nesting, every YAML feature we do not read (aliases, merge keys, tags, block scalars,
 * several documents), control and invisible characters, tabs, and mutations of good files.
 */
public final class YamlGen {
  private YamlGen() {}

  static final String[] DURATIONS = {
    "30s",
    "1m",
    "1m30s",
    "45",
    "0",
    "-5s",
    "21m",
    "20m",
    "1.5m",
    "1h",
    "30 s",
    "s",
    "m",
    "99999999999999999999s",
    "4611686018427387905m",
    "2147483648",
    "0000000000000000000030s",
    "9223372036854775807s",
    "1m99999999999999999999s",
    "\"30s\"",
    "'1m'",
    "~",
    "[30s]",
    "{a: 1}"
  };
  static final String[] NUMBERS = {
    "0",
    "1",
    "3",
    "30",
    "31",
    "-1",
    "1e3",
    "0x10",
    "0o7",
    "3.0",
    ".inf",
    ".nan",
    "99999999999999999999",
    "2147483648",
    "-2147483649",
    "007",
    "+5",
    "1_000",
    "\"3\"",
    "true",
    "null"
  };
  static final String[] WORDS = {
    "bridge",
    "cat-cow",
    "knee-to-chest",
    "childs-pose",
    "heat",
    "cold",
    "walk-break",
    "bridgee",
    "knee-to-chst",
    "Bridge",
    "bridge ",
    "../../etc/passwd",
    "x",
    "a-b",
    "-x",
    "yes",
    "no",
    "y",
    "n",
    "true",
    "false",
    "on",
    "off",
    "both",
    "left",
    "right",
    "none",
    "bothh",
    "pregnancy",
    "stenosis"
  };
  static final String[] KEYS = {
    "id",
    "title",
    "description",
    "leadIn",
    "steps",
    "exercise",
    "hold",
    "flow",
    "reps",
    "sides",
    "rest",
    "alternative",
    "notes",
    "exercises",
    "name",
    "position",
    "instructions",
    "cues",
    "maxHold",
    "warnings",
    "tags",
    "sources",
    "safety",
    "reminders",
    "stopAdvice",
    "facts",
    "hodl",
    "sidez",
    "<<",
    "? x",
    "bladder",
    "bowel",
    "age",
    "fever",
    "saddle",
    "\"quoted key\"",
    "'k'",
    "unknown-field",
    "ID",
    "id "
  };
  static final String[] ODD = {
    "\t",
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u001b]0;title\u0007",
    "\u007f",
    "\u0085",
    "\u009b",
    "\u202e",
    "\u200b",
    "\uFEFF",
    "\uFFFD",
    "\uFFFF",
    "\uD800",
    "\uDC00",
    "é",
    "日本",
    "😀",
    "\r",
    "\r\n",
    "\\",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "!foo ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "? ",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "|\n",
    ">-\n",
    "<<: *a\n",
    "@",
    "`"
  };

  /** One of {@code a}. */
  public static String pick(Random r, String... a) {
    return a[r.nextInt(a.length)];
  }

  /** A scalar as it could be written after {@code key: }. */
  public static String scalar(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> pick(r, DURATIONS);
      case 1 -> pick(r, NUMBERS);
      case 2, 3 -> pick(r, WORDS);
      case 4 ->
          digits(r, 1 + r.nextInt(r.nextBoolean() ? 5 : 40)) + pick(r, "", "s", "m", "m30s", ".5");
      case 5 ->
          "\""
              + text(r, 1 + r.nextInt(12)).replace("\\", "\\\\").replace("\"", "\\\"")
              + pick(r, "", "\\e", "\\x1b", "\\u202e", "\\t", "\\0", "\\N", "\\q")
              + "\"";
      case 6 ->
          pick(
              r,
              "*a",
              "*b",
              "*undefined",
              "&a x",
              "&b 30s",
              "!!str 5",
              "!!int 5",
              "!!binary AAAA",
              "|\n    one\n    two",
              ">\n    folded",
              "[]",
              "{}",
              "~",
              "null",
              "''",
              "\"\"",
              "[a, [b, [c]]]",
              "{exercise: bridge, hold: 5s}",
              "- nested");
      case 7 -> text(r, 1 + r.nextInt(8));
      default -> pick(r, ODD) + pick(r, WORDS);
    };
  }

  public static String digits(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
    return b.toString();
  }

  /** Words, now and then with an odd character among them. */
  public static String text(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) b.append(' ');
      b.append(r.nextInt(6) == 0 ? pick(r, ODD) : pick(r, WORDS));
    }
    return b.toString();
  }

  public static String key(Random r) {
    return r.nextInt(10) == 0 ? text(r, 1) : pick(r, KEYS);
  }

  /** Any YAML value in block style, {@code indent} spaces in, up to {@code depth} more levels. */
  public static void block(Random r, StringBuilder b, int indent, int depth) {
    String pad = " ".repeat(indent);
    int kind = depth <= 0 ? 2 : r.nextInt(6);
    if (kind == 0) { // a map
      int n = r.nextInt(5);
      if (n == 0) b.append(" {}\n");
      else b.append('\n');
      for (int i = 0; i < n; i++) {
        b.append(pad).append(key(r)).append(':');
        block(r, b, indent + 2, depth - 1);
      }
    } else if (kind == 1) { // a list
      int n = r.nextInt(5);
      if (n == 0) b.append(" []\n");
      else b.append('\n');
      for (int i = 0; i < n; i++) {
        b.append(pad).append("-");
        block(r, b, indent + 2, depth - 1);
      }
    } else if (kind == 5) { // flow style, any depth
      b.append(' ');
      flow(r, b, Math.min(depth, 3 + r.nextInt(60)));
      b.append('\n');
    } else {
      b.append(' ').append(scalar(r)).append('\n');
    }
  }

  /** Any value in flow style: {@code [..]} and {@code {..}}, up to {@code depth} levels. */
  public static void flow(Random r, StringBuilder b, int depth) {
    int kind = depth <= 0 ? 2 : r.nextInt(3);
    if (kind == 0) {
      b.append('[');
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        if (i > 0) b.append(", ");
        flow(r, b, depth - 1);
      }
      b.append(']');
    } else if (kind == 1) {
      b.append('{');
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        if (i > 0) b.append(", ");
        b.append(pick(r, KEYS)).append(": ");
        flow(r, b, depth - 1);
      }
      b.append('}');
    } else {
      String s = scalar(r);
      b.append(s.contains("\n") || s.startsWith("-") ? "x" : s);
    }
  }

  /** A routine file: every field of a routine, some steps, each field's value good or bad. */
  public static String routine(Random r) {
    StringBuilder b = new StringBuilder();
    b.append("id: ").append(r.nextInt(3) == 0 ? scalar(r) : "mine").append('\n');
    b.append("title: ").append(r.nextInt(4) == 0 ? scalar(r) : "My routine").append('\n');
    b.append("description: ").append(r.nextInt(4) == 0 ? scalar(r) : "A test").append('\n');
    if (r.nextBoolean()) b.append("leadIn: ").append(pick(r, DURATIONS)).append('\n');
    b.append("steps:\n");
    int steps = r.nextInt(8);
    for (int i = 0; i < steps; i++) step(r, b);
    return b.toString();
  }

  private static void step(Random r, StringBuilder b) {
    switch (r.nextInt(6)) {
      case 0 -> b.append("  - ").append(pick(r, WORDS)).append('\n');
      case 1 ->
          b.append("  - ")
              .append(
                  pick(
                      r,
                      "{}",
                      "hold: 5s",
                      "<<: *a",
                      "~",
                      "[bridge]",
                      "{exercise: bridge, hold: 99999999999999999999s}",
                      "exercise:",
                      "exercise: [a]"))
              .append('\n');
      default -> {
        b.append("  - exercise: ")
            .append(r.nextInt(5) == 0 ? scalar(r) : pick(r, WORDS))
            .append('\n');
        List<String> fields =
            List.of(
                "hold",
                "flow",
                "reps",
                "sides",
                "rest",
                "leadIn",
                "alternative",
                "notes",
                "hodl",
                "<<");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          String f = fields.get(r.nextInt(fields.size()));
          String v =
              switch (f) {
                case "hold", "flow", "rest", "leadIn", "hodl" -> pick(r, DURATIONS);
                case "reps" -> pick(r, NUMBERS);
                default -> scalar(r);
              };
          b.append("    ").append(f).append(": ").append(v).append('\n');
        }
      }
    }
  }

  /** An exercise library file. */
  public static String library(Random r) {
    StringBuilder b = new StringBuilder("exercises:\n");
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append("  - id: ").append(r.nextBoolean() ? "ex-" + r.nextInt(5) : scalar(r)).append('\n');
      if (r.nextInt(5) > 0) b.append("    name: ").append(text(r, 2)).append('\n');
      if (r.nextInt(5) > 0) b.append("    position: Standing\n");
      if (r.nextInt(5) > 0) b.append("    instructions: [").append(pick(r, WORDS)).append("]\n");
      b.append("    ")
          .append(pick(r, "hold", "flow", "maxHold", "hodl"))
          .append(": ")
          .append(pick(r, DURATIONS))
          .append('\n');
      if (r.nextBoolean()) b.append("    reps: ").append(pick(r, NUMBERS)).append('\n');
      b.append("    tags: ")
          .append(
              pick(
                  r,
                  "[]",
                  "[supine]",
                  "[extension, kneeling]",
                  "[supin]",
                  "supine",
                  "[" + text(r, 1) + "]"))
          .append('\n');
    }
    return b.toString();
  }

  /** Any YAML document: a map of keys to any values, some levels deep, or deeper than any limit. */
  public static String anyDocument(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(key(r)).append(':');
      block(r, b, 2, r.nextInt(10) == 0 ? 40 : 4);
    }
    return b.toString();
  }

  /**
   * {@code text} with up to {@code n} random edits: spans cut or doubled, odd characters put in,
   * characters replaced.
   */
  public static String mutate(Random r, String text, int n) {
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < n; i++) {
      int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
      switch (r.nextInt(5)) {
        case 0 -> {
          int end = Math.min(b.length(), at + 1 + r.nextInt(20));
          b.delete(at, end);
        }
        case 1 -> {
          int end = Math.min(b.length(), at + 1 + r.nextInt(40));
          b.insert(at, b.substring(at, end));
        }
        case 2 -> b.insert(at, pick(r, ODD));
        case 3 -> b.insert(at, scalar(r));
        default -> {
          if (at < b.length()) b.setCharAt(at, (char) r.nextInt(r.nextBoolean() ? 0x80 : 0x10000));
        }
      }
    }
    return b.toString();
  }
}
