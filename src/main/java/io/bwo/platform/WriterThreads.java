package io.bwo.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A few daemon threads that write blocks of files with direct I/O while the caller fills the
 * next ones: a direct write returns only once the disk has the block, so without them the
 * caller would wait for every block in turn, one at a time.
 */
public final class WriterThreads implements AutoCloseable {
  private final ExecutorService pool;

  /** {@code count} threads named {@code name}. */
  public WriterThreads(String name, int count) {
    pool = Executors.newFixedThreadPool(count, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code write} in one of the threads, as soon as one is free. */
  public void execute(Runnable write) {
    pool.execute(write);
  }

  /** Waits for the writes handed over (a minute at most), then stops the threads. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
