package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

  @Test
  void buffersForDirectIoOfAMegabyteStartOnAHugePageAndOnTheirBlocksWithoutOverlapping() {
    List<ByteBuffer> buffers = PageAligned.forDirectIo(3, 1 << 20, 4096);

    assertThat(buffers).hasSize(3);
    assertThat(buffers.get(0).alignmentOffset(0, PageAligned.HUGE_PAGE)).isZero();
    fillEachWithItsNumber(buffers);
    for (int i = 0; i < 3; i++) {
      ByteBuffer b = buffers.get(i);
      assertThat(b.isDirect()).isTrue();
      assertThat(b.alignmentOffset(0, 4096)).isZero();
      assertThat(b.position()).isZero();
      assertThat(b.limit()).isEqualTo(1 << 20);
      assertThat(b.capacity()).isEqualTo(1 << 20);
      assertThat(b.get(0)).as("untouched by the others").isEqualTo((byte) i);
      assertThat(b.get((1 << 20) - 1)).isEqualTo((byte) i);
    }
  }

  @Test
  void buffersForDirectIoOfOddSizesEachStartOnTheFileSystemsBlock() {
    int block = 64 << 10;
    List<ByteBuffer> buffers = PageAligned.forDirectIo(4, 100 << 10, block);

    fillEachWithItsNumber(buffers);
    for (int i = 0; i < 4; i++) {
      ByteBuffer b = buffers.get(i);
      assertThat(b.alignmentOffset(0, block)).isZero();
      assertThat(b.capacity()).isEqualTo(100 << 10);
      assertThat(b.get((100 << 10) - 1)).isEqualTo((byte) i);
    }
  }

  @Test
  void smallBuffersForDirectIoStartOnAPage() {
    List<ByteBuffer> buffers = PageAligned.forDirectIo(2, 512, 512);

    fillEachWithItsNumber(buffers);
    assertThat(buffers)
        .allSatisfy(b -> assertThat(b.alignmentOffset(0, PageAligned.PAGE)).isZero());
    assertThat(buffers.get(0).get(511)).as("not overwritten by the next one's fill").isZero();
    assertThat(buffers.get(1).get(0)).isEqualTo((byte) 1);
  }

  private static void fillEachWithItsNumber(List<ByteBuffer> buffers) {
    for (int i = 0; i < buffers.size(); i++) {
      ByteBuffer b = buffers.get(i).duplicate();
      while (b.hasRemaining()) {
        b.put((byte) i);
      }
    }
  }
}
