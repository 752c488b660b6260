package backcare.console;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Makes small sounds as WAV files (16-bit mono PCM) for the system's player: no sound files to
 * ship.
 */
final class Wav {
  static final int RATE = 22_050;

  private Wav() {}

  /**
   * Tones one after another, each {@code {frequency Hz, milliseconds}}, with soft edges so they do
   * not click.
   */
  static byte[] tones(double volume, int[]... tones) {
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    for (int[] tone : tones) {
      int n = RATE * tone[1] / 1000;
      int fade = Math.min(n / 4, RATE / 200); // 5 ms
      for (int i = 0; i < n; i++) {
        double env = Math.min(1.0, Math.min(i, n - 1 - i) / (double) Math.max(1, fade));
        short v =
            (short)
                Math.round(
                    Math.sin(2 * Math.PI * tone[0] * i / RATE) * env * volume * Short.MAX_VALUE);
        pcm.write(v & 0xff);
        pcm.write((v >> 8) & 0xff);
      }
    }
    byte[] data = pcm.toByteArray();
    ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(36 + data.length)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII))
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(RATE)
        .putInt(RATE * 2)
        .putShort((short) 2)
        .putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  /** A short high click for 3-2-1. */
  static byte[] tick() {
    return tones(0.5, new int[] {1320, 60});
  }

  /** A two-note chime for a change of step or segment. */
  static byte[] change() {
    return tones(0.5, new int[] {660, 140}, new int[] {880, 220});
  }
}
