package io.bwo.platform;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a file is in the page cache, as far as its first {@link #SAMPLE} bytes tell: the kernel
 * evicts a file's oldest pages first, and a file written with direct I/O has none there. Asked
 * through a mapping of those bytes ({@link MappedByteBuffer#isLoaded}, which asks the kernel
 * ({@code mincore}) without reading them).
 */
final class PageCache {
  /** How much of a file's start is looked at. */
  static final long SAMPLE = 8L << 20;

  private PageCache() {}

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
