package io.bwo.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Has the disk take a file's data while the file is still being written: every {@link #EVERY}
 * bytes, its own thread forces what is written so far (at most one force at a time). The force
 * at the end of the file then finds little left to write, instead of all of it: the writing and
 * the disk overlap, as a plain write-then-sync (cp + sync) does not. The file's own force at its
 * end is still the one that counts; a failure here is left for it to report.
 *
 * <p>Shared between the writing thread, which calls {@link #written}, and its own thread.
 */
final class EarlyWriteback implements AutoCloseable {
  /** How many bytes are written between two forces. */
  static final long EVERY = 4L << 20;

  private final FileChannel channel;
  private final ExecutorService flusher;
  private final AtomicBoolean forcing = new AtomicBoolean();
  private long unforced;

  private EarlyWriteback(FileChannel channel) {
    this.channel = channel;
    this.flusher = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bwo-writeback");
      t.setDaemon(true);
      return t;
    });
  }

  /** Early writeback of {@code file}, which exists and is being written by someone else. */
  static EarlyWriteback of(Path file) throws IOException {
    // fsync needs no write access: any descriptor of the file forces its data.
    return new EarlyWriteback(FileChannel.open(file, StandardOpenOption.READ));
  }

  /** Counts {@code bytes} more written; starts a force when enough are and none is running. */
  void written(long bytes) {
    unforced += bytes;
    if (unforced >= EVERY && forcing.compareAndSet(false, true)) {
      unforced = 0;
      flusher.execute(() -> {
        try {
          channel.force(false);
        } catch (IOException e) {
          // The file's own force at its end meets the same failure and reports it.
        } finally {
          forcing.set(false);
        }
      });
    }
  }

  /** Waits for a running force to end, then stops the thread and closes the descriptor. */
  @Override
  public void close() {
    flusher.shutdown();
    try {
      flusher.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flusher.shutdownNow();
    try {
      channel.close();
    } catch (IOException e) {
      // A read-only descriptor: nothing written depends on it.
    }
  }
}
