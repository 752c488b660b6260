package backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, point 10: human text in the locale's characters, with ASCII where it cannot show one.
 */
class EncodingsTest {
  private static byte[] human(String text, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter w = Encodings.human(bytes, charset);
    // written in pieces, so a surrogate pair split across writes is put back together
    for (int i = 0; i < text.length(); i += 3) w.write(text, i, Math.min(3, text.length() - i));
    w.flush();
    return bytes.toByteArray();
  }

  @Test
  void asciiLocalesGetPlainFormsNotQuestionMarks() {
    String text = "Étirements — côté dos: 6 → 4, ½ min… naïve “quotes” ▅ 😀 漢";
    assertThat(new String(human(text, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII))
        .isEqualTo("Etirements -- cote dos: 6 -> 4, 1/2 min... naive \"quotes\" # ? ?");
  }

  @Test
  void aLatin1LocaleKeepsWhatItCanShow() {
    assertThat(
            new String(
                human("café → ok", StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
        .isEqualTo("café -> ok");
  }

  @Test
  void utf8LocalesAndDataAreUntouchedUtf8() {
    String text = "Étirements — 6 → 4 😀";
    assertThat(human(text, StandardCharsets.UTF_8))
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter data = Encodings.data(bytes);
    data.print(text);
    data.flush();
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }
}
