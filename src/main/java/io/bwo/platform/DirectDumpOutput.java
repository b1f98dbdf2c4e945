package io.bwo.platform;

import com.ibm.jzos.ZFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link DumpOutput} for a local file, written with direct I/O ({@code O_DIRECT}): the dump goes
 * from page-aligned buffers straight to the disk, a few blocks of {@link #BLOCK} bytes (or of
 * the size the dump asks for, {@link #writeInBlocksOf}) in flight at once, written by a {@link
 * BlockWriter} while the copy fills the next block.
 *
 * <p>Chosen for a dump of more than {@link DirectIo#PAGED_BYTES} of data sets, for one that starts
 * while the online system's applications commit, or for any with {@code
 * -Dbwo.dump.directio=true} ({@link DirectIo#forDump}); a smaller dump of an idle system goes
 * through the page cache ({@link ZFileDumpOutput}, forced in paced stretches). Direct writes leave the page cache
 * to the online system, and a force of its log waits for at most the few blocks in flight; but on
 * the development VM they run at the disk's direct-write limit, 0.6x-0.8x of a cp through a warm
 * page cache, which the page cache matched up to 1 GiB and fell behind beyond (bench/README.md,
 * sixth and thirteenth rounds). Whoever reads a direct dump next reads it from the disk; the
 * step's own read-back (BWO518I) does so with direct I/O too ({@link DirectDumpInput}).
 *
 * <p>Like {@link ZFileDumpOutput#renamed}, the dump is written to a {@link DumpTemporary} file,
 * locked while it is written, and renamed over the file on publish (through {@link ZFile#rename},
 * atomic, the directory forced); abandon removes the temporary file. The last bytes that do not fill a file system block are written
 * without direct I/O, then the whole file is forced before the rename.
 *
 * <p>Paced by the online system's log forces ({@link #paceBy}): a direct write reaches the disk's
 * cache, not its medium, so each force of the applications' redo log makes the disk persist all
 * the dump wrote since the previous force, and their commits wait for it. While the log's force
 * count grows (and for {@link #PACE} bytes after it last grew), each block is written through a
 * second descriptor of the file opened with {@code O_DSYNC}, whose write returns once the disk
 * has persisted it: no log force then finds more of the dump to persist than the blocks in
 * flight. Those blocks take the size the dump asks for them ({@link #persistInBlocksOf}), the
 * others that of {@link #writeInBlocksOf}; which one a block is gets decided as it starts.
 * While the count does not grow (no application commits), the blocks are written without it
 * and nothing is forced before the end. Measured on the development VM with the workload
 * writing, at 1 GiB with {@code OPTIMIZE(4)} (bench/README.md, seventeenth round): the
 * workload's p99 during the copy 1.22x-1.35x of its p99 without a dump, against 1.94x-4.59x when
 * the dump forced itself every {@link #PACE} bytes and waited (rounds 8 to 16), the dump at the
 * same speed (0.56x-0.59x of cp against 0.55x-0.64x); written so idle, it ran at 0.42x-0.58x
 * instead of 0.51x-0.74x, hence not while nobody commits. Where the file system refuses a second
 * descriptor so, or with {@code -Dbwo.dump.synced=false}, the dump forces itself every {@link
 * #PACE} bytes instead, and waits for it. {@code -Dbwo.dump.pace=false} turns the pacing off.
 */
final class DirectDumpOutput extends DdDumpOutput {
  /**
   * Bytes per direct write unless asked otherwise ({@link #writeInBlocksOf}), and writes at once
   * ({@link BlockWriter}): 3 blocks in flight at most. Each force of the applications' redo log
   * makes the disk persist what was written before it, so what the dump has in flight is what a
   * transaction may wait for. Measured with the workload at 2 GiB (bench/README.md, round 4):
   * 4 MiB x 2 gave the dump 0.95x cp and the workload p99 12-20 ms during the copy; 1 MiB x 1,
   * 0.67x and 11-12 ms; 1 MiB x 3, 0.79-0.86x and 10-12 ms; through the page cache, 0.82-0.92x
   * and 30-34 ms.
   */
  static final int BLOCK = 1 << 20;
  /**
   * The largest block a dump may ask for ({@link #writeInBlocksOf}); the buffers are this large
   * whatever it asks. A write synced with {@code O_DSYNC} costs the disk a flush of its cache
   * whatever its size (and on ext4 one that extends the file holds its inode until the disk has
   * it, so synced writes never overlap however many are in flight): larger ones persist more per
   * flush. While the applications committed, a 1 GiB {@code OPTIMIZE(4)} dump in 2 MiB blocks ran
   * at a median 0.95x of cp (19 runs, 15 at 0.8x or more) against 0.74x in 1 MiB ones (18 runs,
   * 7), the workload's p99 during the copy 9.9 ms against 7.9 (1.67x and 1.35x of its p99 without
   * a dump; 4 MiB: 0.96x and 2.91x; bench/README.md, thirtieth round).
   */
  static final int LARGEST_BLOCK = 2 << 20;
  static final int IN_FLIGHT = 3;
  /**
   * Bytes written synced after the online system last forced its log; without a synced
   * descriptor, bytes between the dump's own forces while it does.
   */
  static final long PACE = 8L << 20;

  private final Path temporary;
  private final String finalName;
  private final FileChannel direct;
  /**
   * The same file opened for direct writes with {@code O_DSYNC}, for the blocks written while the
   * applications commit; null where it could not be opened.
   */
  private final FileChannel synced;
  private final int alignment;
  private final BlockWriter writer;
  /** The first failed write's failure: the writes after it fail with it. */
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  /** Bytes per write ({@link #writeInBlocksOf}). */
  private int block = BLOCK;
  /** Bytes per write through {@link #synced} ({@link #persistInBlocksOf}); 0: {@link #block}. */
  private int persistedBlock;
  /**
   * The block being filled, from {@link #writer}: {@link #persistedBlock} bytes long if it goes
   * through {@link #synced}, {@link #block} otherwise.
   */
  private ByteBuffer current;
  /** Whether {@link #current} goes through {@link #synced}, decided as it starts. */
  private boolean currentSynced;
  /** Where {@link #current} starts in the file. */
  private long position;
  /** The online system's log forces ({@link #paceBy}); one that never grows paces nothing. */
  private LongSupplier logForces = () -> 0;
  /** {@link #logForces} when the dump last looked. */
  private long logForcesSeen;
  /** Where in the file the blocks stop going through {@link #synced}, unless the log is forced. */
  private long syncedUntil;
  /** How many times the dump forced itself because the log had been forced. */
  private int pacedForces;
  /** How many blocks went through {@link #synced}. */
  private long syncedBlocks;

  private DirectDumpOutput(String dd, Path temporary, String finalName, FileChannel direct,
      FileChannel synced, int alignment) throws IOException {
    super(dd);
    this.temporary = temporary;
    this.finalName = finalName;
    this.direct = direct;
    this.synced = synced;
    this.alignment = alignment;
    this.writer = new BlockWriter("bwo-dump-writer", IN_FLIGHT, LARGEST_BLOCK, alignment);
    this.current = writer.take();
    startBlock();
  }

  /**
   * Writes a {@link DumpTemporary} file with direct I/O, renamed to {@code path} on publish; null
   * when the file system does not do direct I/O (tmpfs before Linux 6.6, some network file
   * systems), for the caller to write through the page cache instead. {@code named} is told the
   * temporary file's path before it is made.
   */
  static DirectDumpOutput open(String dd, String path, Consumer<String> named)
      throws IOException {
    Path tmp = DumpTemporary.claim(dd, Path.of(path));
    named.accept(tmp.toString());
    DirectIo.Aligned direct =
        DirectIo.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (direct == null) {
      return null;
    }
    try {
      // LARGEST_BLOCK, a multiple of BLOCK, then falls on the blocks too.
      if (BLOCK % direct.alignment() != 0) {
        direct.channel().close();
        Files.deleteIfExists(tmp);
        return null;
      }
      DumpTemporary.lock(direct.channel(), tmp);
      DirectIo.Aligned synced = DirectIo.turnedOff("bwo.dump.synced") ? null
          : DirectIo.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
      return new DirectDumpOutput(dd, tmp, path, direct.channel(),
          synced == null ? null : synced.channel(), direct.alignment());
    } catch (IOException | RuntimeException e) {
      direct.channel().close();
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    for (int n = 0; n < len; ) {
      int part = Math.min(len - n, current.remaining());
      current.put(b, off + n, part);
      n += part;
      if (!current.hasRemaining()) {
        ByteBuffer full = current.flip();
        int length = full.remaining();
        if (currentSynced) {
          syncedBlocks++;
        }
        writer.write(currentSynced ? synced : direct, full, position,
            e -> failure.compareAndSet(null, e));
        position += length;
        if (synced == null && (position - length) / PACE != position / PACE) {
          pace();
        }
        current = writer.take();
        startBlock();
      }
    }
  }

  /**
   * Writes from now on in blocks of {@code bytes} (whole file system blocks, at most {@link
   * #LARGEST_BLOCK}); the block being filled takes the new size if nothing is in it yet.
   */
  @Override
  public void writeInBlocksOf(int bytes) {
    block = wholeBlocks(bytes);
    startBlockIfEmpty();
  }

  /**
   * Writes the blocks that go through {@link #synced} in blocks of {@code bytes} from now on (whole
   * file system blocks, at most {@link #LARGEST_BLOCK}), the others as {@link #writeInBlocksOf}
   * says; the block being filled takes the new size if nothing is in it yet.
   */
  @Override
  public void persistInBlocksOf(int bytes) {
    persistedBlock = wholeBlocks(bytes);
    startBlockIfEmpty();
  }

  /**
   * Starts the writer's threads now, from the caller (the step's thread), where the copy thread
   * that wrote first would have started them at its own lower priority ({@code YieldingThreads}):
   * a writer woken by the disk's answer then waited for a processor behind the applications while
   * the disk had nothing to write. While the applications committed, an {@code OPTIMIZE(4)} dump
   * so written ran at a median of 729 / 838 / 885 MB/s at 256 MiB / 1 GiB / 4 GiB against 621 /
   * 773 / 710, the workload's p99 during its copy 9.4 / 14.6 / 14.7 ms against 10.5 / 14.4 / 16.3
   * (5 alternating runs each). At {@code OPTIMIZE(1)} its p99 at 256 MiB was higher so, hence only
   * where asked (bench/README.md, forty-first round).
   */
  @Override
  public void writeAtCallersPriority() {
    writer.prestart();
  }

  private int wholeBlocks(int bytes) {
    return Math.max(alignment, Math.min(bytes, LARGEST_BLOCK) / alignment * alignment);
  }

  /** Not with {@code -Dbwo.dump.pace=false}: the dump then goes at full speed whatever commits. */
  @Override
  void paceWith(LongSupplier logForces) {
    this.logForces = logForces;
    this.logForcesSeen = logForces.getAsLong();
    startBlockIfEmpty();
  }

  /** How many times the dump forced itself because the online system had forced its log. */
  int pacedForces() {
    return pacedForces;
  }

  /** How many blocks were written with {@code O_DSYNC} because the log had been forced. */
  long syncedBlocks() {
    return syncedBlocks;
  }

  /**
   * Decides, as the empty block {@link #current} starts at {@link #position}, whether it goes
   * through {@link #synced} (if the online system forced its log since the last look or in the
   * last {@link #PACE} bytes), and so how large it is: its size must be known before it fills.
   */
  private void startBlock() {
    currentSynced = synced != null && syncsBlockAt(position);
    current.limit(currentSynced && persistedBlock > 0 ? persistedBlock : block);
  }

  /** {@link #startBlock} again if nothing is in the block yet: what it decided may have changed. */
  private void startBlockIfEmpty() {
    if (current.position() == 0) {
      startBlock();
    }
  }

  private boolean syncsBlockAt(long at) {
    long forces = logForces.getAsLong();
    if (forces != logForcesSeen) {
      logForcesSeen = forces;
      syncedUntil = at + PACE;
    }
    return at < syncedUntil;
  }

  /**
   * Without {@link #synced}: if the online system forced its log since the last look, forces what
   * the dump wrote and waits for it, so that the next log force finds at most {@link #PACE} bytes
   * of the dump to persist.
   */
  private void pace() throws IOException {
    long forces = logForces.getAsLong();
    if (forces == logForcesSeen) {
      return;
    }
    logForcesSeen = forces;
    writer.awaitWritten();
    checkFailure();
    direct.force(false);
    pacedForces++;
  }

  /** Nothing to do: a block goes to the disk when it is full, the rest on publish. */
  @Override
  public void flush() throws IOException {
    ensureOpen();
  }

  /**
   * Waits for the blocks in flight, then writes what is left in the current one: its whole file
   * system blocks directly, the last partial one through the page cache; then forces the file.
   */
  @Override
  void writeRest() throws IOException {
    writer.awaitWritten();
    checkFailure();
    ByteBuffer rest = current.flip();
    int aligned = rest.remaining() / alignment * alignment;
    ByteBuffer head = rest.slice(0, aligned);
    while (head.hasRemaining()) {
      direct.write(head, position + head.position());
    }
    try (FileChannel tail = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      ByteBuffer last = rest.slice(aligned, rest.remaining() - aligned);
      while (last.hasRemaining()) {
        tail.write(last, position + aligned + last.position());
      }
      tail.force(true);
    }
    closeChannels();
  }

  private void closeChannels() throws IOException {
    try (direct) {
      if (synced != null) {
        synced.close();
      }
    }
  }

  @Override
  void putInPlace() throws IOException {
    writer.close();
    ZFile.rename(temporary.toString(), finalName);
  }

  @Override
  public boolean bypassesPageCache() {
    return true;
  }

  @Override
  public Optional<String> temporaryName() {
    return Optional.of(temporary.toString());
  }

  @Override
  public Optional<String> publishedName() {
    return Optional.of(Path.of(finalName).toAbsolutePath().toString());
  }

  @Override
  void discard(boolean wasOpen) throws IOException {
    writer.close();
    try {
      closeChannels();
    } finally {
      // Whatever closing met, the temporary file goes (ZFileDumpOutput#discard).
      Files.deleteIfExists(temporary);
    }
  }

  private void checkFailure() throws IOException {
    IOException f = failure.get();
    if (f != null) {
      throw new IOException("writing the dump failed: " + f.getMessage(), f);
    }
  }

  @Override
  void ensureOpen() throws IOException {
    super.ensureOpen();
    checkFailure();
  }
}
