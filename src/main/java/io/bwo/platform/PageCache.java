package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The page cache: how much of a file is written into it at once ({@link #write}), and whether a
 * file is in it, as far as {@link #WINDOWS} windows of {@link #WINDOW} bytes spread evenly over it
 * tell ({@link #holds}). Each window is asked through a mapping of its bytes ({@link
 * MappedByteBuffer#isLoaded}, which asks the kernel ({@code mincore}) without reading them).
 */
final class PageCache {
  /** How many windows of a file {@link #holds} looks at. */
  static final int WINDOWS = 16;
  /** The bytes of each window: a window is in the page cache when every one of its pages is. */
  static final long WINDOW = 256L << 10;

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
   * True when at least half of the windows of {@code file} are in the page cache, or when that
   * cannot be told (an empty file, one that cannot be mapped): a caller then reads it as it would
   * a cached file. A file written with direct I/O has almost none of its pages there.
   *
   * <p>Why windows over the whole file and not its start alone (until the twenty-ninth round, its
   * first 8 MiB, which had to be there whole): on a VM that takes back the memory its guest leaves
   * idle (here DAMON pages out regions of physical memory it sees idle, and a region may hold pages
   * just read), a file read end to end may lose pages anywhere at once, its start among them. A
   * 4 GiB dump read whole by {@code cat} kept 3.9 GiB in the page cache without its first 8 MiB,
   * and RESTORE read all of it from the disk beside its writes (bench/README.md, twenty-ninth
   * round).
   */
  static boolean holds(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size == 0) {
        return true;
      }
      int loaded = 0;
      for (int i = 0; i < WINDOWS; i++) {
        long at = size / WINDOWS * i / PageAligned.PAGE * PageAligned.PAGE;
        MappedByteBuffer window =
            ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(WINDOW, size - at));
        if (window.isLoaded()) {
          loaded++;
        }
      }
      return 2 * loaded >= WINDOWS;
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }
}
