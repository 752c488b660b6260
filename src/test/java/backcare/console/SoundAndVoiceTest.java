package backcare.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundAndVoiceTest {
  @Test
  void theGeneratedSoundsArePlayableWavFiles() {
    byte[] wav = Wav.change();
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(b.getInt(4)).isEqualTo(wav.length - 8);
    assertThat(new String(wav, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
    assertThat(b.getShort(22)).isEqualTo((short) 1); // mono
    assertThat(b.getInt(24)).isEqualTo(Wav.RATE);
    assertThat(b.getInt(40)).isEqualTo(wav.length - 44);
    assertThat((wav.length - 44) / 2.0 / Wav.RATE)
        .isCloseTo(0.36, org.assertj.core.data.Offset.offset(0.01));
    assertThat(b.getShort(44)).isZero(); // starts from silence: no click
  }

  @Test
  void speakingNeverHoldsUpTheTimerAndPhrasesComeInOrder(@TempDir Path dir) throws Exception {
    // the voice speaks only once the test opens the gate: say() returning before that shows it does
    // not wait for speech, however slow or busy the machine
    Path log = dir.resolve("said.txt");
    Path gate = dir.resolve("gate");
    Path tool = dir.resolve("fake-espeak");
    Files.writeString(
        tool,
        "#!/bin/sh\nwhile [ ! -e "
            + gate
            + " ]; do sleep 0.01; done\necho \"$1\" >> "
            + log
            + "\n");
    tool.toFile().setExecutable(true);

    SpeechVoice voice = new SpeechVoice(List.of(tool.toString()));
    assertTimeoutPreemptively(
        Duration.ofMinutes(1),
        () -> {
          voice.say("left side");
          voice.say("switch sides");
        },
        "say() waited for the speech");
    assertThat(log).doesNotExist();
    Files.createFile(gate);
    voice.close(); // waits briefly for what is queued
    for (int i = 0; i < 6000 && lines(log).size() < 2; i++) Thread.sleep(10);
    assertThat(lines(log)).containsExactly("left side", "switch sides");
  }

  private static List<String> lines(Path file) throws java.io.IOException {
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  @Test
  void programsAreFoundOnThePath(@TempDir Path dir) throws Exception {
    Path tool = Files.writeString(dir.resolve("espeak-ng"), "#!/bin/sh\n");
    tool.toFile().setExecutable(true);
    assertThat(Executables.find("espeak-ng", "/nonexistent:" + dir)).contains(tool);
    assertThat(Executables.find("spd-say", dir.toString())).isEmpty();
    assertThat(new SystemDevices(java.util.Map.of("PATH", dir.toString())).voice()).isPresent();
    assertThat(new SystemDevices(java.util.Map.of("PATH", "")).voice()).isEmpty();
  }
}
