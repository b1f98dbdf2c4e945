package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A dump file in the page cache, read in order as a stream and, for large reads, as a channel:
 * {@link #read(ByteBuffer)} has the kernel copy the bytes straight into the caller's buffer, so
 * that a chunk RESTORE writes with direct I/O goes from the page cache to the disk through one
 * buffer, checked there ({@code DumpReader#lendFrom}). Read through a stream into an array, each
 * byte was copied twice more on its way (from the stream's buffer into the array, and from the
 * array into a page-aligned buffer for the write), some through two more buffers as well: a
 * 256 MiB RESTORE's pass took a median of 125.5 ms this way against 174.5 (bench/README.md,
 * thirty-ninth round, with {@code ReadingRehearsal}). Small reads, the records' fixed parts, come
 * from a page-aligned buffer of {@link #BUFFER} bytes. Not thread-safe.
 */
final class ChannelDumpInput extends BufferedDumpInput {
  /** Bytes of the buffer small reads come from. */
  static final int BUFFER = 64 << 10;

  private final FileChannel channel;
  private final ByteBuffer buffer = PageAligned.allocate(BUFFER).limit(0);
  private boolean atEnd;

  ChannelDumpInput(FileChannel channel) {
    this.channel = channel;
  }

  /** {@code file}, read from its start. */
  static ChannelDumpInput open(Path file) throws IOException {
    return new ChannelDumpInput(FileChannel.open(file, StandardOpenOption.READ));
  }

  /**
   * Reads into {@code dst} what is buffered, or, when nothing is and {@code dst} has room for a
   * buffer's worth or more, straight from the file: as many bytes as there are up to its
   * remaining; -1 at the end of the file.
   */
  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!buffer.hasRemaining() && dst.remaining() >= BUFFER && !atEnd) {
      int n = channel.read(dst);
      atEnd = n < 0;
      return n;
    }
    return super.read(dst);
  }

  /** The buffer, holding the next bytes of the file when it held none; null at its end. */
  @Override
  ByteBuffer filled() throws IOException {
    while (!buffer.hasRemaining()) {
      if (atEnd) {
        return null;
      }
      buffer.clear();
      atEnd = channel.read(buffer) < 0;
      buffer.flip();
    }
    return buffer;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
