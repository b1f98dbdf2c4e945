package io.bwo.platform;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Direct I/O ({@code O_DIRECT}) for the large files bwo writes once: RESTORE's staged data sets,
 * and large dumps ({@link #forDump}). Their bytes go from page-aligned buffers straight
 * to the disk: the page cache stays the online system's, and no force of another file waits
 * behind their dirty pages. Off with {@code -Dbwo.directio=false}; where a file system refuses
 * it, files are written through the page cache as before.
 */
public final class DirectIo {
  /**
   * The block size of the file system of each directory a file was opened in: finding it reads
   * the mount table (about 1 ms), once per file where RESTORE stages a thousand data sets.
   */
  private static final Map<Path, Integer> BLOCK_SIZES = new ConcurrentHashMap<>();

  /** The largest dump written through the page cache by default ({@link #forDump}). */
  public static final long DUMP_PAGED_BYTES = 1L << 30;

  private DirectIo() {}

  /** Whether direct I/O may be tried ({@code -Dbwo.directio=false} says no). */
  public static boolean enabled() {
    return !turnedOff("bwo.directio");
  }

  /** Whether {@code -D<property>=false} was given: how each of bwo's I/O choices is turned off. */
  static boolean turnedOff(String property) {
    return "false".equalsIgnoreCase(System.getProperty(property));
  }

  /**
   * Whether a dump of {@code dataBytes} of data sets is written with direct I/O: with {@code
   * -Dbwo.dump.directio=true} always, with {@code false} never (both: unless direct I/O is off);
   * by default when the dump holds more than {@link #DUMP_PAGED_BYTES}. The others go through the
   * page cache, forced in stretches paced by the online system's redo-log forces ({@code
   * EarlyWriteback}): 32 MiB apart while nothing commits, 4 MiB while the applications do.
   * Measured on the development VM (bench/README.md, thirteenth round), idle dumps through the
   * page cache ran at 0.79x-1.04x of cp at 256 MiB and 1 GiB, where direct I/O ran at
   * 0.60x-0.78x, and kept the applications' p99 during a loaded copy where direct I/O kept it;
   * at 4 GiB the page cache filled slower than direct writes went (0.64x against 0.91x-1.02x).
   */
  public static boolean forDump(long dataBytes) {
    String chosen = System.getProperty("bwo.dump.directio");
    if (!enabled() || "false".equalsIgnoreCase(chosen)) {
      return false;
    }
    return "true".equalsIgnoreCase(chosen) || dataBytes > DUMP_PAGED_BYTES;
  }

  /**
   * Opens {@code file} with {@code options} plus direct I/O, and returns it with the alignment its
   * writes need (the file system's block size); null when direct I/O is off or refused, in which
   * case a file the open created has been removed again.
   */
  public static Aligned open(Path file, OpenOption... options) {
    if (!enabled()) {
      return null;
    }
    boolean existed = Files.exists(file);
    try {
      FileChannel ch = FileChannel.open(file, Stream.concat(Arrays.stream(options),
          Stream.of(ExtendedOpenOption.DIRECT)).toArray(OpenOption[]::new));
      int block = blockSize(file);
      if (block > 0 && Integer.bitCount(block) == 1) {
        return new Aligned(ch, block);
      }
      ch.close();
    } catch (UnsupportedOperationException | IOException | ArithmeticException | LinkageError e) {
      // Refused (or a JDK without com.sun.nio.file): the caller writes through the page cache.
    }
    if (!existed) {
      try {
        // Linux creates the file before it refuses O_DIRECT: nothing of it may stay behind.
        Files.deleteIfExists(file);
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private static int blockSize(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Integer known = BLOCK_SIZES.get(dir);
    if (known == null) {
      known = Math.toIntExact(Files.getFileStore(file).getBlockSize());
      BLOCK_SIZES.put(dir, known);
    }
    return known;
  }

  /** A channel opened for direct I/O, and the alignment its positions and lengths need. */
  public record Aligned(FileChannel channel, int alignment) {}
}
