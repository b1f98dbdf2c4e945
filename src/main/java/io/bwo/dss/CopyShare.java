package io.bwo.dss;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The share of the disk the copy takes while the applications commit, set by the command's
 * OPTIMIZE. DFSMSdss reads 1, 2 or 5 tracks or a cylinder at a time for OPTIMIZE(1) to (4): the
 * higher, the faster the dump and the longer it keeps the channel from other work. bwo reads
 * large chunks whatever OPTIMIZE says; what it holds back is its rate while the online system
 * forces its redo log ({@code SegmentSystem.logForces} grew in the last {@link #BUSY_NANOS}):
 * at most {@link #MIB_PER_SECOND}[n] MiB/s of data sets copied, OPTIMIZE(4) without a limit.
 * While nobody commits, every level copies at full speed. The limits are bwo's.
 *
 * <p>Why a rate. Every force of the log makes the disk persist all that was written since the
 * previous one, so a commit waits for as much of the dump as the disk took in between. On the
 * development VM (bench/README.md, ninth round) a writer of 1 MiB direct writes beside the
 * workload (200 transactions/s, p99 5.0-5.8 ms alone) left its p99 at 5.1-8.1 ms up to 190 MB/s
 * and took it to 14-40 ms at 350 MB/s and more; no pacing of the dump's own forces got the p99
 * under 15 ms at full speed.
 *
 * <p>Shared by the copy threads: each reports the bytes it read, and waits, outside the lock, for
 * the moment the rate allows them.
 */
final class CopyShare {
  /** The limit per OPTIMIZE level (index 1 to 4) in MiB/s while the applications commit; 0: none. */
  static final long[] MIB_PER_SECOND = {0, 128, 256, 640, 0};
  /**
   * The dump chunks (1 MiB) one read of a data set takes per OPTIMIZE level (index 1 to 4) while
   * the copy is held to its limit; 4 otherwise. As DFSMSdss reads 1, 2 or 5 tracks or a cylinder
   * at a time: at OPTIMIZE(1) the disk takes the copy a chunk every 8 ms rather than 4 MiB every
   * 31 ms, and a force of the applications' log finds at most a chunk of it to persist. Measured
   * on the development VM (bench/README.md, eleventh round; 256 MiB, 30 runs each): the
   * workload's p99 during the copy 5.2 ms against 6.7 ms (medians), at the same 133 MB/s.
   */
  static final int[] CHUNKS_PER_READ = {0, 1, 2, 4, 4};
  /**
   * The dump's writes to the disk per OPTIMIZE level (index 1 to 4), in MiB: a commit of the
   * applications may wait behind one, and a dump that persists each write as it goes (a direct
   * one while they commit) goes faster in larger ones. OPTIMIZE(4), which asks for the dump at
   * the disk's speed, writes 2 MiB at a time: a 1 GiB dump while the workload committed ran at a
   * median 0.95x of cp against 0.74x in 1 MiB writes, the workload's p99 during the copy 9.9 ms
   * against 7.9 (19 and 18 runs; 4 MiB: 0.96x of cp, the p99 2.91x of the p99 without a dump;
   * bench/README.md, thirtieth round). The other levels keep the commits' wait at 1 MiB, as
   * DFSMSdss reads less per I/O at them ({@link #CHUNKS_PER_READ}).
   */
  static final int[] BLOCK_MIB = {0, 1, 1, 1, 2};
  /**
   * Of those, the writes a direct dump persists one by one while the applications commit, per
   * OPTIMIZE level (index 1 to 4), in KiB: a commit that meets one waits for all of it. At
   * OPTIMIZE(1), whose copy the commits hold to {@link #MIB_PER_SECOND}[1], a fourth of a MiB:
   * in 256 KiB writes the disk kept the copy at 131-134 MB/s in 14 of 15 A/B runs (117 in a slow
   * spell of the disk), and a commit waits for less (bench/README.md, thirty-first and
   * thirty-second rounds). The writes made while nobody commits keep {@link #BLOCK_MIB}: in
   * 256 KiB writes the idle dump ran at 0.3x-0.8x of its speed. The levels that ask for more of
   * the disk keep theirs.
   */
  static final int[] PERSISTED_BLOCK_KIB = {0, 256, 1024, 1024, 2048};
  /** How long after the log was last seen forced the applications count as committing. */
  static final long BUSY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final int optimize;
  private final long bytesPerSecond;
  private final LongSupplier logForces;
  private final LongSupplier nanoTime;
  private final NanoSleeper sleeper;
  private long forcesSeen;
  /** When the log's forces were last seen to grow; none yet when {@link #committing} is false. */
  private long grewAt;
  private boolean committing;
  /** When the bytes reported so far are due at the limit. */
  private long due;
  /** How long some copy thread was held back (the union of the waits, not their sum). */
  private long waitedNanos;
  private long waitedUntil;

  CopyShare(int optimize, LongSupplier logForces) {
    this(optimize, logForces, System::nanoTime, NanoSleeper.REAL);
  }

  CopyShare(int optimize, LongSupplier logForces, LongSupplier nanoTime, NanoSleeper sleeper) {
    if (optimize < 1 || optimize >= MIB_PER_SECOND.length) {
      throw new IllegalArgumentException("OPTIMIZE is 1 to 4: " + optimize);
    }
    this.optimize = optimize;
    this.bytesPerSecond = MIB_PER_SECOND[optimize] << 20;
    this.logForces = logForces;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.forcesSeen = logForces.getAsLong();
  }

  /**
   * The copy read {@code bytes} more: while the applications commit, waits until the limit
   * allows them. An interrupt ends the wait and is kept on the thread for the copy to see.
   */
  void copied(long bytes) {
    long wait = reserve(bytes);
    if (wait <= 0) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized long reserve(long bytes) {
    long now = nanoTime.getAsLong();
    if (!limitsAt(now)) {
      due = now;
      return 0;
    }
    // The bytes are due one read's worth after the previous ones; a read that took that long
    // already is not held back, and time the copy lost is not made up in a burst.
    due = Math.max(due + bytes * 1_000_000_000L / bytesPerSecond, now);
    if (due == now) {
      return 0;
    }
    // After an idle spell the schedule restarts from now, while a thread may still sleep past
    // it: only the time beyond every wait counted so far is added.
    waitedNanos += Math.max(0, due - Math.max(now, waitedUntil));
    waitedUntil = Math.max(waitedUntil, due);
    return due - now;
  }

  /**
   * Whether the copy is held to its limit now: OPTIMIZE sets one, and the applications forced the
   * log since this share was made (FREEZE and UNFREEZE bring the count) or within the last second.
   */
  synchronized boolean limiting() {
    return limitsAt(nanoTime.getAsLong());
  }

  private boolean limitsAt(long now) {
    long forces = logForces.getAsLong();
    if (forces != forcesSeen) {
      forcesSeen = forces;
      grewAt = now;
      committing = true;
    }
    return bytesPerSecond != 0 && committing && now - grewAt < BUSY_NANOS;
  }

  /** How many dump chunks the copy's next read takes ({@link #CHUNKS_PER_READ}). */
  synchronized int chunksPerRead() {
    return CHUNKS_PER_READ[limitsAt(nanoTime.getAsLong()) ? optimize : 4];
  }

  /** How many bytes the dump's writes to the disk take at this level ({@link #BLOCK_MIB}). */
  int blockBytes() {
    return BLOCK_MIB[optimize] << 20;
  }

  /**
   * How many bytes the dump's writes that are persisted one by one take at this level ({@link
   * #PERSISTED_BLOCK_KIB}).
   */
  int persistedBlockBytes() {
    return PERSISTED_BLOCK_KIB[optimize] << 10;
  }

  /** The OPTIMIZE level. */
  int optimize() {
    return optimize;
  }

  /** The limit while the applications commit, in MiB/s; 0 when there is none. */
  long limitMiBPerSecond() {
    return MIB_PER_SECOND[optimize];
  }

  /** How long the copy was held back (some thread of it waiting), in milliseconds. */
  synchronized long waitedMillis() {
    return TimeUnit.NANOSECONDS.toMillis(waitedNanos);
  }
}
