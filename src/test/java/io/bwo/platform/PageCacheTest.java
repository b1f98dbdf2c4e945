package io.bwo.platform;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
  private static final int BLOCK = (1 << 20) + 100;

  @Test
  void aWriteThroughThePageCacheHandsTheKernel256KiBAtATimeAndWritesEveryByte(
      @TempDir Path dir) throws Exception {
    byte[] bytes = randomBytes();
    Path file = dir.resolve("f");
    ByteBuffer src = ByteBuffer.allocateDirect(BLOCK + 50).put(bytes).flip();

    try (RecordingChannel ch = open(file)) {
      PageCache.write(ch, src, 4096);

      assertThat(ch.writes()).allMatch(n -> n <= PageCache.WRITE)
          .containsExactly(PageCache.WRITE, PageCache.WRITE, PageCache.WRITE, PageCache.WRITE,
              100);
    }
    assertThat(src.position()).isEqualTo(BLOCK);
    assertThat(src.limit()).as("left as it was").isEqualTo(BLOCK);
    byte[] got = Files.readAllBytes(file);
    assertThat(Arrays.copyOfRange(got, 4096, got.length)).isEqualTo(bytes);
  }

  @Test
  void aBlockWriterSplitsOnlyWhatGoesThroughThePageCache(@TempDir Path dir) throws Exception {
    byte[] bytes = randomBytes();
    AtomicReference<IOException> failed = new AtomicReference<>();
    try (RecordingChannel paged = open(dir.resolve("paged"));
        RecordingChannel direct = open(dir.resolve("direct"));
        BlockWriter writer = new BlockWriter("test-writer", 2, BLOCK, PageAligned.PAGE)) {
      writer.writePaged(paged, writer.take().put(bytes).flip(), 0, failed::set, () -> { });
      writer.write(direct, writer.take().put(bytes).flip(), 0, failed::set, () -> { });
      writer.awaitWritten();

      assertThat(failed).hasValue(null);
      assertThat(paged.writes()).hasSize(5).allMatch(n -> n <= PageCache.WRITE);
      assertThat(direct.writes()).containsExactly(BLOCK);
    }
    assertThat(Files.readAllBytes(dir.resolve("paged"))).isEqualTo(bytes);
    assertThat(Files.readAllBytes(dir.resolve("direct"))).isEqualTo(bytes);
  }

  @Test
  void aFileIsHeldWhenMostOfItIsInThePageCacheWhereverItsMissingPagesAre(@TempDir Path dir)
      throws IOException {
    boolean direct = JzosPlatformTest.directIoIn(dir);
    // Windows 2 MiB apart, so that the kernel's read-ahead (up to 8 MiB here) of a read at the
    // start fills only a few of them.
    long apart = 2L << 20;
    long size = PageCache.WINDOWS * apart;
    // Written with direct I/O where the file system allows it: none of it in the page cache.
    Path startEvicted = writtenDirectly(dir.resolve("start-evicted"), size);
    Path startOnly = writtenDirectly(dir.resolve("start-only"), size);
    assertThat(PageCache.holds(startEvicted)).isEqualTo(!direct);

    readThroughThePageCache(startEvicted, apart, size);
    readThroughThePageCache(startOnly, 0, PageCache.WINDOW);

    assertThat(PageCache.holds(startEvicted)).as("all but its first window").isTrue();
    assertThat(PageCache.holds(startOnly)).as("its first window alone").isEqualTo(!direct);
    assertThat(PageCache.holds(Files.createFile(dir.resolve("empty")))).isTrue();
  }

  private static Path writtenDirectly(Path file, long size) throws IOException {
    DirectIo.Aligned d = DirectIo.open(file, CREATE_NEW, WRITE);
    try (FileChannel ch = d != null ? d.channel() : FileChannel.open(file, CREATE_NEW, WRITE)) {
      ByteBuffer block = PageAligned.allocate(1 << 20);
      for (long at = 0; at < size; at += block.capacity()) {
        block.clear();
        while (block.hasRemaining()) {
          ch.write(block, at + block.position());
        }
      }
    }
    return file;
  }

  private static void readThroughThePageCache(Path file, long from, long to) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(64 << 10);
    try (FileChannel ch = FileChannel.open(file, READ)) {
      for (long at = from; at < to; at += b.capacity()) {
        b.clear();
        ch.read(b, at);
      }
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[BLOCK];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  private static RecordingChannel open(Path file) throws IOException {
    return new RecordingChannel(FileChannel.open(file, CREATE_NEW, READ, WRITE));
  }
}
