package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A dump file read as RESTORE reads it from the page cache: bytes, arrays and buffers of any
 * size, in any mix, give the file's bytes in order, and then its end.
 */
class ChannelDumpInputTest {

  @Property(tries = 60)
  void anyMixOfReadsGivesTheFileInOrderThenItsEnd(
      @ForAll @IntRange(min = 0, max = 300_000) int fileBytes,
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 200_000) Integer> reads,
      @ForAll long seed) throws IOException {
    byte[] file = new byte[fileBytes];
    new Random(seed).nextBytes(file);
    Path dir = Files.createTempDirectory("bwo-channel-input");
    Path dump = Files.write(dir.resolve("dump.bwo"), file);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    try (ChannelDumpInput in = ChannelDumpInput.open(dump)) {
      assertThat(in).isInstanceOf(ReadableByteChannel.class);
      for (int i = 0; got.size() < fileBytes; i++) {
        int size = reads.get(i % reads.size());
        switch (i % 3) {
          case 0 -> {
            int b = in.read();
            assertThat(b).isNotNegative();
            got.write(b);
          }
          case 1 -> {
            byte[] a = new byte[size];
            int n = in.read(a, 0, size);
            assertRead(n, size);
            got.write(a, 0, n);
          }
          default -> {
            // Direct, as RESTORE's buffers are, or on the heap.
            ByteBuffer b = size % 2 == 0 ? ByteBuffer.allocateDirect(size)
                : ByteBuffer.allocate(size);
            int n = in.read(b);
            assertRead(n, size);
            assertThat(b.position()).isEqualTo(n);
            got.write(bytesOf(b.flip()));
          }
        }
      }
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
      assertThat(in.read(ByteBuffer.allocateDirect(1 << 20))).isEqualTo(-1);
      assertThat(in.read(ByteBuffer.allocate(10))).isEqualTo(-1);
    } finally {
      Files.delete(dump);
      Files.delete(dir);
    }
    assertThat(got.toByteArray()).isEqualTo(file);
  }

  /** Before the end, a read of some bytes reads at least one, and a read of none reads none. */
  private static void assertRead(int n, int asked) {
    if (asked == 0) {
      assertThat(n).isZero();
    } else {
      assertThat(n).isBetween(1, asked);
    }
  }

  private static byte[] bytesOf(ByteBuffer b) {
    byte[] a = new byte[b.remaining()];
    b.duplicate().get(a);
    return a;
  }
}
