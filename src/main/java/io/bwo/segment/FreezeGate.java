package io.bwo.segment;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The admission gate of transactions, in two steps: a transaction is admitted ({@link #enter}),
 * makes its after-images durable in the redo log, and only then applies them to the data files
 * ({@link #beginApply} to {@link #endApply}).
 *
 * <p>A quiescer (a checkpoint, a segment going OFFLINE, close) stops admission and waits until no
 * transaction is in flight at all. A freeze stops admission too, but waits only until no
 * transaction is <em>applying</em>: one that is still waiting for its log flush (a disk flush,
 * tens of milliseconds on a slow disk) has changed nothing yet, so it is held before it applies
 * and applies after the thaw, through the copy sessions' copy-on-write. The data files then hold
 * every transaction applied before the freeze and no part of any other: a consistent point in
 * time, reached without waiting for the disk. Admission reopens when the last quiescer and the
 * freeze have left.
 *
 * <p>Shared by every transaction thread; its locking is inside.
 */
final class FreezeGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final String catalog;
  private int inFlight;
  private int applying;
  /** Reads made without CI locks while frozen: a held transaction may not apply under them. */
  private int stillReaders;
  private int quiescers;
  private boolean frozen;
  private boolean closed;

  /** A gate for the segment system of {@code catalog} (named in messages). */
  FreezeGate(String catalog) {
    this.catalog = catalog;
  }

  /**
   * Admits one transaction, waiting while the gate is quiesced; BWO225E once closed, BWO222E if
   * interrupted while waiting.
   */
  void enter() {
    lock.lock();
    try {
      while ((quiescers > 0 || frozen) && !closed) {
        changed.await();
      }
      if (closed) {
        throw BwoException.of(Msg.BWO225E, catalog);
      }
      inFlight++;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO222E, "THE SYSTEM TO THAW");
    } finally {
      lock.unlock();
    }
  }

  /**
   * The transaction admitted by {@link #enter}, now durable, starts writing the data files; it
   * waits while the system is frozen. Not interruptible: a durable transaction is applied.
   */
  void beginApply() {
    lock.lock();
    try {
      while (frozen || stillReaders > 0) {
        changed.awaitUninterruptibly();
      }
      applying++;
    } finally {
      lock.unlock();
    }
  }

  /** The transaction has written the data files. */
  void endApply() {
    lock.lock();
    try {
      applying--;
      if (applying == 0) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * FREEZE: stops admission and applying, and waits up to {@code timeoutNanos} until no
   * transaction is applying. Returns -1 when the data files are still (they stay so until {@link
   * #thaw}); else the number still applying, and the gate is as it was.
   */
  int freeze(long timeoutNanos) {
    lock.lock();
    try {
      if (frozen) {
        throw new IllegalStateException("the gate is frozen already");
      }
      frozen = true;
      long left = timeoutNanos;
      while (applying > 0 && left > 0) {
        left = changed.awaitNanos(left);
      }
      if (applying == 0) {
        return -1;
      }
      int stuck = applying;
      thawLocked();
      return stuck;
    } catch (InterruptedException e) {
      thawLocked();
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO222E, "TRANSACTIONS IN FLIGHT TO END");
    } finally {
      lock.unlock();
    }
  }

  /**
   * Whether the data files are still (frozen, nothing applying); if so they stay still until
   * {@link #endStillRead}. A read while frozen needs no CI lock, and may not wait for one: a
   * transaction held before it applies keeps its CIs locked until the thaw.
   */
  boolean beginStillRead() {
    lock.lock();
    try {
      if (frozen && applying == 0) {
        stillReaders++;
        return true;
      }
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** The read that {@link #beginStillRead} allowed has ended. */
  void endStillRead() {
    lock.lock();
    try {
      stillReaders--;
      if (stillReaders == 0) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** UNFREEZE: held transactions apply, and admission reopens unless a quiescer holds it. */
  void thaw() {
    lock.lock();
    try {
      thawLocked();
    } finally {
      lock.unlock();
    }
  }

  private void thawLocked() {
    frozen = false;
    changed.signalAll();
  }

  /** The transaction admitted by {@link #enter} has ended. */
  void exit() {
    lock.lock();
    try {
      inFlight--;
      if (inFlight == 0) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops admission and waits until no transaction is in flight; admission stays stopped until
   * {@link #reopen}. For the system's own short pauses (checkpoint, OFFLINE, close).
   */
  void quiesce() {
    lock.lock();
    try {
      quiescers++;
      while (inFlight > 0) {
        changed.await();
      }
    } catch (InterruptedException e) {
      leave();
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO222E, "TRANSACTIONS IN FLIGHT TO END");
    } finally {
      lock.unlock();
    }
  }

  /** One quiescer leaves; admission reopens when it was the last. */
  void reopen() {
    lock.lock();
    try {
      leave();
    } finally {
      lock.unlock();
    }
  }

  /** Refuses every waiting and future transaction (BWO225E); those in flight end normally. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** How many transactions are in flight now. */
  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }

  private void leave() {
    quiescers--;
    if (quiescers == 0) {
      changed.signalAll();
    }
  }
}
