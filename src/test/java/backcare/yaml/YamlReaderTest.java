package backcare.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backcare.BadInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of YAML and JSON: JSON's edge cases, repeated keys and partial reads. */
class YamlReaderTest {
  private final List<Node.Entry> entries = new ArrayList<>();

  private List<String> read(String text, YamlReader.Syntax syntax) {
    entries.clear();
    List<String> problems = new ArrayList<>();
    YamlReader.readEntries(
        text,
        "f",
        syntax,
        "a map",
        new YamlReader.EntrySink() {
          @Override
          public void entry(Node.Entry entry) {
            entries.add(entry);
          }

          @Override
          public void problem(String problem) {
            problems.add(problem);
          }
        });
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
}
