package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageAlignedTest {
  private static final int FOUR_MIB = 4 << 20;

  @Test
  void aBufferForReadsIsAPageAlignedEmptyBufferOfZeros() {
    ByteBuffer b = PageAligned.allocateForReads(FOUR_MIB);

    assertThat(b.isDirect()).isTrue();
    assertThat(b.alignmentOffset(0, PageAligned.PAGE)).isZero();
    assertThat(b.position()).isZero();
    assertThat(b.limit()).isEqualTo(FOUR_MIB);
    assertThat(b.capacity()).isEqualTo(FOUR_MIB);
    assertThat(b.mismatch(ByteBuffer.allocate(FOUR_MIB))).as("all zeros").isEqualTo(-1);
  }

  @Test
  void itIsFilledOnceFromTheSourceOfZerosAndLeftReadyForTheCaller(@TempDir Path dir)
      throws Exception {
    // A file stands in for /dev/zero, so that the fill can be seen; a short one ends the fill.
    byte[] sevens = new byte[5000];
    Arrays.fill(sevens, (byte) 7);
    Path zeros = Files.write(dir.resolve("zeros"), sevens);

    ByteBuffer b = PageAligned.allocateForReads(3 * PageAligned.PAGE, zeros);

    assertThat(b.get(0)).isEqualTo((byte) 7);
    assertThat(b.get(4999)).isEqualTo((byte) 7);
    assertThat(b.get(5000)).as("past the end of the file").isZero();
    assertThat(b.position()).isZero();
    assertThat(b.limit()).isEqualTo(3 * PageAligned.PAGE);
  }

  @Test
  void withoutASourceOfZerosItIsAnOrdinaryBuffer(@TempDir Path dir) {
    ByteBuffer b = PageAligned.allocateForReads(FOUR_MIB, dir.resolve("no such device"));

    assertThat(b.alignmentOffset(0, PageAligned.PAGE)).isZero();
    assertThat(b.remaining()).isEqualTo(FOUR_MIB);
    assertThat(b.mismatch(ByteBuffer.allocate(FOUR_MIB))).isEqualTo(-1);
  }
}
