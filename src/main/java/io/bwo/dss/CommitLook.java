package io.bwo.dss;

import io.bwo.segment.SegmentSystem;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the online system's applications commit as a dump starts: its redo log was forced
 * ({@link SegmentSystem#logForces} grew) between the step's look at the segments' status and
 * {@link #LOOK_NANOS} later at the soonest. The platform asks only where it chooses how to write
 * the dump by it ({@code DirectIo.forDump}), and the answer is found once, on the first ask.
 *
 * <p>Why a look before the copy: the way a dump is written is chosen when its file is opened,
 * before FREEZE, and the copy's own pacing (CopyShare) sees the log's forces only once it runs.
 * How long: the bench's workload (200 transactions/s) forces its log every 5 ms or so, which a
 * look of 50 ms misses about once in 20,000 dumps (e^-10), and one of 20 ms once in 50; the look
 * delays only a dump that would be written through the page cache otherwise (of up to 1 GiB),
 * by at most its length, before FREEZE. Applications that commit less often than that get the
 * idle system's way, which their few commits do not mind much.
 */
final class CommitLook implements BooleanSupplier {
  /** How long after the first look the second may come. */
  static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final LongSupplier logForces;
  private final Runnable refresh;
  private final LongSupplier nanoTime;
  private final NanoSleeper sleeper;
  private final long forcesBefore;
  private final long lookedAt;
  private Boolean answer;

  /**
   * Starts looking at {@code system}, whose {@code logForces} is its count as of the last call
   * made to it (the segments' status, just before).
   */
  CommitLook(SegmentSystem system) {
    this(system::logForces, system::status, System::nanoTime, NanoSleeper.REAL);
  }

  /**
   * Looks at {@code logForces}, as of the last call to the system; {@code refresh} makes a call
   * that brings it up to date.
   */
  CommitLook(LongSupplier logForces, Runnable refresh, LongSupplier nanoTime,
      NanoSleeper sleeper) {
    this.logForces = logForces;
    this.refresh = refresh;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.forcesBefore = logForces.getAsLong();
    this.lookedAt = nanoTime.getAsLong();
  }

  /**
   * Whether the log was forced since the first look, waiting for the rest of {@link #LOOK_NANOS}
   * first; a status call brings a remote server's count up to date. Interrupted, says no (the
   * step is being stopped, and the idle way is the one that needs nothing of the system).
   */
  @Override
  public synchronized boolean getAsBoolean() {
    if (answer == null) {
      answer = look();
    }
    return answer;
  }

  private boolean look() {
    long left = LOOK_NANOS - (nanoTime.getAsLong() - lookedAt);
    if (left > 0) {
      try {
        sleeper.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    refresh.run();
    return logForces.getAsLong() != forcesBefore;
  }
}
