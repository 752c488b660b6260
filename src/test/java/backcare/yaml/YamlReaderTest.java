package backcare.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import backcare.Property;
import backcare.YamlGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one reader of YAML and JSON: JSON's edge cases, repeated keys and partial reads. */
class YamlReaderTest {
  private final List<Node.Entry> entries = new ArrayList<>();

  private List<String> read(String text, YamlReader.Syntax syntax) {
    entries.clear();
    List<String> problems = new ArrayList<>();
    YamlReader.readEntries(text, "f", syntax, "a map", entries::add, problems::add);
    return problems;
  }

  private List<String> keysAndValues() {
    return entries.stream()
        .map(
            e ->
                e.key()
                    + "@"
                    + e.keyLine()
                    + ":"
                    + e.keyColumn()
                    + "="
                    + (e.value() instanceof Node.Scalar s ? s.text() : e.value().kindName()))
        .toList();
  }

  @Test
  void jsonIsReadAsTheYamlItIsWithTabsAndItsEscapes() {
    // tabs between tokens (an editor's indentation); SnakeYAML alone refuses them
    assertThat(read("{\n\t\"bladder\":\t\"no\",\n\t\"age\": 42\n}\n", YamlReader.Syntax.JSON))
        .isEmpty();
    assertThat(keysAndValues()).containsExactly("bladder@2:2=no", "age@3:2=42");
    // JSON escapes (a slash, a code point), a minified file
    assertThat(read("{\"a\":\"x\\/y\",\"b\":\"caf\\u00e9\",\"c\":null}", YamlReader.Syntax.JSON))
        .isEmpty();
    assertThat(keysAndValues()).containsExactly("a@1:2=x/y", "b@1:13=café", "c@1:29=");
    // a tab inside a string is the string's own
    assertThat(read("{\"a\": \"1\t2\"}", YamlReader.Syntax.JSON)).isEmpty();
    assertThat(keysAndValues()).containsExactly("a@1:2=1\t2");
  }

  @Test
  void aTabInYamlsIndentationIsStillAProblemAtItsPlace() {
    assertThat(read("a: 1\n\tb: 2\n", YamlReader.Syntax.YAML))
        .containsExactly(
            "f:2:1: a tab in the indentation; YAML indents with spaces, so replace the tab with"
                + " spaces");
    assertThat(keysAndValues()).containsExactly("a@1:1=1");
  }

  @Test
  void aRepeatedKeyIsHandedOverEachTimeButRefusedInATree() {
    assertThat(read("{\"a\": 1, \"b\": 2, \"a\": 3}", YamlReader.Syntax.JSON)).isEmpty();
    assertThat(keysAndValues()).containsExactly("a@1:2=1", "b@1:10=2", "a@1:18=3");
    assertThatThrownBy(() -> YamlReader.readText("a: 1\nb: 2\na: 3\n", "f"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("f:3:1: a: duplicate key (first given at line 1); keep one of them");
  }

  @Test
  void entriesBeforeAProblemAreKeptAndAnAliasIsLeftOutAlone() {
    assertThat(read("a: &x 1\nb: *x\nc: 3\nd: [\n", YamlReader.Syntax.YAML))
        .hasSize(2)
        .first()
        .isEqualTo(
            "f:2:4: b: *x is a YAML alias, which backcare does not read; write the value out");
    assertThat(keysAndValues()).containsExactly("a@1:1=1", "c@3:1=3");
    assertThat(read("{\"a\": 1,\n \"b\": ]}", YamlReader.Syntax.JSON))
        .singleElement()
        .asString()
        .startsWith("f:2:")
        .contains("not valid JSON");
    assertThat(keysAndValues()).containsExactly("a@1:2=1");
  }

  @Test
  void whatIsNotAMapIsSaidWithWhatWouldBeRight() {
    assertThat(read("", YamlReader.Syntax.YAML))
        .containsExactly("f:1:1: the file is empty; expected a map");
    assertThat(read("\uFEFF# only a comment\n", YamlReader.Syntax.YAML))
        .containsExactly("f:1:1: the file is empty; expected a map");
    assertThat(read("- a\n- b\n", YamlReader.Syntax.YAML))
        .containsExactly("f:1:1: not a map; expected a map");
    assertThat(read("{}\n---\n{}\n", YamlReader.Syntax.YAML))
        .containsExactly("f:3:1: a file holds one YAML document; remove the second one");
  }

  private static Node.Scalar valueOf(String yaml) {
    Node.MapNode root = (Node.MapNode) YamlReader.readText(yaml, "f");
    return (Node.Scalar) root.get("k");
  }

  private static String kind(Node.Scalar s) {
    return s.isNull() ? "empty" : s.quoted() ? "text" : "typed";
  }

  @Test
  void aScalarKeepsTheTextItWasWrittenAsWhateverYamlWouldTypeItAs() {
    // YAML 1.1's booleans, numbers in any base, floats, a sexagesimal: the text, never a value
    for (String typed :
        List.of("yes", "No", "off", "TRUE", "1.0", "0x1F", "0b101", "017", "-0", "1_000", ".inf")) {
      assertThat(valueOf("k: " + typed))
          .as(typed)
          .isEqualTo(new Node.Scalar(typed, false, false, 1, 4));
    }
    // what YAML 1.1 would not type stays text, as does anything quoted
    for (String text : List.of("y", "n", "1:30", "1.2.3", "2024-01-02", "12abc", "<<", "0o7")) {
      assertThat(valueOf("k: " + text))
          .as(text)
          .isEqualTo(new Node.Scalar(text, true, false, 1, 4));
    }
    assertThat(valueOf("k: 'yes'")).isEqualTo(new Node.Scalar("yes", true, false, 1, 4));
    assertThat(valueOf("k: \"0x1F\"")).isEqualTo(new Node.Scalar("0x1F", true, false, 1, 4));
    // nothing, ~ and null are empty; a quoted one is text
    for (String empty : List.of("", "~", "null", "NULL")) {
      assertThat(valueOf("k: " + empty).isNull()).as(empty).isTrue();
      assertThat(valueOf("k: " + empty).text()).isEmpty();
    }
    assertThat(valueOf("k: '~'")).isEqualTo(new Node.Scalar("~", true, false, 1, 4));
    // an explicit tag says the kind, as it always did
    assertThat(kind(valueOf("k: !!str 12"))).isEqualTo("text");
    assertThat(kind(valueOf("k: !!int 12"))).isEqualTo("typed");
    assertThat(kind(valueOf("k: !!bool y"))).isEqualTo("typed");
    assertThat(kind(valueOf("k: !!null x"))).isEqualTo("empty");
    assertThat(kind(valueOf("k: !custom 12"))).isEqualTo("text");
    assertThat(valueOf("k: !!binary aGVsbG8="))
        .isEqualTo(new Node.Scalar("aGVsbG8=", false, false, 1, 4));
  }

  @Test
  void anyPlainScalarIsReadAsWrittenAndAQuotedOneAsText() {
    Property.of("a scalar's text", 20261202L)
        .tries(400)
        .forAll(
            YamlReaderTest::plainScalar,
            written -> {
              Node.Scalar plain = valueOf("k: " + written + "\n");
              assertThat(plain.isNull())
                  .isEqualTo(List.of("~", "null", "Null", "NULL").contains(written));
              assertThat(plain.text()).isEqualTo(plain.isNull() ? "" : written);
              assertThat(valueOf("k: \"" + written + "\"\n"))
                  .isEqualTo(new Node.Scalar(written, true, false, 1, 4));
            });
  }

  /** A plain scalar that looks like a number, a word YAML types, or neither. */
  private static String plainScalar(Random r) {
    String first = "0123456789+-.~yYnNtTfFoO";
    String rest = "0123456789_.:xXbBeE+-aflsnu";
    if (r.nextInt(4) == 0) {
      return YamlGen.pick(r, "~", "null", "Null", "NULL", "yes", "Off", ".inf", ".NaN", "1:30");
    }
    StringBuilder b = new StringBuilder().append(first.charAt(r.nextInt(first.length())));
    for (int i = r.nextInt(8); i > 0; i--) b.append(rest.charAt(r.nextInt(rest.length())));
    while (b.charAt(b.length() - 1) == ':') b.setLength(b.length() - 1);
    String s = b.toString();
    // "- x" and "-" are a list item, "~x" fine, a lone sign is a list item too
    return s.equals("-") || s.startsWith("- ") ? "-1" : s;
  }

  @Test
  void aMalformedTypedScalarIsAProblemAtItsPlace() {
    assertThatThrownBy(() -> YamlReader.readText("a: 1\nk: !!int 0x\n", "f"))
        .hasMessage(
            "f:2:12: not valid YAML: Invalid base-16 number (''), problem: For input string: \"\""
                + " under radix 16");
    assertThatThrownBy(() -> YamlReader.readText("k: !!binary '!!'\n", "f"))
        .hasMessage("f:1:17: not valid YAML: Illegal character '!' (code 0x21) in base64 content");
    // a number in base 8 of over a thousand digits, as Jackson's limit had it
    assertThatThrownBy(() -> YamlReader.readText("k: 0" + "7".repeat(1001) + "\n", "f"))
        .hasMessage("f: not valid YAML: a number or text in it is far too long");
    // a key that is not a scalar
    assertThatThrownBy(() -> YamlReader.readText("? [a]\n: 1\n", "f"))
        .hasMessage(
            "f:1:4: not valid YAML: a key must be a word or text, not a list or a map (a `? ` key)");
  }

  @Test
  void numbersAreScannedAsSnakeYamlsPatternsMatchThem() {
    Property.of("YAML 1.1's integers and floats", 20261203L)
        .tries(3000)
        .forAll(
            r -> {
              String alphabet = "0123456789_.:eE+-xXbBinfaINFNa";
              StringBuilder b = new StringBuilder();
              if (r.nextInt(4) == 0) b.append(YamlGen.pick(r, "0x", "0b", "-0", "1:", ".", "+."));
              for (int i = r.nextInt(9); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
              }
              return b.toString();
            },
            v -> {
              assertThat(ScalarKind.isYaml11Int(v))
                  .as("int " + v)
                  .isEqualTo(org.yaml.snakeyaml.resolver.Resolver.INT.matcher(v).matches());
              assertThat(ScalarKind.isYaml11Float(v))
                  .as("float " + v)
                  .isEqualTo(org.yaml.snakeyaml.resolver.Resolver.FLOAT.matcher(v).matches());
            });
  }
}
