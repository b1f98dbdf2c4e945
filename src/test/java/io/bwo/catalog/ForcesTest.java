package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForcesTest {
  @TempDir Path dir;

  @Test
  void manyFilesAreForcedSideBySideAndAllBeforeItReturns() throws IOException {
    // Each force waits until AT_ONCE of them are in flight: forced one after the other, the
    // first would wait in vain.
    CountDownLatch together = new CountDownLatch(Forces.AT_ONCE);
    Set<Integer> forced = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 100).boxed().toList();

    Forces.all(items, i -> {
      together.countDown();
      try {
        if (!together.await(10, TimeUnit.SECONDS)) {
          throw new IOException("forced alone");
        }
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      forced.add(i);
    });

    assertThat(forced).hasSize(100);
  }

  @Test
  void oneFileIsForcedInTheCallersThread() throws IOException {
    List<Thread> by = new ArrayList<>();

    Forces.all(List.of("ONE"), s -> by.add(Thread.currentThread()));

    assertThat(by).containsExactly(Thread.currentThread());
  }

  @Test
  void aFailingForceDoesNotStopTheOthersAndEveryFailureIsThrown() {
    Set<Integer> forced = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 40).boxed().toList();

    assertThatThrownBy(() -> Forces.all(items, i -> {
      if (i % 10 == 3) {
        throw new IOException("disk full at " + i);
      }
      forced.add(i);
    }))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("disk full at ")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(3));
    assertThat(forced).hasSize(36);
  }

  @Test
  void realFilesAreForcedAndClosedByTheirOwner() throws IOException {
    List<FileChannel> open = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        FileChannel ch = FileChannel.open(dir.resolve("F" + i), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        open.add(ch);
        ch.write(ByteBuffer.wrap(("RECORD " + i).getBytes()));
      }

      Forces.all(open, ch -> ch.force(true));

      assertThat(open).allMatch(FileChannel::isOpen);
    } finally {
      for (FileChannel ch : open) {
        ch.close();
      }
    }
    assertThat(Files.readString(dir.resolve("F19"))).isEqualTo("RECORD 19");
  }
}
