package backcare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Bytes a data format writes reach a writer as the characters they encode, however the writes cut
 * them (a character split between two writes included), and DataOut's byte view keeps its order
 * with the characters written around it.
 */
class DecodingStreamTest {
  @Test
  void anyTextCutAnywhereArrivesWhole() {
    qt().withFixedSeed(20261202L)
        .withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 300), Generate.range(1, 20))
        .checkAssert(
            (text, cut) -> {
              String valid =
                  new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
              byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
              StringWriter w = new StringWriter();
              try (DecodingStream out = new DecodingStream(w)) {
                for (int i = 0; i < bytes.length; i += cut)
                  out.write(bytes, i, Math.min(cut, bytes.length - i));
                out.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(w.toString()).isEqualTo(valid);
            });
  }

  @Test
  void anUnfinishedCharacterAtTheEndIsAReplacement() throws IOException {
    StringWriter w = new StringWriter();
    DecodingStream out = new DecodingStream(w);
    out.write(new byte[] {'a', (byte) 0xe2, (byte) 0x82}, 0, 3);
    out.close();
    assertThat(w.toString()).isEqualTo("a\ufffd");
  }

  @Test
  void bytesAndCharactersOntoDataOutKeepTheirOrder() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    DataOut out = new DataOut(sink);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      String chars = "é" + i + "\uD83D";
      out.print(chars);
      expected.append("é").append(i).append('?'); // the high surrogate has no low one after it
      try {
        out.bytes().write(("[" + i + "]").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      expected.append("[").append(i).append("]");
    }
    out.flush();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }
}
