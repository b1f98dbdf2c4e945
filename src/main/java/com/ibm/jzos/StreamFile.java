package com.ibm.jzos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file opened in stream mode, read or written in order through one page-aligned direct buffer.
 * The kernel copies between the page cache and a page-aligned buffer several times faster than to
 * or from the JDK's temporary buffers for heap arrays, which are not aligned (a dump read or
 * written through here moves hundreds of MiB). Not thread-safe.
 */
final class StreamFile implements AutoCloseable {
  private static final int PAGE = 4096;
  private static final int BUFFER = 1 << 20;
  /**
   * The most one write(2) hands the page cache: on the benchmark's VM, 1 MiB writes into it ran
   * several times slower than 256 KiB ones in most runs (bwo's bench/README.md, twenty-first
   * round). Reads still fill the whole buffer.
   */
  private static final int WRITE = 256 << 10;

  private final SeekableByteChannel channel;
  /** Whether {@link #channel} is the process's standard output or error, which stays open. */
  private final boolean standard;
  private final ByteBuffer buffer =
      ByteBuffer.allocateDirect(BUFFER + PAGE).alignedSlice(PAGE).limit(BUFFER).slice();
  private boolean atEnd;

  /** Reads {@code channel} from its position, or writes to it. */
  StreamFile(SeekableByteChannel channel) {
    this(channel, false);
  }

  /**
   * Writes {@code file}, created or truncated or appended to; a DD of the process's standard
   * output or error ({@link StandardStream}) through the descriptor it inherited, left open.
   */
  static StreamFile forWriting(Path file, boolean append) throws IOException {
    FileChannel standard = StandardStream.channel(file);
    if (standard != null) {
      return new StreamFile(standard, true);
    }
    return new StreamFile(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING));
  }

  /** As {@link #StreamFile(FileChannel)}; a {@code standard} channel is not closed on close. */
  private StreamFile(SeekableByteChannel channel, boolean standard) {
    this.channel = channel;
    this.standard = standard;
    buffer.limit(0);
  }

  /** Reads up to {@code len} bytes, as many as there are up to {@code len}; -1 at end of file. */
  int read(byte[] b, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      if (!buffer.hasRemaining()) {
        if (atEnd) {
          break;
        }
        buffer.clear();
        atEnd = channel.read(buffer) < 0;
        buffer.flip();
        continue;
      }
      int part = Math.min(len - n, buffer.remaining());
      buffer.get(b, off + n, part);
      n += part;
    }
    return n == 0 && len > 0 ? -1 : n;
  }

  /** Writes {@code len} bytes of {@code b}. */
  void write(byte[] b, int off, int len) throws IOException {
    for (int n = 0; n < len; ) {
      int part = Math.min(len - n, WRITE);
      buffer.clear();
      buffer.put(b, off + n, part).flip();
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      n += part;
    }
  }

  /** The offset of the next byte read or written. */
  long position() throws IOException {
    return channel.position() - buffer.remaining();
  }

  /** Makes {@code offset} the next byte read or written; reading starts afresh from there. */
  void position(long offset) throws IOException {
    channel.position(offset);
    buffer.limit(0);
    atEnd = false;
  }

  /** The size of the file. */
  long size() throws IOException {
    return channel.size();
  }

  /**
   * Forces what was written to disk; a standard stream's file is its owner's to force, and bytes
   * in memory (a library's directory) have no disk.
   */
  void force() throws IOException {
    if (!standard && channel instanceof FileChannel file) {
      file.force(true);
    }
  }

  @Override
  public void close() throws IOException {
    if (!standard) {
      channel.close();
    }
  }
}
