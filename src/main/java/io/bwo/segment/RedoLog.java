package io.bwo.segment;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The write-ahead redo log of a segment system. Each transaction's after-images go into one
 * record that is synced before the transaction touches a data file, so an acknowledged update
 * survives a crash (I3) and a transaction is applied whole or not at all. A checkpoint (data files
 * synced) empties the log.
 *
 * <p>Group commit: one writer thread writes everything appended since its last sync and syncs it
 * once, however many transactions wait. Only that thread touches the channel, so an application
 * thread that is interrupted can never close the log under the others.
 *
 * <p>Record: {@code int} payload length, {@code int} CRC32C of the payload, then the payload:
 * {@code int} count of after-images, each {@code short} DSN length, DSN (ASCII), {@code long}
 * offset, {@code int} length, bytes. Replay stops at the first short or damaged record: one that
 * was torn by a crash was never acknowledged. Thread-safe.
 */
final class RedoLog implements AutoCloseable {
  /** No transaction's record is larger: a sanity bound for replay. */
  static final int MAX_RECORD_BYTES = 256 << 20;

  private final Path path;
  private final FileChannel channel;
  private final Thread writer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final Condition done = lock.newCondition();
  private ByteBuffer pending = ByteBuffer.allocate(64 << 10);
  private ByteBuffer writing = ByteBuffer.allocate(64 << 10);
  private long appended;
  private long durable;
  /** Written only by the writer thread. */
  private volatile long size;
  /** How many times the log has been forced to disk; written only by the writer thread. */
  private volatile long forces;
  private boolean truncateRequested;
  private boolean closing;
  private IOException failure;

  private RedoLog(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.writer = new Thread(this::run, "bwo-redo-log");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Opens the log at {@code path} empty: the caller has replayed it and synced the data files
   * first.
   */
  static RedoLog openEmpty(Path path) {
    try {
      FileChannel ch =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      ch.truncate(0);
      ch.force(true);
      return new RedoLog(path, ch);
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO223S, path, e.getMessage()), e);
    }
  }

  /**
   * Hands every complete transaction in the log at {@code path}, oldest first, to {@code apply}
   * and returns how many there were; a missing log has none.
   */
  static int replay(Path path, Consumer<List<AfterImage>> apply) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    int transactions = 0;
    try (InputStream file = Files.newInputStream(path);
        DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
      while (true) {
        byte[] payload = readRecord(in);
        if (payload == null) {
          return transactions;
        }
        apply.accept(decode(payload));
        transactions++;
      }
    }
  }

  /** Appends one transaction's after-images and returns its sequence number; not yet durable. */
  long append(List<AfterImage> images) {
    byte[] payload = encode(images);
    CRC32C crc = new CRC32C();
    crc.update(payload);
    lock.lock();
    try {
      failIfBroken();
      pending = ensure(pending, 8 + payload.length);
      pending.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
      appended++;
      work.signal();
      return appended;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until record {@code sequence} is synced to disk. Not interruptible: the transaction is
   * either durable or the log has failed (BWO223S), never in between for its caller.
   */
  void awaitDurable(long sequence) {
    lock.lock();
    try {
      while (durable < sequence && failure == null) {
        done.awaitUninterruptibly();
      }
      if (durable < sequence) {
        failIfBroken();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The log's size on disk in bytes, for deciding when to checkpoint. */
  long size() {
    return size;
  }

  /**
   * Empties the log after a checkpoint. The caller has quiesced the system, so every record is
   * durable and applied.
   */
  void truncate() {
    lock.lock();
    try {
      failIfBroken();
      if (appended != durable) {
        throw new IllegalStateException("truncating a log with records not yet durable");
      }
      truncateRequested = true;
      work.signal();
      while (truncateRequested && failure == null) {
        done.awaitUninterruptibly();
      }
      failIfBroken();
    } finally {
      lock.unlock();
    }
  }

  /** Lets the writer sync what was appended, then stops it and closes the file. */
  @Override
  public void close() {
    lock.lock();
    try {
      closing = true;
      work.signal();
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    try {
      channel.close();
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO223S, path, e.getMessage()), e);
    }
  }

  private void run() {
    lock.lock();
    try {
      while (failure == null) {
        while (pending.position() == 0 && !truncateRequested && !closing) {
          work.awaitUninterruptibly();
        }
        if (pending.position() == 0 && !truncateRequested) {
          return;
        }
        ByteBuffer batch = pending;
        pending = writing;
        writing = batch;
        long target = appended;
        boolean truncate = truncateRequested;
        lock.unlock();
        IOException error = null;
        try {
          writeAndSync(batch, truncate);
        } catch (IOException e) {
          error = e;
        } finally {
          lock.lock();
        }
        batch.clear();
        if (error != null) {
          failure = error;
        } else {
          durable = target;
          if (truncate) {
            truncateRequested = false;
          }
        }
        done.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Runs on the writer thread, without the lock. */
  private void writeAndSync(ByteBuffer batch, boolean truncate) throws IOException {
    batch.flip();
    long at = size;
    while (batch.hasRemaining()) {
      at += channel.write(batch, at);
    }
    channel.force(false);
    if (at > size) {
      // Commits were forced (a checkpoint's truncation alone is not a commit).
      forces++;
    }
    if (truncate) {
      channel.truncate(0);
      channel.force(true);
      at = 0;
    }
    size = at;
  }

  /**
   * How many times the log has been forced to disk since it was opened: it grows while
   * transactions commit, and a dump paces its writes by it (see {@link SegmentSystem#logForces}).
   */
  long forces() {
    return forces;
  }

  private void failIfBroken() {
    if (failure != null) {
      throw new BwoException(Message.of(Msg.BWO223S, path, failure.getMessage()), failure);
    }
    if (closing) {
      throw BwoException.of(Msg.BWO223S, path, "THE LOG IS CLOSED");
    }
  }

  private static ByteBuffer ensure(ByteBuffer b, int more) {
    if (b.remaining() >= more) {
      return b;
    }
    ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + more));
    b.flip();
    return bigger.put(b);
  }

  static byte[] encode(List<AfterImage> images) {
    int bytes = 4;
    for (AfterImage a : images) {
      bytes += 2 + a.dsn().name().length() + 8 + 4 + a.bytes().length;
    }
    if (bytes > MAX_RECORD_BYTES) {
      throw new IllegalArgumentException("a transaction of " + bytes + " bytes is too large");
    }
    ByteBuffer b = ByteBuffer.allocate(bytes);
    b.putInt(images.size());
    for (AfterImage a : images) {
      byte[] dsn = a.dsn().name().getBytes(StandardCharsets.US_ASCII);
      b.putShort((short) dsn.length).put(dsn).putLong(a.offset()).putInt(a.bytes().length);
      b.put(a.bytes());
    }
    return b.array();
  }

  static List<AfterImage> decode(byte[] payload) {
    ByteBuffer b = ByteBuffer.wrap(payload);
    int n = b.getInt();
    List<AfterImage> images = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] dsn = new byte[b.getShort()];
      b.get(dsn);
      long offset = b.getLong();
      byte[] bytes = new byte[b.getInt()];
      b.get(bytes);
      Dsn name = Dsn.parse(new String(dsn, StandardCharsets.US_ASCII));
      images.add(new AfterImage(name, offset, bytes));
    }
    return images;
  }

  /** The next record's payload, or null at the end of the log or at a torn or damaged record. */
  private static byte[] readRecord(DataInputStream in) throws IOException {
    int length;
    int crc;
    try {
      length = in.readInt();
      crc = in.readInt();
    } catch (EOFException e) {
      return null;
    }
    if (length < 4 || length > MAX_RECORD_BYTES) {
      return null;
    }
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      return null;
    }
    CRC32C check = new CRC32C();
    check.update(payload);
    return (int) check.getValue() == crc ? payload : null;
  }
}
