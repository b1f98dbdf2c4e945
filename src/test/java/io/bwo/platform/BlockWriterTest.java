package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link BlockWriter}'s threads start with the priority of the thread that starts them: the first
 * to hand it a block, or the one that asks it to start them at once ({@link BlockWriter#prestart}).
 * The dump's copy threads run at nice 10 ({@link YieldingThreads}); a dump that no OPTIMIZE limit
 * holds back has its writers started by the step, so that they do not wait behind the
 * applications for a processor while the disk has nothing to write.
 */
class BlockWriterTest {
  private static final int BLOCK = 4096;
  private static final int BLOCKS = 6;

  @Test
  void startedAtOnceItsThreadsKeepTheStartersPriorityWhenALoweredThreadWrites(@TempDir Path dir)
      throws Exception {
    OptionalInt step = YieldingThreads.currentNice();
    Written w = writtenFromALoweredThread(dir, true);
    assertThat(w.writers()).hasSize(BLOCKS).containsOnly(step);
  }

  @Test
  void otherwiseTheyTakeThePriorityOfTheFirstThreadThatWrites(@TempDir Path dir)
      throws Exception {
    Written w = writtenFromALoweredThread(dir, false);
    assertThat(w.writers()).hasSize(BLOCKS).containsOnly(w.lowered());
  }

  /** The writers' priorities, as each block was written, and the lowered copy thread's. */
  private record Written(List<OptionalInt> writers, OptionalInt lowered) {}

  /**
   * Makes a writer on this thread (started at once or not), hands it {@link #BLOCKS} blocks from a
   * thread started through {@link YieldingThreads}, and checks every block reached its place.
   */
  private static Written writtenFromALoweredThread(Path dir, boolean startAtOnce)
      throws Exception {
    OptionalInt step = YieldingThreads.currentNice();
    List<OptionalInt> writers = new CopyOnWriteArrayList<>();
    ThreadPoolExecutor copy = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> new Thread(r, "bwo-copy"));
    Path file = dir.resolve("blocks");
    OptionalInt lowered;
    try (BlockWriter writer = new BlockWriter("bwo-test-writer", 3, BLOCK, PageAligned.PAGE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
      if (startAtOnce) {
        writer.prestart();
      }
      YieldingThreads.prestart(copy);
      lowered = copy.submit(() -> {
        for (int i = 0; i < BLOCKS; i++) {
          ByteBuffer block = writer.take();
          block.put(new byte[BLOCK]).put(0, (byte) (i + 1)).flip();
          writer.write(channel, block, (long) i * BLOCK, e -> { },
              () -> writers.add(YieldingThreads.currentNice()));
        }
        writer.awaitWritten();
        return YieldingThreads.currentNice();
      }).get();
    } finally {
      copy.shutdownNow();
    }
    if (step.isPresent()) {
      assertThat(lowered).as("the copy thread was lowered")
          .hasValue(Math.max(YieldingThreads.NICE, step.getAsInt()));
    }
    byte[] written = Files.readAllBytes(file);
    assertThat(written).hasSize(BLOCKS * BLOCK);
    for (int i = 0; i < BLOCKS; i++) {
      assertThat(written[i * BLOCK]).as("block %d at its place", i).isEqualTo((byte) (i + 1));
    }
    return new Written(writers, lowered);
  }
}
