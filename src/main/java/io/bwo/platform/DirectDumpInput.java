package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A dump read from the disk with direct I/O, one request of {@link #BLOCK} bytes at a time: how
 * the step reads back a dump that was written with direct I/O ({@link DirectDumpOutput}), and
 * {@code bwo verify} and RESTORE any dump, that is not in the page cache ({@link DumpInputs}).
 * Through the page cache, the kernel's read-ahead (8 MiB on the development VM's disk, in
 * requests of up to 4 MiB) queues megabytes of reads ahead of each write of the online system's
 * redo log; here a log write waits for at most one read of {@link #BLOCK}. Measured there with
 * the workload committing (bench/README.md, eighteenth round), the read-back of a direct dump of
 * 256 MiB / 1 GiB / 4 GiB took 190-226 ms / 588-673 ms / 1.8-2.8 s, against 459-530 ms / 1.8-2.6 s
 * / 7.3-8.0 s through the page cache, and the workload's p99 during it was 4.5-4.9 / 3.5-6.1 /
 * 11.5-13.0 ms against 7.0-13.3 / 7.5-19.7 / 9.9-18.5 ms.
 *
 * <p>The reads are made by a thread of its own, {@code bwo-read-ahead}, up to {@link #AHEAD}
 * blocks ahead of the caller, one at a time as before: a direct read returns only once the disk
 * has delivered the block, so read in the caller's thread the disk stood idle while the caller
 * checked each block (its CRC32Cs, its copy into the caller's array). A 4 GiB verify took a
 * median of 1.90 s that way and 1.55 s read ahead, 8 runs each, alternating (bench/README.md,
 * thirty-seventh round).
 */
final class DirectDumpInput extends BufferedDumpInput {
  /** Bytes per read. */
  static final int BLOCK = 1 << 20;
  /** Blocks read ahead of the one the caller takes its bytes from. */
  static final int AHEAD = 2;

  /** No block: the caller's before the first, and after a failure. */
  private static final ByteBuffer NONE = ByteBuffer.allocate(0);

  /** A block the reading thread has read, or how its reading ended. */
  private record Read(ByteBuffer block, boolean last, IOException failure) {}

  private final FileChannel channel;
  private final int alignment;
  private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(AHEAD + 1);
  /** Never full: it has room for every buffer and the end. */
  private final BlockingQueue<Read> read = new ArrayBlockingQueue<>(AHEAD + 2);
  private final Thread reader;
  /** The block the caller's bytes come from. */
  private ByteBuffer current = NONE;
  private boolean atEnd;
  /**
   * Why the reading ended short, given again at every later read: an end of file there would pass
   * for a shorter dump with a caller that read on.
   */
  private IOException failed;
  /** Blocks the reading thread has read (for tests: how far ahead it is). */
  private volatile int blocksRead;

  /** Reads {@code channel}, whose reads need buffers on multiples of {@code alignment}. */
  DirectDumpInput(FileChannel channel, int alignment) {
    this.channel = channel;
    this.alignment = alignment;
    free.addAll(PageAligned.forDirectIo(AHEAD + 1, BLOCK, alignment));
    reader = new Thread(this::readAhead, "bwo-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  /** {@code file} read with direct I/O; null where the file system refuses it. */
  static DirectDumpInput open(Path file) {
    DirectIo.Aligned direct = DirectIo.open(file, StandardOpenOption.READ);
    if (direct == null) {
      return null;
    }
    if (BLOCK % direct.alignment() != 0) {
      try {
        direct.channel().close();
      } catch (IOException e) {
        // Only read: nothing depends on it.
      }
      return null;
    }
    return new DirectDumpInput(direct.channel(), direct.alignment());
  }

  /**
   * The reading thread: reads the file block by block into free buffers, in order, until its end
   * or a failure, and hands each over. A read of fewer bytes than the file system's blocks fill
   * ends at the end of the file: direct reads return whole blocks but there.
   */
  private void readAhead() {
    long position = 0;
    try {
      for (boolean last = false; !last; ) {
        ByteBuffer block = free.take().clear();
        int n = channel.read(block, position);
        last = n <= 0 || n % alignment != 0;
        position += Math.max(n, 0);
        block.flip();
        blocksRead++;
        read.add(new Read(block, last, null));
      }
    } catch (IOException e) {
      read.add(new Read(null, true, e));
    } catch (InterruptedException e) {
      // Closed: nobody reads on.
    }
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  /**
   * The block the caller's bytes come from: the next block read (waited for) when the last is
   * used up; null at the end. A chunk RESTORE reads into its own buffer is copied once, from this
   * block into that buffer, where read into an array it was copied twice.
   */
  @Override
  ByteBuffer filled() throws IOException {
    while (!current.hasRemaining()) {
      if (failed != null) {
        throw new IOException(failed.getMessage(), failed);
      }
      if (atEnd) {
        return null;
      }
      if (current != NONE) {
        free.add(current);
      }
      Read next;
      try {
        next = read.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the dump to be read", e);
      }
      if (next.failure() != null) {
        failed = next.failure();
        current = NONE;
        continue;
      }
      current = next.block();
      atEnd = next.last();
    }
    return current;
  }

  /** How many blocks the reading thread has read so far. */
  int blocksRead() {
    return blocksRead;
  }

  /** Stops the reading thread, and closes the file. */
  @Override
  public void close() throws IOException {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      channel.close();
    }
  }
}
