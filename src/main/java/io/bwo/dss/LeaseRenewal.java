package io.bwo.dss;

import io.bwo.message.BwoException;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Keeps the freeze of a DUMP held for its whole copy (no concurrent copy) for as long as the copy
 * goes on: a quarter lease after it last renewed, it renews the lease for a whole one if the copy
 * moved since. Without it such a dump failed once it outlasted its lease (BWO210E at UNFREEZE,
 * after a copy of any data larger than the lease's worth), whatever the copy's pace. A copy that
 * stops moving (a step hung, stopped, or waiting on a device) renews nothing, and the segment
 * system thaws the system within a lease, as it does for a holder that died.
 */
final class LeaseRenewal implements AutoCloseable {
  private final SegmentSystem system;
  private final FreezeLease lease;
  private final Duration length;
  private final LongSupplier progress;
  private final Thread renewer;
  private volatile boolean closed;

  /** Starts renewing {@code lease} for {@code length} while {@code progress} grows. */
  LeaseRenewal(SegmentSystem system, FreezeLease lease, Duration length, LongSupplier progress) {
    this.system = system;
    this.lease = lease;
    this.length = length;
    this.progress = progress;
    this.renewer = new Thread(this::renew, "bwo-lease-renewal");
    renewer.setDaemon(true);
    renewer.start();
  }

  private void renew() {
    long every = Math.max(1, length.toMillis() / 4);
    long seen = progress.getAsLong();
    while (!closed) {
      // Parked, not interrupted when closed: an interrupt would close the client's channel.
      LockSupport.parkNanos(this, every * 1_000_000);
      long now = progress.getAsLong();
      if (closed || now == seen) {
        continue;
      }
      seen = now;
      try {
        system.renew(lease, length);
      } catch (BwoException e) {
        // The freeze is gone (its lease ran out, the operator thawed it): the step's UNFREEZE
        // says so and fails the dump, whose copy is no longer of one point in time.
        return;
      }
    }
  }

  /**
   * Stops renewing; the step thaws next. A renewal already on its way may still arrive: it
   * renews nothing once the freeze has ended (BWO210E, ignored).
   */
  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(renewer);
  }
}
