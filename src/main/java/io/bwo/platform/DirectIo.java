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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Direct I/O ({@code O_DIRECT}) for the large files bwo writes once: large dumps ({@link
 * #forDump}) and the data sets RESTORE stages ({@link #forRestore}). Their bytes go from
 * page-aligned buffers straight to the disk: the page cache stays the online system's, and no
 * force of another file waits behind their dirty pages. Off with {@code -Dbwo.directio=false};
 * where a file system refuses it, files are written through the page cache as before.
 */
public final class DirectIo {
  /**
   * The block size of the file system of each directory a file was opened in: finding it reads
   * the mount table (about 1 ms), once per file where RESTORE stages a thousand data sets.
   */
  private static final Map<Path, Integer> BLOCK_SIZES = new ConcurrentHashMap<>();

  /** The largest dump written through the page cache by default ({@link #forDump}). */
  public static final long PAGED_BYTES = 1L << 30;

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
   * by default when the dump holds more than {@link #PAGED_BYTES}, or when {@code
   * applicationsCommit} says the online system's applications commit as it starts (asked only
   * then). The others go through the page cache, forced in stretches paced by the online
   * system's redo-log forces ({@code EarlyWriteback}): 32 MiB apart while nothing commits, 1 MiB
   * while the applications do.
   *
   * <p>Measured on the development VM (bench/README.md, thirteenth and seventeenth rounds): idle,
   * dumps through the page cache ran at 0.79x-1.04x of cp at 256 MiB and 1 GiB, where direct I/O
   * ran at 0.60x-0.78x; at 4 GiB the page cache filled slower than direct writes went (0.64x
   * against 0.91x-1.02x). With the workload committing, a direct dump, whose blocks are then
   * persisted as they are written ({@code DirectDumpOutput}), kept the workload's p99 during an
   * {@code OPTIMIZE(4)} copy at 11.6-20.2 ms at 256 MiB and 9.2-9.9 ms at 1 GiB, against
   * 28.5-30.6 and 13.6-16.3 ms through the page cache, whose forces, 4 MiB apart then, let each
   * log force find megabytes of the dump to persist first. At {@code OPTIMIZE(1)} too, whose copy
   * is held to 128 MiB/s: its p95 was lower direct in 14 of 16 runs at 1 GiB and 8 of 12 at 256
   * MiB (thirty-second and thirty-third rounds).
   */
  public static boolean forDump(long dataBytes, BooleanSupplier applicationsCommit) {
    return chosen("bwo.dump.directio",
        () -> dataBytes > PAGED_BYTES || applicationsCommit.getAsBoolean());
  }

  /**
   * Direct I/O with {@code -D<property>=true}, none with {@code false} (both: unless direct I/O
   * is off), else as {@code byDefault} says (asked only then).
   */
  private static boolean chosen(String property, BooleanSupplier byDefault) {
    String chosen = System.getProperty(property);
    if (!enabled() || "false".equalsIgnoreCase(chosen)) {
      return false;
    }
    return "true".equalsIgnoreCase(chosen) || byDefault.getAsBoolean();
  }

  /**
   * The smallest data set RESTORE stages with direct I/O by default ({@link #forRestore}): 4 MiB,
   * the staging buffers' worth.
   */
  public static final long RESTORE_DIRECT_BYTES = 4L << 20;

  /**
   * Whether RESTORE stages a data set of {@code dataSetBytes} with direct I/O: with {@code
   * -Dbwo.restore.directio=true} always, with {@code false} never (both: unless direct I/O is
   * off); by default when it holds at least {@link #RESTORE_DIRECT_BYTES}. The smaller ones go
   * through the page cache, handed over {@link PageCache#WRITE} bytes at a time and forced as
   * each data set is complete and, while the applications of ONLINE segments commit, in 32 MiB
   * stretches.
   *
   * <p>Why by the data set's size, not the dump's (up to 1 GiB of dump through the page cache until
   * the twenty-ninth round): every page a restore writes through the page cache is memory the
   * kernel must find, and on a VM whose host takes back what the guest does not use (here DAMON
   * pages out what has been idle for a minute, and the balloon reports freed pages to the host)
   * that costs more than the disk: 1 GiB of 16 data sets restored in a median of 3.1 s through the
   * page cache against 1.2 s direct (8 of 8 alternating rounds), 256 MiB of 16 in 488 against 430
   * ms (8 of 10). A small data set pays direct I/O's waits for the disk write by write instead:
   * 1,000 of 64 KiB took 2.45 s through the page cache against 2.68 s direct (6 of 8); at 1 and 4
   * MiB the two were alike (bench/README.md, twenty-ninth round).
   */
  public static boolean forRestore(long dataSetBytes) {
    return chosen("bwo.restore.directio", () -> dataSetBytes >= RESTORE_DIRECT_BYTES);
  }

  /**
   * Whether a dump read once end to end (the step's read-back, {@code bwo verify}) is read with
   * direct I/O where it is not in the page cache ({@code DumpInputs}): unless {@code
   * -Dbwo.readback.directio=false} (or direct I/O is off).
   */
  public static boolean forReadBack() {
    return enabled() && !turnedOff("bwo.readback.directio");
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
