package io.bwo.dss;

import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.copy.CopySession;
import io.bwo.copy.PreservedCis;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.message.Message;
import io.bwo.platform.YieldingThreads;
import io.bwo.segment.EstablishedCopy;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.FrozenCopies;
import io.bwo.segment.PreparedCopies;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SystemStatus;
import io.bwo.segment.Update;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The segment system as the dump step sees it, passing every call to the real one and noting,
 * by {@link System#nanoTime()}, when FREEZE was asked for, when it took effect and when UNFREEZE
 * was asked for: the moments that say which transactions the dump must hold. It can also refuse
 * the concurrent copy session of chosen data sets, as a failing side file would, and be lost to the
 * step, as a killed server is.
 *
 * <p>Thread-safe: the dump step, the operator's console and the test read and write it at once.
 */
final class RecordingSegmentSystem implements SegmentSystem {
  private final SegmentSystem delegate;
  private final Set<Dsn> refusedCopies = ConcurrentHashMap.newKeySet();
  private final AtomicInteger freezes = new AtomicInteger();
  private final AtomicInteger unfreezes = new AtomicInteger();
  private final AtomicInteger renewals = new AtomicInteger();
  private volatile long freezeCalled;
  private volatile long freezeReturned;
  private volatile long unfreezeCalled;
  private final Set<Thread> copyThreads = ConcurrentHashMap.newKeySet();
  /** The nice values of the threads that froze and of those that read a session's image. */
  private final Set<OptionalInt> freezingNices = ConcurrentHashMap.newKeySet();
  private final Set<OptionalInt> copyNices = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger largestRead =
      new java.util.concurrent.atomic.AtomicInteger();

  private volatile int rendezvous;
  private volatile boolean freezesForgotten;
  private volatile boolean lost;

  RecordingSegmentSystem(SegmentSystem delegate) {
    this.delegate = delegate;
  }

  /**
   * From now on, the step has lost the system, as when its server is killed: every call fails with
   * BWO219E, and what the system held (its sessions, their side files) stays as it was.
   */
  void lose() {
    lost = true;
  }

  /** The system, while the step has not lost it. */
  private SegmentSystem live() {
    if (lost) {
      throw BwoException.of(Msg.BWO219E, "segment.sock", "THE SERVER WAS KILLED (INJECTED)");
    }
    return delegate;
  }

  /** From now on, the system knows no earlier freeze, as a server started since would not. */
  void forgetFreezes() {
    freezesForgotten = true;
  }

  @Override
  public List<Dsn> resetChanged(FreezeLease lease, List<Dsn> dsns) {
    return freezesForgotten
        ? SegmentSystem.super.resetChanged(lease, dsns)
        : live().resetChanged(lease, dsns);
  }

  /** From now on, a session for {@code dsn} fails with BWO304S. */
  void refuseCopyOf(Dsn dsn) {
    refusedCopies.add(dsn);
  }

  /** How many times the step froze the system. */
  int freezes() {
    return freezes.get();
  }

  /** How many times the step thawed it. */
  int unfreezes() {
    return unfreezes.get();
  }

  /** When the last FREEZE was asked for (nanoTime), 0 if never. */
  long freezeCalled() {
    return freezeCalled;
  }

  /** When the last FREEZE took effect: the system was quiet and checkpointed. */
  long freezeReturned() {
    return freezeReturned;
  }

  /** When the last UNFREEZE was asked for: nothing was admitted between the freeze and this. */
  long unfreezeCalled() {
    return unfreezeCalled;
  }

  /** The freeze window as this side measures it: from FREEZE asked for to UNFREEZE asked for. */
  long windowNanos() {
    return unfreezeCalled - freezeCalled;
  }

  @Override
  public SystemStatus status() {
    return live().status();
  }

  @Override
  public void online(SegmentName s) {
    live().online(s);
  }

  @Override
  public void offline(SegmentName s) {
    live().offline(s);
  }

  @Override
  public FreezeLease freeze(String holder, Duration lease) {
    freezeCalled = System.nanoTime();
    freezingNices.add(YieldingThreads.currentNice());
    FreezeLease l = live().freeze(holder, lease);
    freezeReturned = System.nanoTime();
    freezes.incrementAndGet();
    return l;
  }

  @Override
  public FrozenCopies freeze(String holder, Duration lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return SegmentSystem.super.freeze(holder, lease, prepared);
    }
    freezeCalled = System.nanoTime();
    freezingNices.add(YieldingThreads.currentNice());
    FrozenCopies frozen = live().freeze(holder, lease, prepared);
    freezeReturned = System.nanoTime();
    freezes.incrementAndGet();
    return frozen;
  }

  @Override
  public FreezeLease renew(FreezeLease lease, Duration extension) {
    renewals.incrementAndGet();
    return live().renew(lease, extension);
  }

  /** How many times the step renewed its freeze. */
  int renewals() {
    return renewals.get();
  }

  @Override
  public void unfreeze(FreezeLease lease) {
    unfreezeCalled = System.nanoTime();
    unfreezes.incrementAndGet();
    live().unfreeze(lease);
  }

  @Override
  public void unfreeze(String holder) {
    unfreezeCalled = System.nanoTime();
    unfreezes.incrementAndGet();
    live().unfreeze(holder);
  }

  @Override
  public byte[] readCi(Dsn dsn, long ci) {
    return live().readCi(dsn, ci);
  }

  @Override
  public long logForces() {
    return delegate.logForces();
  }

  @Override
  public void commit(List<Update> updates) {
    live().commit(updates);
  }

  @Override
  public CopySession establishCopy(FreezeLease lease, Dsn dsn) {
    if (refusedCopies.contains(dsn)) {
      throw BwoException.of(Msg.BWO304S, dsn + ".side", "NO SPACE LEFT (INJECTED)");
    }
    return live().establishCopy(lease, dsn);
  }

  @Override
  public PreparedCopies prepareCopies(List<Dsn> dsns) {
    PreparedCopies prepared = live().prepareCopies(dsns);
    if (prepared.batch().isEmpty()) {
      return prepared;
    }
    List<EstablishedCopy> copies = new ArrayList<>();
    for (EstablishedCopy c : prepared.copies()) {
      if (refusedCopies.contains(c.dsn()) && c.session().isPresent()) {
        live().endCopy(c.session().get());
        copies.add(new EstablishedCopy(c.dsn(), Optional.empty(), Optional.of(
            Message.of(Msg.BWO304S, c.dsn() + ".side", "NO SPACE LEFT (INJECTED)"))));
      } else {
        copies.add(c);
      }
    }
    return new PreparedCopies(prepared.batch(), dsns, copies);
  }

  @Override
  public List<EstablishedCopy> establishCopies(FreezeLease lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return SegmentSystem.super.establishCopies(lease, prepared);
    }
    live().establishCopies(lease, prepared);
    return prepared.copies();
  }

  @Override
  public PreservedCis completeRange(CopySession session, long firstCi, int count) {
    copyThreads.add(Thread.currentThread());
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
    while (copyThreads.size() < rendezvous && System.nanoTime() < until) {
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
    }
    copyNices.add(YieldingThreads.currentNice());
    largestRead.accumulateAndGet(count, Math::max);
    return live().completeRange(session, firstCi, count);
  }

  /** The nice values of the threads that read a copy session's image (empty: not Linux). */
  Set<OptionalInt> copyNices() {
    return Set.copyOf(copyNices);
  }

  /** The nice values of the threads that asked for FREEZE. */
  Set<OptionalInt> freezingNices() {
    return Set.copyOf(freezingNices);
  }

  /** The most CIs one read of a copy session's image took. */
  int largestReadCis() {
    return largestRead.get();
  }

  /**
   * Holds each read of a session's image until {@code n} threads have read one, or 2 s have
   * passed: how many threads a copy runs is then seen whatever the order the processors give
   * them (one thread finishing a small data set and taking the next before a second started).
   */
  void rendezvous(int n) {
    rendezvous = n;
  }

  /** The threads that read a copy session's image (asked what was preserved). */
  Set<Thread> copyThreads() {
    return Set.copyOf(copyThreads);
  }

  @Override
  public void endCopy(CopySession session) {
    live().endCopy(session);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
