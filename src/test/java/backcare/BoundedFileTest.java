package backcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one bounded reader of user files: its limit is what was read, whatever the file says its size
 * is.
 */
class BoundedFileTest {
  @TempDir Path dir;

  private static byte[] read(Path path, long max) {
    return BoundedFile.read(
        path, path.toString(), max, "a test file", "test files may be at most " + max + " bytes");
  }

  @Test
  void aFileThatSaysItIsEmptyIsCountedAsItIsRead() throws IOException {
    Path status = Path.of("/proc/self/status"); // says 0 bytes, holds a kilobyte or more
    assertThat(Files.size(status)).isZero();
    assertThat(read(status, 1 << 20)).hasSizeGreaterThan(100);
    assertThatThrownBy(() -> read(status, 100))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            status + ": the file is more than 100 bytes; test files may be at most 100 bytes");
  }

  @Test
  void aFileAtTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    Path f = dir.resolve("f");
    Files.write(f, new byte[1000]);
    assertThat(read(f, 1000)).hasSize(1000);
    assertThatThrownBy(() -> read(f, 999)).hasMessageContaining("the file is 1000 bytes");
    Files.write(f, new byte[0]);
    assertThat(read(f, 10)).isEmpty();
  }

  @Test
  void onlyARegularFileIsOpened() throws IOException {
    assertThatThrownBy(() -> read(Path.of("/dev/zero"), 10))
        .hasMessage(
            "/dev/zero: is a device, not a test file; "
                + "save what it holds to a file and give that file");
    assertThatThrownBy(() -> read(dir, 10)).hasMessage(dir + ": is a directory, not a test file");
    Path socket = dir.resolve("socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertThatThrownBy(() -> read(socket, 10))
          .hasMessageStartingWith(socket + ": is a socket, not a test file");
    }
    assertThatThrownBy(() -> read(dir.resolve("nope"), 10))
        .hasMessage(dir.resolve("nope") + ": file not found");
  }
}
