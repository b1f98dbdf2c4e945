package io.bwo.dss;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The freeze limit as a ceiling, not only a check between notifications: a thread of its own
 * thaws the system when the limit is reached with the window still open, even while the step's
 * own thread is held (a NotifyCC exit that does not return, a listing or console write that
 * blocks). The data sets not yet notified are then left out (BWO509E), as at the check. Should the
 * whole step stop answering, the segment system ends the freeze by itself soon after
 * ({@link DssOptions#windowLease}).
 *
 * <p>The thread is started before FREEZE, so that the window pays only {@link #armFrom}: a
 * volatile write and an unpark.
 */
final class FreezeLimit implements AutoCloseable {
  private final OperatorControl operator;
  private final long limitNanos;
  private final Thread watcher;
  /** When the limit is reached (System.nanoTime); watched only once armed. */
  private volatile long deadline;
  private volatile boolean armed;
  private volatile boolean closed;
  /** Set once this thawed the system, with the time it did. */
  private volatile boolean thawed;
  private volatile long thawedAt;
  private volatile RuntimeException failure;

  FreezeLimit(OperatorControl operator, Duration limit) {
    this.operator = operator;
    this.limitNanos = limit.toNanos();
    this.watcher = new Thread(this::watch, "bwo-freeze-limit");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Starts the count: the system froze (or FREEZE was asked) at {@code t0}. */
  void armFrom(long t0) {
    deadline = t0 + limitNanos;
    armed = true;
    LockSupport.unpark(watcher);
  }

  /** Whether the limit was reached and this thawed the system (or tried to: {@link #rethrow}). */
  boolean reached() {
    return thawed;
  }

  /** When this thawed the system (System.nanoTime); meaningful once {@link #reached}. */
  long thawedAt() {
    return thawedAt;
  }

  /** Throws what the thaw at the limit failed with, if it did. */
  void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }

  /**
   * The window closed: the limit no longer applies. Returns once the watcher has ended, so
   * that a thaw it made is seen by {@link #reached}.
   */
  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(watcher);
    boolean interrupted = false;
    while (watcher.isAlive()) {
      try {
        watcher.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void watch() {
    while (!closed) {
      if (!armed) {
        LockSupport.park(this);
        continue;
      }
      long left = deadline - System.nanoTime();
      if (left > 0) {
        LockSupport.parkNanos(this, left);
        continue;
      }
      try {
        // False when the step thawed first: OperatorControl lets one of them thaw, once.
        if (operator.unfreeze()) {
          thawedAt = System.nanoTime();
          thawed = true;
        }
      } catch (RuntimeException e) {
        // The freeze was already gone (its lease ran out) or the system could not be reached:
        // the step fails with it, and ends its sessions, when the window closes.
        failure = e;
        thawedAt = System.nanoTime();
        thawed = true;
      }
      return;
    }
  }
}
