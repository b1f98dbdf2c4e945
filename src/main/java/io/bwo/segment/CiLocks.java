package io.bwo.segment;

import io.bwo.catalog.Dsn;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Write locks on CIs, striped: a CI maps to one of a fixed number of locks. A transaction takes
 * all of its stripes in ascending order, so two transactions never wait on each other in a cycle,
 * and holds them until its after-images are durable and applied.
 *
 * <p>Shared by every transaction thread.
 */
final class CiLocks {
  private static final int STRIPES = 4096;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  CiLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** The stripe of CI {@code ci} of {@code dsn}. */
  static int stripe(Dsn dsn, long ci) {
    long h = dsn.hashCode() * 0x9E3779B97F4A7C15L + ci;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return (int) (h & (STRIPES - 1));
  }

  /** The distinct stripes of {@code stripes}, in the order they must be locked. */
  static int[] ordered(int[] stripes) {
    return Arrays.stream(stripes).sorted().distinct().toArray();
  }

  /** Locks {@code ordered} stripes, as {@link #ordered} returns them. */
  void lock(int[] ordered) {
    for (int s : ordered) {
      stripes[s].lock();
    }
  }

  /** Unlocks what {@link #lock} locked. */
  void unlock(int[] ordered) {
    for (int i = ordered.length - 1; i >= 0; i--) {
      stripes[ordered[i]].unlock();
    }
  }
}
