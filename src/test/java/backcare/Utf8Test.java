package backcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return b;
  }

  private static byte[] concat(String before, byte[] bad) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    return all;
  }

  @Test
  void utf8IsDecodedWhole() {
    String text = "a: café ☕ 🤸\n";
    assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8), "f")).isEqualTo(text);
    assertThat(Utf8.decode(new byte[0], "f")).isEmpty();
  }

  /** Every kind of byte sequence that is not UTF-8, at its line, column and offset. */
  @Test
  void whatIsNotUtf8IsSaidWithItsLineColumnAndOffset() {
    String before = "id: x\ntitle: é"; // line 2; "é" is one character of two bytes
    int[][] bad = {
      {0xFF}, // never in UTF-8
      {0x80}, // a continuation byte with nothing before it
      {0xC3}, // cut off at the end of the file
      {0xC3, 0x28}, // a start byte followed by no continuation
      {0xC0, 0x80}, // an overlong form of NUL
      {0xED, 0xA0, 0x80}, // a surrogate, U+D800
      {0xF4, 0x90, 0x80, 0x80}, // past U+10FFFF
    };
    for (int[] b : bad) {
      byte[] file = concat(before, bytes(b));
      assertThatThrownBy(() -> Utf8.decode(file, "f.yaml"))
          .as("%02X", b[0])
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              String.format(
                  "f.yaml:2:9: the file is not UTF-8 (byte 0x%02X at offset 15); save it as UTF-8",
                  b[0]));
    }
  }

  @Test
  void aLineOfInputSaysWhereItStopsBeingUtf8() throws Exception {
    assertThat(Utf8.decode("yes\n".getBytes(StandardCharsets.UTF_8), 3)).isEqualTo("yes");
    try {
      Utf8.decode(bytes('y', 0xE9, 's'), 3);
      throw new AssertionError("decoded");
    } catch (Utf8.NotUtf8Exception e) {
      assertThat(e.offset()).isEqualTo(1);
      assertThat(e.value()).isEqualTo(0xE9);
    }
  }

  @Test
  void readLineTakesOneLineAtATimeAndSaysWhatALineIsNot() throws java.io.IOException {
    byte[] input =
        concat(
            "yes\r\ncafé\n",
            concat("", concat("\u00e9", bytes(0xff, '\n', 'x', 'x', 'x', '\n', 'n'))));
    java.io.InputStream in = new java.io.ByteArrayInputStream(input);
    assertThat(Utf8.readLine(in, 3)).isEqualTo(new Utf8.Line("yes", null)); // \r\n ends it too
    assertThat(Utf8.readLine(in, 4).text()).isEqualTo("café");
    Utf8.Line bad = Utf8.readLine(in, 4);
    assertThat(bad.text()).isNull();
    assertThat(bad.notUtf8().offset()).isEqualTo(2); // after é's two bytes
    assertThat(bad.notUtf8().value()).isEqualTo(0xff);
    assertThat(Utf8.readLine(in, 2)).isEqualTo(new Utf8.Line(null, null)); // too long: skipped
    assertThat(Utf8.readLine(in, 2).text()).isEqualTo("n"); // the last line, without \n
    assertThat(Utf8.readLine(in, 2)).isNull(); // the end of the input
  }

  @Test
  void readLineTakesNothingAfterItsLine() throws java.io.IOException {
    java.io.InputStream in =
        new java.io.ByteArrayInputStream("y\nkeys".getBytes(StandardCharsets.UTF_8));
    assertThat(Utf8.readLine(in, 10).text()).isEqualTo("y");
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("keys");
  }
}
