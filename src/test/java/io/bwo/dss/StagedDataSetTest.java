package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.dump.DumpEvent;
import io.bwo.platform.PageAligned;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDataSetTest {
  private static final int CI = 4096;

  @TempDir Path dir;

  @Test
  void chunksLargerThanTheStagingBufferLandAtTheirOffsetsAndReadBackAsWritten()
      throws IOException {
    CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"), SegmentName.parse("SEG1"),
        CI, 10, true, Instant.EPOCH);
    byte[] data = new byte[10 * CI];
    new SplittableRandom(3).nextBytes(data);
    StagedDataSet s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"));
    ByteBuffer staging = PageAligned.allocate(3 * CI);

    s.write(chunk(data, 0, 7), staging);
    s.write(chunk(data, 7, 3), staging);
    s.complete();
    s.finish(PageAligned.allocate(2 * CI));

    assertThat(Files.readAllBytes(s.file())).isEqualTo(data);
  }

  @Test
  void aFileThatDoesNotReadBackAsTheChunksIsRefused() throws IOException {
    CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"), SegmentName.parse("SEG1"),
        CI, 2, true, Instant.EPOCH);
    byte[] data = new byte[2 * CI];
    StagedDataSet s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"));
    s.write(chunk(data, 0, 2), StagedDataSet.stagingBuffer());
    s.complete();
    byte[] changed = data.clone();
    changed[CI + 5] = 1;
    Files.write(s.file(), changed);

    assertThatThrownBy(() -> s.finish(StagedDataSet.readBackBuffer()))
        .isInstanceOf(IOException.class).hasMessageContaining("does not read back");
  }

  @Test
  void buffersStartOnAPageBoundary() {
    for (int bytes : new int[] {1, 4096, 1 << 20}) {
      ByteBuffer b = PageAligned.allocate(bytes);
      assertThat(b.isDirect()).isTrue();
      assertThat(b.capacity()).isEqualTo(bytes);
      assertThat(b.alignmentOffset(0, PageAligned.PAGE)).isZero();
    }
  }

  private static DumpEvent.Chunk chunk(byte[] data, int firstCi, int cis) {
    return new DumpEvent.Chunk(1, firstCi,
        cis, ByteBuffer.wrap(Arrays.copyOfRange(data, firstCi * CI, (firstCi + cis) * CI)));
  }
}
