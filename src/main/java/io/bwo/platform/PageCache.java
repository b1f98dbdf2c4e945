package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The page cache: how much of a file is written into it at once ({@link #write}), and whether a
 * file is in it, as far as its first {@link #SAMPLE} bytes tell: the kernel evicts a file's oldest
 * pages first, and a file written with direct I/O has none there. Asked through a mapping of those
 * bytes ({@link MappedByteBuffer#isLoaded}, which asks the kernel ({@code mincore}) without
 * reading them).
 */
final class PageCache {
  /** How much of a file's start is looked at. */
  static final long SAMPLE = 8L << 20;
  /**
   * The most one write(2) hands the page cache. On the benchmark's VM, writes of 1 MiB or more
   * into it were slow in most runs (1 GiB in 1.45-2.2 s) where 128 or 256 KiB writes of the same
   * bytes never were (0.14-0.26 s), from {@code dd}, Python and Java alike; {@code cp}, which
   * copies in the kernel, never was either. The 1 GiB idle dump, written 256 KiB at a time, went
   * from 0.81x-0.92x of {@code cp} to 0.90x-0.97x (bench/README.md, twenty-first round). Direct
   * writes are not split: each is a transfer of the disk's own.
   */
  static final int WRITE = 256 << 10;

  private PageCache() {}

  /**
   * Writes the remaining bytes of {@code src} at {@code position} of {@code channel}, a file
   * written through the page cache, {@link #WRITE} bytes at a time at most; {@code src}'s limit
   * is left as it was.
   */
  static void write(FileChannel channel, ByteBuffer src, long position) throws IOException {
    int limit = src.limit();
    try {
      for (long at = position; src.position() < limit; ) {
        src.limit(Math.min(limit, src.position() + WRITE));
        at += channel.write(src, at);
      }
    } finally {
      src.limit(limit);
    }
  }

  /**
   * True when the start of {@code file} is in the page cache, or when that cannot be told (an
   * empty file, one that cannot be mapped): a caller then reads it as it would a cached file.
   */
  static boolean holdsStartOf(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = Math.min(ch.size(), SAMPLE);
      if (size == 0) {
        return true;
      }
      MappedByteBuffer start = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      return start.isLoaded();
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }
}
