package io.bwo.dss;

import io.bwo.journal.RunPhase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the run has got, for the operator's {@code F jobname,STATUS}: the phase, the data sets
 * notified, the bytes copied. Written by the task's threads, read by the console thread.
 */
public final class DumpProgress {
  private final AtomicReference<RunPhase> phase = new AtomicReference<>(RunPhase.STARTED);
  private final AtomicLong notified = new AtomicLong();
  private final AtomicLong toNotify = new AtomicLong();
  private final AtomicLong bytesCopied = new AtomicLong();
  private final AtomicLong bytesToCopy = new AtomicLong();

  void phase(RunPhase p) {
    phase.set(p);
  }

  void toNotify(long n, long bytes) {
    toNotify.set(n);
    notified.set(0);
    bytesToCopy.set(bytes);
    bytesCopied.set(0);
  }

  void notifiedOne() {
    notified.incrementAndGet();
  }

  void copied(long bytes) {
    bytesCopied.addAndGet(bytes);
  }

  /** The current phase. */
  public RunPhase phase() {
    return phase.get();
  }

  /** How many data sets have been notified (ADR734I) so far. */
  public long notified() {
    return notified.get();
  }

  /** How many data sets the current task notifies in all. */
  public long toNotify() {
    return toNotify.get();
  }

  /** Bytes copied to the dump so far. */
  public long bytesCopied() {
    return bytesCopied.get();
  }

  /** Bytes the current task copies in all. */
  public long bytesToCopy() {
    return bytesToCopy.get();
  }
}
