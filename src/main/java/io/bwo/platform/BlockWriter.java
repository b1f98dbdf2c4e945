package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes blocks of files with direct I/O (or through the page cache, {@link #writePaged}) from a
 * few threads of its own while the caller fills the next block: a direct write returns only once
 * the disk has the block, so without them the caller would wait for every block in turn. It lends
 * page-aligned buffers ({@link #take}), one more than the writes it runs at once, and each comes
 * back when its block is written: the caller waits for a buffer when that many are in flight, and
 * memory stays at those buffers.
 */
public final class BlockWriter implements AutoCloseable {
  private final BlockingQueue<ByteBuffer> free;
  private final ThreadPoolExecutor threads;
  private final int blockBytes;
  /** Writes handed over and not yet done (guarded by this). */
  private int pending;

  /**
   * {@code inFlight} threads named {@code name}, writing blocks of {@code blockBytes} bytes
   * whose buffers start at a multiple of {@code alignment} (and of a page).
   */
  public BlockWriter(String name, int inFlight, int blockBytes, int alignment) {
    this.blockBytes = blockBytes;
    free = new ArrayBlockingQueue<>(inFlight + 1, false,
        PageAligned.forDirectIo(inFlight + 1, blockBytes, alignment));
    threads = new ThreadPoolExecutor(inFlight, inFlight, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Starts the writing threads now, from the calling thread: they run at its priority rather than
   * at that of whichever thread writes first (a thread starts with its starter's on Linux).
   */
  public void prestart() {
    threads.prestartAllCoreThreads();
  }

  /** A free buffer, cleared, waiting for a write to end if none is. */
  public ByteBuffer take() throws IOException {
    try {
      return free.take().clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a block to be written", e);
    }
  }

  /** The bytes each buffer holds. */
  public int blockBytes() {
    return blockBytes;
  }

  /** Takes back a buffer from {@link #take} that is not to be written after all. */
  public void giveBack(ByteBuffer block) {
    free.add(block);
  }

  /**
   * Writes the remaining bytes of {@code block} (from {@link #take}) at {@code position} of
   * {@code channel}, in one of the threads; the buffer comes back when it is written, and a
   * failure goes to {@code failed}.
   */
  public void write(FileChannel channel, ByteBuffer block, long position,
      Consumer<IOException> failed) {
    write(channel, block, position, failed, () -> { });
  }

  /**
   * As {@link #write(FileChannel, ByteBuffer, long, Consumer)}, then runs {@code done} in the
   * writing thread once the block is written or has failed, so that a caller can wait for its own
   * blocks rather than for everyone's ({@link #awaitWritten}).
   */
  public void write(FileChannel channel, ByteBuffer block, long position,
      Consumer<IOException> failed, Runnable done) {
    submit(() -> {
      for (long at = position; block.hasRemaining(); ) {
        at += channel.write(block, at);
      }
    }, block, failed, done);
  }

  /**
   * As {@link #write(FileChannel, ByteBuffer, long, Consumer, Runnable)}, for a file written
   * through the page cache: in writes of {@link PageCache#WRITE} bytes at most.
   */
  public void writePaged(FileChannel channel, ByteBuffer block, long position,
      Consumer<IOException> failed, Runnable done) {
    submit(() -> PageCache.write(channel, block, position), block, failed, done);
  }

  private interface Transfer {
    void run() throws IOException;
  }

  private void submit(Transfer transfer, ByteBuffer block, Consumer<IOException> failed,
      Runnable done) {
    synchronized (this) {
      pending++;
    }
    threads.execute(() -> {
      try {
        transfer.run();
      } catch (IOException e) {
        failed.accept(e);
      } finally {
        free.add(block);
        done.run();
        synchronized (this) {
          pending--;
          notifyAll();
        }
      }
    });
  }

  /** Waits until every write handed over is done. */
  public synchronized void awaitWritten() throws IOException {
    while (pending > 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for blocks to be written", e);
      }
    }
  }

  /** Waits for the writes handed over (a minute at most), then stops the threads. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
