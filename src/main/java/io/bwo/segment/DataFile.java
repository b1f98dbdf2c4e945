package io.bwo.segment;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A data set's file as the segment system reads and writes it: positional I/O from many threads,
 * synced at checkpoints. Application threads do the I/O, and an interrupt during I/O closes a
 * FileChannel for every thread; this reopens it and retries, which positional I/O allows.
 *
 * <p>Thread-safe.
 */
final class DataFile implements AutoCloseable {
  @FunctionalInterface
  private interface Io {
    void run(FileChannel ch) throws IOException;
  }

  private final Path path;
  /** Set after each write, cleared by {@link #force}: syncing a clean file still costs a flush. */
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile FileChannel channel;
  private volatile boolean closed;

  private DataFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  static DataFile open(Path path) throws IOException {
    return new DataFile(path, channel(path));
  }

  /** Fills {@code dst} from byte {@code position}. */
  void read(ByteBuffer dst, long position) throws IOException {
    long start = position - dst.position();
    retrying(ch -> {
      while (dst.hasRemaining()) {
        if (ch.read(dst, start + dst.position()) < 0) {
          throw new EOFException(path + " ends before byte " + (start + dst.limit()));
        }
      }
    });
  }

  /** Writes all of {@code src} at byte {@code position}. */
  void write(ByteBuffer src, long position) throws IOException {
    long start = position - src.position();
    retrying(ch -> {
      while (src.hasRemaining()) {
        ch.write(src, start + src.position());
      }
    });
    dirty.set(true);
  }

  /** Whether the file was written since it was last synced. */
  boolean dirty() {
    return dirty.get();
  }

  /**
   * Syncs the data to disk if it was written since the last sync; returns whether it synced. A
   * write that ended before this call is synced by it; one that ends during it, by the next.
   */
  boolean force() throws IOException {
    if (!dirty.getAndSet(false)) {
      return false;
    }
    try {
      retrying(ch -> ch.force(false));
    } catch (IOException | RuntimeException e) {
      dirty.set(true);
      throw e;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    channel.close();
  }

  /** Runs {@code io}, again on a fresh channel if another thread's interrupt closed this one. */
  private void retrying(Io io) throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        FileChannel ch = channel;
        try {
          io.run(ch);
          return;
        } catch (ClosedChannelException e) {
          if (closed) {
            throw e;
          }
          interrupted |= Thread.interrupted();
          reopen(ch);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized void reopen(FileChannel broken) throws IOException {
    if (channel == broken && !closed) {
      channel = channel(path);
    }
  }

  private static FileChannel channel(Path path) throws IOException {
    return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }
}
