package backcare.yaml;

import com.fasterxml.jackson.core.Base64Variants;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * What kind of value a scalar is, by the rules backcare's files were always read with (YAML 1.1's
 * implicit types as SnakeYAML's resolver has them, then Jackson's YAML parser's decoding): text,
 * empty ({@code ~}, {@code null}, nothing), or a typed value (a number, a boolean, {@code
 * !!binary}). Only the kind is kept: a {@link Node.Scalar} holds the text as written, so {@code
 * yes}, {@code 1.0}, {@code 0x1F} stay those texts; the kind only says whether they were written as
 * text ({@link Node.Scalar#quoted}) or as nothing ({@link Node.Scalar#isNull}).
 *
 * <p>Reading SnakeYAML's events directly, without a {@code Resolver}, saves its set-up at every
 * start (its tags and ten patterns; docs/performance.md): only a scalar that starts like a number
 * needs a pattern, compiled at its first use.
 */
enum ScalarKind {
  TEXT,
  EMPTY,
  TYPED,
  /** A scalar that Jackson's parser made no token of ({@code !!int -}): read as nothing there. */
  NONE;

  private static final String YAML_TAG = "tag:yaml.org,2002:";

  /** Beyond this many digits, a number in base 2, 8 or 16 is refused as Jackson refused it. */
  static final int MAX_DIGITS = 1000;

  /**
   * The kind of a scalar, or an {@link IllegalArgumentException} that says what is wrong with a
   * malformed {@code !!int} or {@code !!binary}.
   */
  static ScalarKind of(ScalarEvent scalar) {
    String value = scalar.getValue();
    String tag = scalar.getTag();
    if (tag == null || tag.equals("!")) {
      return scalar.getImplicit().canOmitTagInPlainScalar() ? implicit(value) : TEXT;
    }
    if (tag.startsWith(YAML_TAG)) {
      tag = tag.substring(YAML_TAG.length());
      int comma = tag.indexOf(',');
      if (comma >= 0) tag = tag.substring(0, comma);
    }
    switch (tag) {
      case "binary" -> {
        Base64Variants.MIME.decode(value.trim()); // IllegalArgumentException: not base64
        return TYPED;
      }
      case "bool" -> {
        return isBoolean(value) ? TYPED : TEXT;
      }
      case "int" -> {
        return value.isEmpty() ? TEXT : integer(value);
      }
      case "float" -> {
        return value.isEmpty() ? TEXT : TYPED;
      }
      case "null" -> {
        return value.isEmpty() ? TEXT : EMPTY;
      }
      default -> {
        return TEXT;
      }
    }
  }

  /**
   * A plain scalar's kind: the resolver's patterns tried in its order for the first character
   * (booleans, integers, floats, null), each up to its length limit, then its patterns for any
   * character (null, empty).
   */
  private static ScalarKind implicit(String v) {
    if (v.isEmpty()) return EMPTY;
    int len = v.length();
    char c = v.charAt(0);
    if (len <= 10 && "yYnNtTfFoO".indexOf(c) >= 0 && isYaml11Boolean(v)) return TYPED;
    if (len <= 1024 && "-+0123456789".indexOf(c) >= 0 && Patterns.INT.matcher(v).matches()) {
      return integer(v);
    }
    if (len <= 1024 && "-+.0123456789".indexOf(c) >= 0 && Patterns.FLOAT.matcher(v).matches()) {
      return TYPED;
    }
    if (len <= 10 && isNullWord(v)) return EMPTY;
    return TEXT; // a timestamp and a merge key (<<) too: Jackson gave them as text
  }

  private static boolean isYaml11Boolean(String v) {
    return switch (v) {
      case "yes",
          "Yes",
          "YES",
          "no",
          "No",
          "NO",
          "true",
          "True",
          "TRUE",
          "false",
          "False",
          "FALSE",
          "on",
          "On",
          "ON",
          "off",
          "Off",
          "OFF" ->
          true;
      default -> false;
    };
  }

  private static boolean isNullWord(String v) {
    return v.equals("~")
        || v.equals("null")
        || v.equals("Null")
        || v.equals("NULL")
        || v.equals(" ");
  }

  /** Jackson's wider words for a {@code !!bool}: y, n, on, off, yes, no, true, false, any case. */
  private static boolean isBoolean(String v) {
    return switch (v.length()) {
      case 1 -> "yYnN".indexOf(v.charAt(0)) >= 0;
      case 2 -> v.equalsIgnoreCase("no") || v.equalsIgnoreCase("on");
      case 3 -> v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("off");
      case 4 -> v.equalsIgnoreCase("true");
      case 5 -> v.equalsIgnoreCase("false");
      default -> false;
    };
  }

  /**
   * An integer as Jackson decoded it: a sign, then 0, 0b.., 0x.., 0 and octal digits, or decimal
   * digits with underscores; anything else after the digits (a sexagesimal 1:30) is text.
   */
  private static ScalarKind integer(String v) {
    int len = v.length();
    char c = v.charAt(0);
    int i = c == '-' || c == '+' ? 1 : 0;
    if (len == i) return NONE;
    if (v.charAt(i) == '0') {
      if (++i == len) return TYPED;
      return switch (v.charAt(i)) {
        case 'b', 'B' -> inBase(v, i + 1, 2, 31, 63);
        case 'x', 'X' -> inBase(v, i + 1, 16, 7, 15);
        case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '_' -> inBase(v, i, 8, 10, 21);
        default -> TEXT;
      };
    }
    boolean underscores = false;
    for (; i < len; i++) {
      char d = v.charAt(i);
      if (d == '_') underscores = true;
      else if (d < '0' || d > '9') return TEXT;
    }
    if (underscores) {
      String digits = withoutUnderscores(v, c == '+' ? 1 : 0);
      if (digits.isEmpty() || digits.equals("-")) {
        throw new IllegalArgumentException(String.format("Invalid number ('%s')", v));
      }
    }
    return TYPED;
  }

  private static ScalarKind inBase(
      String v, int from, int base, int maxIntDigits, int maxLongDigits) {
    String digits = withoutUnderscores(v, from);
    try {
      if (digits.length() <= maxIntDigits) Integer.parseInt(digits, base);
      else if (digits.length() <= maxLongDigits) Long.parseLong(digits, base);
      else if (digits.length() > MAX_DIGITS) {
        throw new YamlReader.Problem(0, 0, "a number or text in it is far too long");
      } else new BigInteger(digits, base);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              "Invalid base-%d number ('%s'), problem: %s", base, digits, e.getMessage()));
    }
    return TYPED;
  }

  private static String withoutUnderscores(String v, int from) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = from; i < v.length(); i++) {
      if (v.charAt(i) != '_') b.append(v.charAt(i));
    }
    return b.toString();
  }

  /** SnakeYAML's patterns for YAML 1.1's integers and floats, compiled at their first use. */
  private static final class Patterns {
    static final Pattern INT =
        Pattern.compile(
            "^(?:[-+]?0b_*[0-1][0-1_]*|[-+]?0_*[0-7][0-7_]*|[-+]?(?:0|[1-9][0-9_]*)"
                + "|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
    static final Pattern FLOAT =
        Pattern.compile(
            "^([-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
                + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
                + "|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
  }
}
