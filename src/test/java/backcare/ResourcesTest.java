package backcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResourcesTest {
  @Test
  void aPackagedFileIsReadFromTheClassPathAndAMissingOneIsNull() throws IOException {
    byte[] version = Resources.read("backcare/version.properties");
    assertThat(version).isNotNull();
    assertThat(new String(version, java.nio.charset.StandardCharsets.UTF_8)).contains("version");
    assertThat(Resources.read("backcare/no-such-file.bin")).isNull();
  }

  @Test
  void dataInputReadsBackWhatDataOutputWrote() throws IOException {
    Random random = new Random(11);
    for (int round = 0; round < 50; round++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      List<Object> written = new ArrayList<>();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        for (int i = random.nextInt(40); i > 0; i--) {
          switch (random.nextInt(4)) {
            case 0 -> {
              int v = random.nextInt();
              out.writeInt(v);
              written.add(v);
            }
            case 1 -> {
              String s = text(random);
              out.writeUTF(s);
              written.add(s);
            }
            case 2 -> {
              boolean b = random.nextBoolean();
              out.writeBoolean(b);
              written.add(b);
            }
            default -> {
              byte b = (byte) random.nextInt(256);
              out.writeByte(b);
              written.add(b);
            }
          }
        }
      }
      DataInputStream in = Resources.dataInput(bytes.toByteArray());
      for (Object w : written) {
        Object read;
        if (w instanceof Integer) read = in.readInt();
        else if (w instanceof String) read = in.readUTF();
        else if (w instanceof Boolean) read = in.readBoolean();
        else read = in.readByte();
        assertThat(read).isEqualTo(w);
      }
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
      assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
    }
  }

  /** Text of every kind writeUTF encodes differently: ASCII, NUL, two and three bytes, pairs. */
  private static String text(Random random) {
    String[] parts = {"a", "hold 30s", "\0", "é", "€", "\uD83D\uDE00", ""};
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) b.append(parts[random.nextInt(parts.length)]);
    return b.toString();
  }
}
