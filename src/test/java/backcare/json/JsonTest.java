package backcare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import backcare.text.Visible;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * JsonOut writes what Jackson's ObjectMapper writes (INDENT_OUTPUT when pretty), with the
 * characters {@link Visible} shows escaped written as Visible writes them: the bytes backcare
 * printed before, when ObjectMapper's output went through the terminal's writer. And what it writes
 * parses back to the value written.
 */
class JsonTest {
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  /** ObjectMapper's bytes as backcare's output showed them: control characters made visible. */
  private static String jackson(ObjectMapper mapper, Object value) throws Exception {
    return Visible.of(mapper.writeValueAsString(value));
  }

  private static void assertSameAsJackson(Object value) throws Exception {
    assertThat(JsonOut.pretty(value)).isEqualTo(jackson(PRETTY, value));
    assertThat(JsonOut.compact(value)).isEqualTo(jackson(COMPACT, value));
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void documentsAreWrittenByteForByteAsJacksonWritesThem() throws Exception {
    assertSameAsJackson(map());
    assertSameAsJackson(List.of());
    assertSameAsJackson(map("id", "quick", "totalSeconds", 175, "file", null, "user", false));
    assertSameAsJackson(
        List.of(
            "a",
            "b",
            3L,
            -4,
            1.5,
            1e21,
            0.1f,
            (short) 2,
            (byte) 1,
            BigInteger.TEN.pow(30),
            new BigDecimal("1.50")));
    assertSameAsJackson(
        map(
            "rows",
            List.of(map("a", 1), map("b", List.of()), map()),
            "empty",
            map(),
            "set",
            new LinkedHashSet<>(List.of("x", "y")),
            "deep",
            map("list", List.of(List.of(map("z", null))))));
    assertSameAsJackson(Arrays.asList(null, "x", null));
    assertSameAsJackson(List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY));
  }

  @Test
  void controlCharactersAreEscapedInValuesAndNames() throws Exception {
    String text =
        "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 esc \u001b"
            + " del \u007f c1 \u0085 \u009b bidi \u202e \u2066 \u061c \u200f ls \u2028 ps \u2029"
            + " é 日本 😀";
    Map<String, Object> doc = map("text", text, "key \u007f\u2028", List.of(text));
    assertSameAsJackson(doc);
    String compact = JsonOut.compact(doc);
    assertThat(Visible.firstControl(compact)).isEqualTo(-1);
    assertThat(compact)
        .contains("del \\u007f c1 \\u0085 \\u009b bidi \\u202e \\u2066 \\u061c \\u200f")
        .contains("ls \\u2028 ps \\u2029")
        .contains("nul \\u0000 esc \\u001B")
        .contains("\"key \\u007f\\u2028\":")
        .contains("é 日本 😀");
    assertThat(COMPACT.readValue(compact, Object.class)).isEqualTo(doc);
  }

  @Test
  void randomTreesAreWrittenAsJacksonWritesThemAndReadBackTheSame() {
    qt().withFixedSeed(20261201L)
        .withShrinkCycles(0)
        .withExamples(400)
        .forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            seed -> {
              Object tree = random(new Random(seed), 0);
              try {
                String pretty = JsonOut.pretty(tree);
                String compact = JsonOut.compact(tree);
                assertThat(pretty).as("seed %d", seed).isEqualTo(jackson(PRETTY, tree));
                assertThat(compact).as("seed %d", seed).isEqualTo(jackson(COMPACT, tree));
                assertThat(compact).doesNotContain("\n");
                // onto bytes: the same, but a lone surrogate (UTF-8 cannot hold it) as its escape
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (JsonOut out = JsonOut.prettyTo(bytes)) {
                  out.value(tree);
                }
                assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .as("seed %d", seed)
                    .isEqualTo(OntoBytes.escapeLoneSurrogates(pretty));
                assertThat(new String(JsonOut.compactBytes(tree), StandardCharsets.UTF_8))
                    .as("seed %d", seed)
                    .isEqualTo(OntoBytes.escapeLoneSurrogates(compact));
                assertThat(Visible.firstControl(pretty)).as("seed %d", seed).isEqualTo(-1);
                assertThat(normal(PRETTY.readValue(pretty, Object.class)))
                    .as("seed %d", seed)
                    .isEqualTo(normal(tree));
                assertThat(normal(COMPACT.readValue(compact, Object.class)))
                    .as("seed %d", seed)
                    .isEqualTo(normal(tree));
              } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
              }
            });
  }

  @Test
  void aDocumentWrittenAPieceAtATimeIsTheSameAsTheWhole() {
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      List<Object> elements = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) elements.add(random(r, 1));
      Object head = random(r, 2);
      Map<String, Object> whole = map("head", head, "elements", elements, "empty", List.of());
      for (boolean pretty : new boolean[] {true, false}) {
        StringWriter w = new StringWriter();
        try (JsonOut doc = pretty ? JsonOut.prettyTo(w) : JsonOut.compactTo(w)) {
          doc.startObject().field("head", head).name("elements").startArray();
          for (Object e : elements) doc.value(e);
          doc.endArray().name("empty").startArray().endArray().endObject();
        }
        assertThat(w.toString()).isEqualTo(pretty ? JsonOut.pretty(whole) : JsonOut.compact(whole));
      }
    }
  }

  @Test
  void aLinedArrayHoldsARawValueALineAndTheDocumentReadsAsTheWhole() throws Exception {
    Random r = new Random(13);
    String nl = System.lineSeparator();
    for (int i = 0; i < 200; i++) {
      List<Object> records = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) records.add(random(r, 1));
      Object head = random(r, 2);
      List<Object> after = List.of(1, List.of(2, 3));
      Map<String, Object> whole = map("head", head, "records", records, "after", after);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      StringWriter chars = new StringWriter();
      for (JsonOut doc : new JsonOut[] {JsonOut.prettyTo(bytes), JsonOut.prettyTo(chars)}) {
        doc.startObject().field("head", head).name("records").startLinedArray();
        for (Object e : records) {
          byte[] compact = JsonOut.compactBytes(e);
          byte[] padded = new byte[compact.length + 4]; // a value in the middle of a larger array
          System.arraycopy(compact, 0, padded, 2, compact.length);
          doc.rawValue(padded, 2, compact.length);
        }
        doc.endLinedArray().field("after", after).endObject().close();
      }
      String text = bytes.toString(StandardCharsets.UTF_8);
      assertThat(chars.toString()).isEqualTo(text);
      assertThat(normal(PRETTY.readValue(text, Object.class))).isEqualTo(normal(whole));
      assertThat(Visible.firstControl(text)).isEqualTo(-1);
      // the lines between the list's brackets are its values, compact, each at the list's indent
      String pretty = JsonOut.pretty(map("head", head));
      String start = pretty.substring(0, pretty.length() - 2) + "," + nl + "  \"records\" : [";
      assertThat(text).startsWith(start);
      String rest = text.substring(start.length());
      String list = rest.substring(0, rest.indexOf(nl + "  \"after\""));
      if (records.isEmpty()) {
        assertThat(list).isEqualTo(" ],");
      } else {
        List<String> lines = new ArrayList<>(List.of(list.split(nl, -1)));
        assertThat(lines.remove(0)).isEmpty();
        assertThat(lines.remove(lines.size() - 1)).isEqualTo("  ],");
        assertThat(lines).hasSize(records.size());
        for (int k = 0; k < lines.size(); k++) {
          String expected = JsonOut.compact(records.get(k));
          assertThat(lines.get(k)).isEqualTo("    " + expected + (k < lines.size() - 1 ? "," : ""));
        }
      }
      // after it, arrays are laid out as before
      assertThat(text).endsWith("\"after\" : [ 1, [ 2, 3 ] ]" + nl + "}");
    }
  }

  @Test
  void jsonLinesAreEachValueCompactOnALineOfItsOwn() {
    Random r = new Random(11);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) values.add(random(r, 0));
    StringWriter w = new StringWriter();
    StringBuilder expected = new StringBuilder();
    try (JsonOut lines = JsonOut.compactTo(w)) {
      for (Object v : values) {
        lines.line(v);
        expected.append(JsonOut.compact(v)).append(System.lineSeparator());
      }
    }
    assertThat(w.toString()).isEqualTo(expected.toString());
    assertThat(w.toString().split(System.lineSeparator())).hasSize(values.size());
  }

  @Test
  void closingSendsTheOutputOnAndLeavesTheTargetOpen() {
    StringWriter w = new StringWriter();
    JsonOut doc = JsonOut.compactTo(w).startArray().value(1);
    doc.flush();
    assertThat(w.toString()).isEqualTo("[1");
    doc.endArray().close();
    w.write("\n");
    assertThat(w.toString()).isEqualTo("[1]\n");
    // an unfinished document is not finished for it
    StringWriter cut = new StringWriter();
    JsonOut.compactTo(cut).startObject().field("a", List.of(1)).close();
    assertThat(cut.toString()).isEqualTo("{\"a\":[1]");
  }

  @Test
  void aValueWithNoJsonFormIsRefused() {
    record Point(int x) {}
    for (Object v :
        new Object[] {
          new Point(1),
          map("p", new Point(2)),
          List.of(Thread.State.NEW),
          Map.of(1, "a"),
          new int[] {1, 2},
          Optional.of("x"),
          'c'
        }) {
      assertThatThrownBy(() -> JsonOut.compact(v))
          .as("%s", v)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageMatching("(no JSON form for a |a JSON object's key must be a string).*");
    }
  }

  /**
   * A tree of maps, lists, sets, strings with control characters and text beyond the BMP, whole
   * numbers of every size, doubles, booleans and nulls.
   */
  static Object random(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 7 : 10);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return r.nextInt();
      case 2:
        return r.nextLong();
      case 3:
        return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20) * (r.nextBoolean() ? 1 : -1);
      case 4:
        return r.nextBoolean();
      case 5:
        return new BigInteger(80, r).negate();
      case 6:
        return text(r);
      case 7:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int k = r.nextInt(5); k > 0; k--) m.put(text(r), random(r, depth + 1));
          return m;
        }
      case 8:
        {
          Collection<Object> c = r.nextInt(4) == 0 ? new LinkedHashSet<>() : new ArrayList<>();
          for (int k = r.nextInt(5); k > 0; k--) c.add(random(r, depth + 1));
          return c;
        }
      default:
        return text(r);
    }
  }

  private static final int[] ODD =
      "\"\\/\t\n\r\b\f\u0000\u001b\u007f\u0080\u0085\u009f\u00a0\u061c\u200e\u202a\u202e\u2028\u2029\u2066\u2069\ufeff\uffff"
          .chars()
          .toArray();

  /** ASCII, JSON's and Visible's special characters, other BMP text and code points beyond it. */
  static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int k = r.nextInt(10); k > 0; k--) {
      switch (r.nextInt(4)) {
        case 0 -> sb.append((char) (0x20 + r.nextInt(0x5f)));
        case 1 -> sb.append((char) ODD[r.nextInt(ODD.length)]);
        case 2 -> sb.append((char) (0xa0 + r.nextInt(0xd800 - 0xa0)));
        default -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000 - 0x10000));
      }
    }
    return sb.toString();
  }

  /** As Jackson reads it back: sets as lists, whole numbers as BigInteger. */
  private static Object normal(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> n = new LinkedHashMap<>();
      m.forEach((k, x) -> n.put(k, normal(x)));
      return n;
    }
    if (v instanceof Collection<?> c) return c.stream().map(JsonTest::normal).toList();
    if (v instanceof Integer || v instanceof Long)
      return BigInteger.valueOf(((Number) v).longValue());
    return v;
  }
}
