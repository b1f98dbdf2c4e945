package io.bwo.segment;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The admission gate of transactions: counts those in flight, and lets a quiescer (a freeze, a
 * checkpoint, a segment going OFFLINE) stop admission and wait until the system is quiet.
 * Admission reopens when the last quiescer leaves.
 *
 * <p>Shared by every transaction thread; its locking is inside.
 */
final class FreezeGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final String catalog;
  private int inFlight;
  private int quiescers;
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
      while (quiescers > 0 && !closed) {
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
   * Stops admission and waits up to {@code timeoutNanos} until no transaction is in flight.
   * Returns -1 when the system is quiet (admission stays stopped until {@link #reopen}); else the
   * number still in flight, and admission is as it was.
   */
  int quiesce(long timeoutNanos) {
    lock.lock();
    try {
      quiescers++;
      long left = timeoutNanos;
      while (inFlight > 0 && left > 0) {
        left = changed.awaitNanos(left);
      }
      if (inFlight == 0) {
        return -1;
      }
      int stuck = inFlight;
      leave();
      return stuck;
    } catch (InterruptedException e) {
      leave();
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO222E, "TRANSACTIONS IN FLIGHT TO END");
    } finally {
      lock.unlock();
    }
  }

  /** Like {@link #quiesce(long)} without a time limit, for the system's own short pauses. */
  void quiesce() {
    quiesce(TimeUnit.DAYS.toNanos(365));
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
