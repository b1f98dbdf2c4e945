package io.bwo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A dump read from the disk with direct I/O, one request of {@link #BLOCK} bytes at a time: how
 * the step reads back a dump that was written with direct I/O ({@link DirectDumpOutput}), and
 * {@code bwo verify} any dump, that is not in the page cache ({@link DumpInputs}). Through the
 * page cache, the kernel's read-ahead (8 MiB on the
 * development VM's disk, in requests of up to 4 MiB) queues megabytes of reads ahead of each
 * write of the online system's redo log; here a log write waits for at most one read of
 * {@link #BLOCK}. Measured there with the workload committing (bench/README.md, eighteenth
 * round), the read-back of a direct dump of 256 MiB / 1 GiB / 4 GiB took 190-226 ms / 588-673 ms
 * / 1.8-2.8 s, against 459-530 ms / 1.8-2.6 s / 7.3-8.0 s through the page cache, and the
 * workload's p99 during it was 4.5-4.9 / 3.5-6.1 / 11.5-13.0 ms against 7.0-13.3 / 7.5-19.7 /
 * 9.9-18.5 ms.
 */
final class DirectDumpInput extends InputStream {
  /** Bytes per read. */
  static final int BLOCK = 1 << 20;

  private final FileChannel channel;
  private final int alignment;
  private final ByteBuffer buffer;
  /** Where the next read starts in the file. */
  private long position;
  private boolean atEnd;

  private DirectDumpInput(FileChannel channel, int alignment) {
    this.channel = channel;
    this.alignment = alignment;
    this.buffer = PageAligned.allocate(BLOCK, alignment).limit(0);
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

  @Override
  public int read() throws IOException {
    return fill() ? buffer.get() & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    return n;
  }

  /**
   * Whether bytes are buffered, reading the next block if none are. A read of fewer bytes than
   * the file system's blocks fill ends at the end of the file: direct reads return whole blocks
   * but there.
   */
  private boolean fill() throws IOException {
    if (buffer.hasRemaining()) {
      return true;
    }
    if (atEnd) {
      return false;
    }
    buffer.clear();
    int n = channel.read(buffer, position);
    if (n <= 0) {
      atEnd = true;
      buffer.limit(0);
      return false;
    }
    position += n;
    atEnd = n % alignment != 0;
    buffer.flip();
    return true;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
