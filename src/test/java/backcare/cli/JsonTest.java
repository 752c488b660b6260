package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static void assertSameAsJackson(Object value) throws Exception {
    assertThat(Json.isPlain(value)).as("plain: %s", value).isTrue();
    assertThat(Json.write(value)).isEqualTo(JACKSON.writeValueAsString(value));
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void plainDocumentsAreWrittenByteForByteAsJacksonWritesThem() throws Exception {
    assertSameAsJackson(map());
    assertSameAsJackson(List.of());
    assertSameAsJackson(map("id", "quick", "totalSeconds", 175, "file", null, "user", false));
    assertSameAsJackson(
        List.of("a", "b", 3L, -4, 1.5, 1e21, 0.1f, (short) 2, (byte) 1, BigInteger.TEN.pow(30)));
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
    assertSameAsJackson(
        map(
            "text",
            "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 "
                + "esc \u001b del \u007f é 日本 \u2028 😀"));
    assertSameAsJackson(Arrays.asList(null, "x", null));
  }

  @Test
  void randomDocumentsMatchJacksonToo() throws Exception {
    Random r = new Random(42);
    for (int i = 0; i < 300; i++) assertSameAsJackson(random(r, 0));
  }

  private static Object random(Random r, int depth) {
    int kind = depth > 3 ? r.nextInt(5) : r.nextInt(7);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return r.nextInt();
      case 2:
        return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
      case 3:
        return r.nextBoolean();
      case 4:
        {
          StringBuilder sb = new StringBuilder();
          for (int k = r.nextInt(8); k > 0; k--) sb.append((char) r.nextInt(0x3000));
          return sb.toString();
        }
      case 5:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int k = r.nextInt(4); k > 0; k--) m.put("k" + r.nextInt(100), random(r, depth + 1));
          return m;
        }
      default:
        {
          List<Object> l = new ArrayList<>();
          for (int k = r.nextInt(4); k > 0; k--) l.add(random(r, depth + 1));
          return l;
        }
    }
  }

  @Test
  void anythingElseGoesToJackson() throws Exception {
    record Point(int x, String label) {}
    for (Object v :
        new Object[] {
          new Point(1, "a"),
          map("p", new Point(2, "b")),
          List.of(Thread.State.NEW),
          Map.of(1, "a"),
          new int[] {1, 2},
          Double.NaN,
          map("d", Double.POSITIVE_INFINITY)
        }) {
      assertThat(Json.isPlain(v)).as("%s", v).isFalse();
      assertThat(Json.write(v)).isEqualTo(JACKSON.writeValueAsString(v));
    }
  }

  @Test
  void planSegmentsAndFilterChangesAreWrittenAsJacksonWritesThem() throws Exception {
    var library = backcare.routine.LibraryLoader.builtIn();
    for (var entry : library.routines().values()) {
      for (var conds :
          List.of(
              java.util.Set.<backcare.routine.Condition>of(),
              java.util.EnumSet.allOf(backcare.routine.Condition.class),
              java.util.Set.of(backcare.routine.Condition.STENOSIS))) {
        backcare.routine.Plan plan;
        try {
          plan = backcare.routine.Prepared.of(entry.routine(), conds, 1.0, library).plan();
        } catch (backcare.BadInputException e) {
          continue; // every step conflicts
        }
        Map<String, Object> doc = DryRun.json(plan);
        assertSameAsJackson(doc);
        assertThat(plan.segments()).isNotEmpty();
      }
    }
  }

  @Test
  void theCommandsJsonIsUnchanged() throws Exception {
    InProcess.Result r = InProcess.run("routines", "--json");
    assertThat(r.code()).isZero();
    Object parsed = JACKSON.readValue(r.out(), Object.class);
    assertThat(r.out()).isEqualTo(JACKSON.writeValueAsString(parsed) + System.lineSeparator());
    InProcess.Result plan = InProcess.run("routine", "quick", "--dry-run", "--json");
    assertThat(plan.out())
        .isEqualTo(
            JACKSON.writeValueAsString(JACKSON.readValue(plan.out(), Object.class))
                + System.lineSeparator());
  }
}
