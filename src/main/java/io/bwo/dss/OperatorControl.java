package io.bwo.dss;

import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The operator's hold on a running step: {@code F jobname,UNFREEZE} thaws at once, and
 * {@code P jobname} asks the step to end in order, thawing first. Shared between the console
 * thread and the task's threads; the freeze it thaws is the one the task registered.
 */
public final class OperatorControl {
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private SegmentSystem system;
  /** Written under this object's lock; volatile so that {@link #stillFrozen} need not take it. */
  private volatile FreezeLease lease;

  /** Registers the freeze the task holds, so that the operator can end it. */
  synchronized void frozen(SegmentSystem s, FreezeLease l) {
    this.system = s;
    this.lease = l;
  }

  /** UNFREEZE now if the task still holds a freeze; true when this call thawed it. */
  public synchronized boolean unfreeze() {
    if (lease == null) {
      return false;
    }
    FreezeLease l = lease;
    lease = null;
    system.unfreeze(l);
    return true;
  }

  /**
   * Whether the task's freeze is still on (not yet thawed by the task or the operator). Asked once
   * per data set inside the window, where a monitor costs more than a volatile read.
   */
  boolean stillFrozen() {
    return lease != null;
  }

  /** Asks the step to end in order: thaw, abandon the dump, end. */
  public void stop() {
    stopRequested.set(true);
    unfreeze();
  }

  /** Whether the operator asked the step to end. */
  public boolean stopRequested() {
    return stopRequested.get();
  }
}
