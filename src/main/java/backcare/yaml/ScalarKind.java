package backcare.yaml;

import com.fasterxml.jackson.core.Base64Variants;
import java.math.BigInteger;
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
 * start (its tags and ten patterns; docs/performance.md); its two patterns that matter here are
 * scanned by hand.
 */
enum ScalarKind {
  TEXT,
  EMPTY,
  TYPED,
  /**
   * A number tag on a lone sign ({@code !!int -}), which the reader has always taken for the end of
   * the text: an empty file at the top, a value that cannot be read inside a map or a list.
   */
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
    if (len <= 1024 && "-+0123456789".indexOf(c) >= 0 && isYaml11Int(v)) {
      return integer(v);
    }
    if (len <= 1024 && "-+.0123456789".indexOf(c) >= 0 && isYaml11Float(v)) {
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

  /**
   * SnakeYAML's pattern for YAML 1.1's integers ({@code Resolver.INT}) as a scan: a sign, then 0b
   * and binary digits, 0x and hex digits, 0 and octal digits, 0, or a decimal with underscores or
   * in base 60 ({@code 1:30}). A scan, not the pattern, because compiling it cost a start about 2
   * ms (YamlReaderTest holds the two to the same answers).
   */
  static boolean isYaml11Int(String v) {
    int i = signed(v);
    int len = v.length();
    if (i == len) return false;
    char c = v.charAt(i);
    if (c == '0') {
      if (i + 1 == len) return true;
      char next = v.charAt(i + 1);
      if (next == 'b') return digitsAndUnderscores(v, i + 2, 2);
      if (next == 'x') return digitsAndUnderscores(v, i + 2, 16);
      return digitsAndUnderscores(v, i + 1, 8);
    }
    if (c < '1' || c > '9') return false;
    int j = decimalSpan(v, i);
    return j == len || sexagesimal(v, j) == len;
  }

  /**
   * SnakeYAML's pattern for YAML 1.1's floats ({@code Resolver.FLOAT}) as a scan: digits with a
   * point or an exponent or both, a point and digits, base 60 with a point, infinities and NaN.
   */
  static boolean isYaml11Float(String v) {
    if (v.equals(".nan") || v.equals(".NaN") || v.equals(".NAN")) return true;
    int i = signed(v);
    int len = v.length();
    if (i == len) return false;
    String rest = v.substring(i);
    if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) return true;
    char c = v.charAt(i);
    if (c == '.') {
      int j = decimalSpan(v, i + 1);
      return j > i + 1 && exponentToEnd(v, j);
    }
    if (c < '0' || c > '9') return false;
    int j = decimalSpan(v, i);
    if (j == len) return false;
    return switch (v.charAt(j)) {
      case '.' -> exponentToEnd(v, decimalSpan(v, j + 1));
      case 'e', 'E' -> exponentToEnd(v, j);
      case ':' -> {
        int k = sexagesimal(v, j);
        yield k >= 0 && k < len && v.charAt(k) == '.' && decimalSpan(v, k + 1) == len;
      }
      default -> false;
    };
  }

  private static int signed(String v) {
    return !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
  }

  /**
   * Whether v from {@code from} to its end is digits of the base and underscores, a digit at least.
   */
  private static boolean digitsAndUnderscores(String v, int from, int base) {
    boolean digit = false;
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.digit(c, base) >= 0 && c < 128) digit = true;
      else if (c != '_') return false;
    }
    return digit;
  }

  /** The end of the run of digits and underscores from {@code from}. */
  private static int decimalSpan(String v, int from) {
    int j = from;
    while (j < v.length() && (isDigit(v.charAt(j)) || v.charAt(j) == '_')) j++;
    return j;
  }

  /**
   * The end of one or more {@code :[0-5]?[0-9]} from {@code j}, at the text's end or a point, or
   * -1.
   */
  private static int sexagesimal(String v, int j) {
    int len = v.length();
    do {
      if (j >= len || v.charAt(j) != ':') return -1;
      j++;
      if (j + 1 < len && v.charAt(j) >= '0' && v.charAt(j) <= '5' && isDigit(v.charAt(j + 1))) {
        j += 2;
      } else if (j < len && isDigit(v.charAt(j))) {
        j++;
      } else {
        return -1;
      }
    } while (j < len && v.charAt(j) == ':');
    return j;
  }

  /** Whether v from j is nothing, or an exponent to its end: e, a sign, digits. */
  private static boolean exponentToEnd(String v, int j) {
    int len = v.length();
    if (j == len) return true;
    if (v.charAt(j) != 'e' && v.charAt(j) != 'E') return false;
    j++;
    if (j < len && (v.charAt(j) == '-' || v.charAt(j) == '+')) j++;
    if (j == len) return false;
    for (; j < len; j++) {
      if (!isDigit(v.charAt(j))) return false;
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
