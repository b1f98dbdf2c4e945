package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.copy.ConcurrentCopySessions;
import io.bwo.copy.CopySession;
import io.bwo.copy.PreservedCis;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The segment system running in this process. While it is open it holds the catalog's runtime
 * lock and owns every write to the catalog's data files.
 *
 * <p>A transaction is admitted by the {@link FreezeGate}, locks its CIs ({@link CiLocks}), computes
 * its after-images, makes them durable in the {@link RedoLog} (group commit), then writes them to
 * the data files, each CI passing through the copy-on-write of the {@link ConcurrentCopySessions}
 * first. A freeze stops admission and applying and waits until no transaction is applying (not for
 * those still waiting for their log flush: see {@link FreezeGate}); it is a lease that a watcher
 * ends when its time is up, by the injected clock.
 *
 * <p>Thread-safe.
 */
final class EmbeddedSegmentSystem implements SegmentSystem {
  /** The redo log is emptied by a checkpoint once it is this large. */
  static final long CHECKPOINT_LOG_BYTES = 64L << 20;

  private static final long LEASE_CHECK_MILLIS = 20;
  /** How many freezes' numbers are kept for {@link #resetChanged}: far more than dumps in a step. */
  private static final int RECENT_FREEZES = 256;

  /** A freeze as the system holds it: granted once no transaction is applying. */
  private record Held(FreezeLease lease, Instant acquired, boolean granted, long sinceNanos) {
    Held grant() {
      return new Held(lease, acquired, true, sinceNanos);
    }

    Held renew(Instant expires) {
      return new Held(new FreezeLease(lease.holder(), lease.token(), expires), acquired, granted,
          sinceNanos);
    }

    long frozenMillis() {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
    }
  }

  private final Catalog catalog;
  private final Clock clock;
  private final Consumer<Message> events;
  private final Seams seams;
  private final RuntimeLock runtimeLock;
  private final DataSets dataSets;
  private final RedoLog log;
  private final ConcurrentCopySessions sessions;
  private final FreezeGate gate;
  private final CiLocks locks = new CiLocks();
  private final Map<SegmentName, SegmentStatus> segmentStatus = new ConcurrentHashMap<>();
  private final ScheduledExecutorService leaseWatch;
  private final AtomicBoolean checkpointing = new AtomicBoolean();
  private final Object leaseLock = new Object();
  // The recent freezes' numbers by lease token, for DUMP RESET after the dump (resetChanged);
  // a dump older than these resets nothing, which is the safe way to be wrong.
  private final Map<String, Long> freezeNumbers = new java.util.LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > RECENT_FREEZES;
    }
  };
  private Held held;
  private ScheduledFuture<?> expiryCheck;
  private volatile boolean closed;
  private volatile BwoException broken;
  private final Object brokenLock = new Object();

  private EmbeddedSegmentSystem(
      Catalog catalog,
      Clock clock,
      Consumer<Message> events,
      Seams seams,
      RuntimeLock runtimeLock,
      DataSets dataSets,
      RedoLog log,
      ConcurrentCopySessions sessions) {
    this.catalog = catalog;
    this.clock = clock;
    this.events = events;
    this.seams = seams;
    this.runtimeLock = runtimeLock;
    this.dataSets = dataSets;
    this.log = log;
    this.sessions = sessions;
    this.gate = new FreezeGate(catalog.root().toString());
    this.leaseWatch =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bwo-freeze-lease");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Opens the segment system of {@code catalog} in this process as {@code role} (named to whoever
   * is refused the catalog): takes the runtime lock (BWO216E if another system has it), replays
   * the redo log, deletes side files a dead system left. Messages go to {@code events}.
   */
  static EmbeddedSegmentSystem open(
      Catalog catalog, Clock clock, Consumer<Message> events, String role) {
    return open(catalog, clock, events, role, Seams.NONE);
  }

  /**
   * Test seams: where a transaction calls back, with its after-images, so that a test can hold it
   * there. {@code durable}: its log record is synced, it has not asked to apply yet (a freeze does
   * not wait for it). {@code applying}: it is applying (a freeze waits for it).
   */
  record Seams(Consumer<List<AfterImage>> durable, Consumer<List<AfterImage>> applying) {
    static final Seams NONE = new Seams(images -> {}, images -> {});
  }

  /** As {@link #open(Catalog, Clock, Consumer, String)}, with test seams. */
  static EmbeddedSegmentSystem open(
      Catalog catalog,
      Clock clock,
      Consumer<Message> events,
      String role,
      Seams seams) {
    RuntimeLock lock = RuntimeLock.acquire(catalog, role + ", PID " + RuntimeLock.pid());
    DataSets dataSets = new DataSets(catalog);
    Path logPath = catalog.runtimeDir().resolve("redo.log");
    try {
      ownerOnly(catalog.runtimeDir());
      catalog.sweepTemporaries(Duration.ofMinutes(1));
      Set<Dsn> replayedDataSets = new LinkedHashSet<>();
      int replayed = RedoLog.replay(logPath, images -> replay(dataSets, images, replayedDataSets));
      dataSets.forceAll();
      // Before the log is emptied: a transaction replayed here may have died before it set its
      // data set's changed flag, and the next BY(DSCHA,EQ,YES) dump must take that data set.
      Instant now = clock.instant();
      replayedDataSets.forEach(d -> dataSets.recordChange(d, now));
      RedoLog log = RedoLog.openEmpty(logPath);
      ConcurrentCopySessions sessions =
          new ConcurrentCopySessions(catalog.runtimeDir().toAbsolutePath(), events);
      sessions.deleteLeftovers();
      EmbeddedSegmentSystem system =
          new EmbeddedSegmentSystem(
              catalog, clock, events, seams, lock, dataSets, log, sessions);
      if (replayed > 0) {
        events.accept(Message.of(Msg.BWO224I, replayed, logPath));
      }
      events.accept(Message.of(Msg.BWO200I, catalog.root(), role));
      return system;
    } catch (IOException | RuntimeException e) {
      closeAfterFailedOpen(e, dataSets, lock);
      if (e instanceof IOException io) {
        throw new BwoException(Message.of(Msg.BWO223S, logPath, io.getMessage()), io);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public SystemStatus status() {
    Held h;
    synchronized (leaseLock) {
      h = held;
    }
    return new SystemStatus(
        h == null ? SystemState.RUNNING : SystemState.FROZEN,
        catalog.segments(),
        Optional.ofNullable(h)
            .map(x -> new LeaseInfo(x.lease().holder(), x.acquired(), x.lease().expires())),
        sessions.active());
  }

  @Override
  public void online(SegmentName s) {
    requireOpen();
    SegmentDefinition def = definition(s);
    if (segmentStatus.getOrDefault(s, def.status()) != SegmentStatus.ONLINE) {
      // While OFFLINE, a refused access or the redo replay may have opened the data sets, and a
      // restore may have renamed new files over them since: ONLINE opens them afresh.
      try {
        dataSets.closeSegment(s);
      } catch (IOException e) {
        throw new BwoException(Message.of(Msg.BWO227S, s, e.getMessage()), e);
      }
    }
    catalog.putSegment(def.withStatus(SegmentStatus.ONLINE));
    segmentStatus.put(s, SegmentStatus.ONLINE);
    events.accept(Message.of(Msg.BWO209I, s, SegmentStatus.ONLINE));
  }

  @Override
  public void offline(SegmentName s) {
    requireOpen();
    SegmentDefinition def = definition(s);
    gate.quiesce();
    try {
      segmentStatus.put(s, SegmentStatus.OFFLINE);
      catalog.putSegment(def.withStatus(SegmentStatus.OFFLINE));
      checkpoint();
      dataSets.closeSegment(s);
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO227S, s, e.getMessage()), e);
    } finally {
      gate.reopen();
    }
    events.accept(Message.of(Msg.BWO209I, s, SegmentStatus.OFFLINE));
  }

  /**
   * Syncs what was written since the last sync, again while the first pass left many files to
   * sync: the transactions that run during a pass dirty fewer files than the pass synced.
   */
  @Override
  public void flush() {
    requireUsable();
    try {
      for (int pass = 0, synced = dataSets.forceAll(); pass < 2 && synced > 1; pass++) {
        synced = dataSets.forceAll();
      }
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO227S, catalog.root(), e.getMessage()), e);
    }
  }

  @Override
  public long logForces() {
    return log.forces();
  }

  @Override
  public PreparedCopies prepareCopies(List<Dsn> dsns) {
    requireUsable();
    String batch = sessions.newBatch();
    List<EstablishedCopy> copies = new ArrayList<>(dsns.size());
    try {
      for (Dsn d : dsns) {
        try {
          DataSets.Open ds = dataSets.get(d);
          copies.add(EstablishedCopy.of(
              sessions.prepare(batch, d, ds.entry().ciSize(), ds.entry().cis())));
        } catch (BwoException notReady) {
          copies.add(EstablishedCopy.refused(d, notReady.message()));
        }
      }
    } catch (RuntimeException unexpected) {
      // The caller gets no batch to end: what was prepared would be held by no one.
      sessions.dropBatch(batch);
      copies.forEach(c -> c.session().ifPresent(this::endCopy));
      throw unexpected;
    }
    return new PreparedCopies(Optional.of(batch), dsns, copies);
  }

  @Override
  public List<EstablishedCopy> establishCopies(FreezeLease lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return establishCopies(lease, prepared.dsns());
    }
    establishBatch(lease, prepared.batch().get());
    return prepared.copies();
  }

  /**
   * Establishes the sessions prepared in {@code batch}: their point in time is the freeze of
   * {@code lease}, which must hold the system frozen (BWO210E otherwise).
   */
  void establishBatch(FreezeLease lease, String batch) {
    requireUsable();
    // Under the lease lock: the system cannot thaw, and writes resume, before the point in time.
    synchronized (leaseLock) {
      requireFrozenBy(lease, "CONCURRENT COPY BATCH " + batch);
      sessions.establishBatch(batch);
    }
  }

  /** Forgets {@code batch}, which will not be established; its sessions are ended one by one. */
  void dropBatch(String batch) {
    sessions.dropBatch(batch);
  }

  @Override
  public FreezeLease freeze(String holder, Duration lease) {
    return freeze(holder, lease, Optional.empty());
  }

  @Override
  public FrozenCopies freeze(String holder, Duration lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return SegmentSystem.super.freeze(holder, lease, prepared);
    }
    return new FrozenCopies(freeze(holder, lease, prepared.batch()), prepared.copies());
  }

  /**
   * FREEZE, with the sessions of {@code batch}, if any, established in the same step, under the
   * lease lock, as the freeze takes effect.
   */
  FreezeLease freeze(String holder, Duration lease, Optional<String> batch) {
    requireOpen();
    if (holder == null || holder.isBlank() || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a freeze needs a holder and a positive lease");
    }
    Instant now = clock.instant();
    Instant expires = now.plus(lease);
    Held mine;
    synchronized (leaseLock) {
      if (held != null) {
        if (held.granted() && held.lease().holder().equals(holder)) {
          held = held.renew(expires);
          events.accept(Message.of(Msg.BWO211I, holder, expires));
          return held.lease();
        }
        throw BwoException.of(Msg.BWO207E, held.lease().holder(), held.lease().expires());
      }
      mine = new Held(new FreezeLease(holder, UUID.randomUUID().toString(), expires), now, false,
          System.nanoTime());
      held = mine;
    }
    boolean granted = false;
    try {
      int stuck = gate.freeze(lease.toNanos());
      if (stuck >= 0) {
        throw BwoException.of(Msg.BWO221E, holder, stuck, lease.toMillis());
      }
      try {
        requireOpen();
        // No checkpoint inside the freeze: every acknowledged update is already applied to the
        // data files (the dump reads them through the same page cache) and durable in the redo
        // log. A forced write here would only lengthen the outage; the log is emptied by the
        // size-triggered checkpoint, OFFLINE and close.
        long number = dataSets.newFreeze();
        synchronized (freezeNumbers) {
          freezeNumbers.put(mine.lease().token(), number);
        }
      } catch (RuntimeException e) {
        gate.thaw();
        throw e;
      }
      long quiescedMillis = mine.frozenMillis();
      synchronized (leaseLock) {
        if (batch.isPresent()) {
          try {
            sessions.establishBatch(batch.get());
          } catch (RuntimeException e) {
            gate.thaw();
            throw e;
          }
        }
        held = mine.grant();
        expiryCheck = leaseWatch.scheduleWithFixedDelay(
            this::expireIfDue, LEASE_CHECK_MILLIS, LEASE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
      }
      granted = true;
      events.accept(Message.of(Msg.BWO202I, holder, quiescedMillis, expires));
      return mine.lease();
    } finally {
      if (!granted) {
        synchronized (leaseLock) {
          if (held == mine) {
            held = null;
          }
        }
      }
    }
  }

  @Override
  public FreezeLease renew(FreezeLease lease, Duration extension) {
    requireOpen();
    if (extension.isNegative() || extension.isZero()) {
      throw new IllegalArgumentException("a lease is renewed for a positive time");
    }
    Instant expires = clock.instant().plus(extension);
    synchronized (leaseLock) {
      requireFrozenBy(lease, "RENEW");
      held = held.renew(expires);
      events.accept(Message.of(Msg.BWO211I, lease.holder(), expires));
      return held.lease();
    }
  }

  @Override
  public void unfreeze(FreezeLease lease) {
    Held ended;
    synchronized (leaseLock) {
      Held h = held;
      if (h != null && h.granted() && !h.lease().holder().equals(lease.holder())) {
        throw BwoException.of(Msg.BWO206E, h.lease().holder(), lease.holder());
      }
      if (h == null || !h.granted() || !h.lease().token().equals(lease.token())) {
        throw BwoException.of(Msg.BWO210E, "UNFREEZE", lease.holder());
      }
      ended = endFreeze();
    }
    thawed(ended, Message.of(Msg.BWO203I, lease.holder(), ended.frozenMillis()));
  }

  @Override
  public void unfreeze(String holder) {
    Held ended;
    synchronized (leaseLock) {
      Held h = held;
      if (h == null || !h.granted()) {
        throw BwoException.of(Msg.BWO210E, "UNFREEZE", holder);
      }
      if (!h.lease().holder().equals(holder)) {
        throw BwoException.of(Msg.BWO206E, h.lease().holder(), holder);
      }
      ended = endFreeze();
    }
    thawed(ended, Message.of(Msg.BWO203I, holder, ended.frozenMillis()));
  }

  @Override
  public byte[] readCi(Dsn dsn, long ci) {
    requireUsable();
    DataSets.Open ds = accessible(dsn);
    ds.checkCi(ci);
    byte[] content = new byte[ds.entry().ciSize()];
    boolean still = gate.beginStillRead();
    int[] stripe = {CiLocks.stripe(dsn, ci)};
    if (!still) {
      locks.lock(stripe);
    }
    try {
      ds.file().read(ByteBuffer.wrap(content), ci * content.length);
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO227S, dsn, e.getMessage()), e);
    } finally {
      if (still) {
        gate.endStillRead();
      } else {
        locks.unlock(stripe);
      }
    }
    return content;
  }

  @Override
  public void commit(List<Update> updates) {
    List<Update> transaction = List.copyOf(updates);
    if (transaction.isEmpty()) {
      return;
    }
    requireUsable();
    gate.enter();
    try {
      List<DataSets.Open> opened = new ArrayList<>(transaction.size());
      int[] stripes = new int[transaction.size()];
      for (int i = 0; i < transaction.size(); i++) {
        Update u = transaction.get(i);
        DataSets.Open ds = accessible(u.dsn());
        opened.add(ds);
        stripes[i] = CiLocks.stripe(u.dsn(), ciOf(u, ds));
      }
      int[] order = CiLocks.ordered(stripes);
      locks.lock(order);
      try {
        List<AfterImage> images = afterImages(transaction, opened);
        long sequence;
        try {
          sequence = log.append(images);
          log.awaitDurable(sequence);
        } catch (BwoException e) {
          throw breakWith(e);
        }
        seams.durable().accept(images);
        // Held here while the system is frozen: not yet applied, the transaction is not in the
        // point in time, and the freeze did not wait for its log flush.
        gate.beginApply();
        try {
          seams.applying().accept(images);
          apply(images);
        } finally {
          gate.endApply();
        }
      } finally {
        locks.unlock(order);
      }
      Instant now = clock.instant();
      for (Dsn d : transaction.stream().map(Update::dsn).distinct().toList()) {
        try {
          dataSets.recordChange(d, now);
        } catch (UncheckedIOException e) {
          // Applied, but its data-set-changed flag is not set: a BY(DSCHA,EQ,YES) dump would skip
          // the data set. Broken, the system keeps its redo log (no checkpoint empties it), and the
          // next start replays the transaction and sets the flag, as after a crash.
          throw breakWith(new BwoException(
              Message.of(Msg.BWO227S, d, String.valueOf(e.getCause().getMessage())), e));
        }
      }
    } finally {
      gate.exit();
    }
    checkpointIfLogIsLarge();
  }

  @Override
  public List<Dsn> resetChanged(FreezeLease lease, List<Dsn> dsns) {
    requireUsable();
    Long number;
    synchronized (freezeNumbers) {
      number = freezeNumbers.get(lease.token());
    }
    if (number == null) {
      throw BwoException.of(Msg.BWO233E, lease.holder());
    }
    return dataSets.resetChanged(number, dsns);
  }

  @Override
  public CopySession establishCopy(FreezeLease lease, Dsn dsn) {
    requireUsable();
    // Under the lease lock: the system cannot thaw, and writes resume, before the session exists.
    synchronized (leaseLock) {
      requireFrozenBy(lease, "CONCURRENT COPY OF " + dsn);
      DataSets.Open ds = dataSets.get(dsn);
      return sessions.establish(dsn, ds.entry().ciSize(), ds.entry().cis());
    }
  }

  @Override
  public PreservedCis completeRange(CopySession session, long firstCi, int count) {
    return sessions.completeRange(session.id(), firstCi, count);
  }

  @Override
  public void endCopy(CopySession session) {
    sessions.end(session.id());
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    Held ended;
    synchronized (leaseLock) {
      ended = held != null && held.granted() ? endFreeze() : null;
    }
    if (ended != null) {
      thawed(ended, Message.of(Msg.BWO228W, ended.lease().holder()));
    }
    gate.close();
    gate.quiesce();
    try {
      sessions.abandonAll("THE SEGMENT SYSTEM CLOSED");
      if (broken == null) {
        checkpoint();
      }
    } finally {
      leaseWatch.shutdownNow();
      try (runtimeLock;
          dataSets) {
        log.close();
      } catch (IOException e) {
        throw new BwoException(Message.of(Msg.BWO227S, catalog.root(), e.getMessage()), e);
      }
    }
    events.accept(Message.of(Msg.BWO201I, catalog.root()));
  }

  /** BWO210E for {@code what} unless {@code lease} holds the system frozen now; under leaseLock. */
  private void requireFrozenBy(FreezeLease lease, String what) {
    Held h = held;
    if (h == null || !h.granted() || !h.lease().token().equals(lease.token())
        || !clock.instant().isBefore(h.lease().expires())) {
      throw BwoException.of(Msg.BWO210E, what, lease.holder());
    }
  }

  /** Ends the freeze of {@code lease} if it is the current one: its holder is gone. */
  void holderDisconnected(FreezeLease lease) {
    Held ended = null;
    synchronized (leaseLock) {
      if (held != null && held.granted() && held.lease().token().equals(lease.token())) {
        ended = endFreeze();
      }
    }
    if (ended != null) {
      thawed(ended, Message.of(Msg.BWO205W, lease.holder()));
    }
  }

  /** Ends copy session {@code sessionId}, if it is active, because its owner is gone. */
  void abandonCopy(String sessionId) {
    sessions.abandon(sessionId, "ITS OWNER DISCONNECTED");
  }

  /** Ends the freeze if its lease has run out by the clock. */
  void expireIfDue() {
    Held ended = null;
    synchronized (leaseLock) {
      if (held != null && held.granted() && !clock.instant().isBefore(held.lease().expires())) {
        ended = endFreeze();
      }
    }
    if (ended != null) {
      thawed(ended, Message.of(Msg.BWO204W, ended.lease().holder(), ended.lease().expires()));
    }
  }

  /** Clears the granted freeze; the caller holds the lease lock and then calls {@link #thawed}. */
  private Held endFreeze() {
    Held ended = held;
    held = null;
    if (expiryCheck != null) {
      expiryCheck.cancel(false);
      expiryCheck = null;
    }
    return ended;
  }

  private void thawed(Held ended, Message why) {
    gate.thaw();
    events.accept(why);
  }

  private SegmentDefinition definition(SegmentName s) {
    return catalog.segment(s).orElseThrow(() -> BwoException.of(Msg.BWO109E, s, catalog.root()));
  }

  /** The open data set {@code dsn}; BWO208E while its segment is OFFLINE. */
  private DataSets.Open accessible(Dsn dsn) {
    DataSets.Open ds = dataSets.get(dsn);
    SegmentName s = ds.entry().segment();
    SegmentStatus status = segmentStatus.computeIfAbsent(s, n -> definition(n).status());
    if (status != SegmentStatus.ONLINE) {
      throw BwoException.of(Msg.BWO208E, s, dsn);
    }
    return ds;
  }

  /** The CI {@code u} changes, after checking that {@code u} fits {@code ds}. */
  private static long ciOf(Update u, DataSets.Open ds) {
    int ciSize = ds.entry().ciSize();
    if (u instanceof Update.WriteCi w) {
      if (w.content().length != ciSize) {
        throw BwoException.of(Msg.BWO213E, w.dsn(), w.content().length, ciSize);
      }
      return ds.checkCi(w.ci());
    }
    Update.AddLong a = (Update.AddLong) u;
    if (a.offset() + Long.BYTES > ds.entry().sizeBytes()
        || a.offset() % ciSize + Long.BYTES > ciSize) {
      throw BwoException.of(Msg.BWO214E, a.offset(), a.dsn(), ciSize);
    }
    return a.offset() / ciSize;
  }

  /**
   * The after-images of {@code transaction}, in order; the caller holds the CIs' locks, so what
   * is read here stays true until they are applied.
   */
  private static List<AfterImage> afterImages(
      List<Update> transaction, List<DataSets.Open> opened) {
    Map<CiKey, ByteBuffer> images = new HashMap<>();
    List<AfterImage> after = new ArrayList<>(transaction.size());
    for (int i = 0; i < transaction.size(); i++) {
      Update u = transaction.get(i);
      DataSets.Open ds = opened.get(i);
      int ciSize = ds.entry().ciSize();
      if (u instanceof Update.WriteCi w) {
        images.put(new CiKey(w.dsn(), w.ci()), ByteBuffer.wrap(w.content().clone()));
        after.add(new AfterImage(w.dsn(), w.ci() * ciSize, w.content()));
        continue;
      }
      Update.AddLong a = (Update.AddLong) u;
      CiKey key = new CiKey(a.dsn(), a.offset() / ciSize);
      ByteBuffer image = images.get(key);
      if (image == null) {
        image = ByteBuffer.allocate(ciSize);
        try {
          ds.file().read(image, key.ci() * ciSize);
        } catch (IOException e) {
          throw new BwoException(Message.of(Msg.BWO227S, a.dsn(), e.getMessage()), e);
        }
        images.put(key, image);
      }
      int at = (int) (a.offset() % ciSize);
      long sum;
      try {
        sum = Math.addExact(image.getLong(at), a.delta());
      } catch (ArithmeticException e) {
        throw BwoException.of(Msg.BWO215E, a.delta(), a.offset(), a.dsn());
      }
      image.putLong(at, sum);
      after.add(new AfterImage(a.dsn(), a.offset(), ByteBuffer.allocate(8).putLong(sum).array()));
    }
    return after;
  }

  /** Writes durable after-images to the data files, preserving for copy sessions first. */
  private void apply(List<AfterImage> images) {
    for (AfterImage image : images) {
      DataSets.Open ds = dataSets.get(image.dsn());
      try {
        preserve(image.dsn(), ds, image.offset() / ds.entry().ciSize());
        ds.file().write(ByteBuffer.wrap(image.bytes()), image.offset());
      } catch (IOException e) {
        // Durable but not applied: replay will apply it, but this process can no longer trust
        // its data files, so it refuses further work.
        throw breakWith(
            new BwoException(Message.of(Msg.BWO227S, image.dsn(), e.getMessage()), e));
      }
    }
  }

  /** Gives the copy sessions of {@code dsn} the image of CI {@code ci} before it is overwritten. */
  private void preserve(Dsn dsn, DataSets.Open ds, long ci) {
    int ciSize = ds.entry().ciSize();
    sessions.beforeOverwrite(dsn, ci, (c, dst) -> ds.file().read(dst, c * ciSize));
  }

  /**
   * Runs the copy-on-write path once for a concurrent copy of {@code dsn} without changing any
   * data: its first CI is preserved as the first update after a FREEZE would preserve it. The
   * segment server's start rehearsal calls it, no application connected yet, so that the first
   * transaction to update a data set under the first dump after a start does not load the side
   * file's classes and link the copy-on-write call sites inside its commit (a class-load log of
   * the first loaded dump showed them there). It does not warm the compiled code: in the
   * benchmark the first loaded dump after a server start still gave the workload's highest p99
   * in 2 of 3 quick runs (bench/README.md, ninth round).
   */
  void rehearseCopyOnWrite(Dsn dsn) {
    requireUsable();
    DataSets.Open ds = dataSets.get(dsn);
    if (ds.entry().cis() == 0) {
      return;
    }
    int[] order = {CiLocks.stripe(dsn, 0)};
    locks.lock(order);
    try {
      preserve(dsn, ds, 0);
    } finally {
      locks.unlock(order);
    }
  }

  private static void replay(DataSets dataSets, List<AfterImage> images, Set<Dsn> replayed) {
    for (AfterImage image : images) {
      Optional<DataSets.Open> ds = dataSets.find(image.dsn());
      // A data set deleted or shrunk since has no place for the update any more.
      if (ds.isPresent() && image.offset() + image.bytes().length <= ds.get().entry().sizeBytes()) {
        replayed.add(image.dsn());
        try {
          ds.get().file().write(ByteBuffer.wrap(image.bytes()), image.offset());
        } catch (IOException e) {
          throw new BwoException(Message.of(Msg.BWO227S, image.dsn(), e.getMessage()), e);
        }
      }
    }
  }

  private void checkpointIfLogIsLarge() {
    if (log.size() > CHECKPOINT_LOG_BYTES && checkpointing.compareAndSet(false, true)) {
      try {
        gate.quiesce();
        try {
          checkpoint();
        } finally {
          gate.reopen();
        }
      } finally {
        checkpointing.set(false);
      }
    }
  }

  /** Syncs the data files and empties the redo log; the caller has quiesced the system. */
  private void checkpoint() {
    try {
      dataSets.forceAll();
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO227S, catalog.root(), e.getMessage()), e);
    }
    log.truncate();
  }

  private void requireOpen() {
    if (closed) {
      throw BwoException.of(Msg.BWO225E, catalog.root());
    }
  }

  /**
   * Makes {@code failure} the reason this system refuses all further work, and tells {@code
   * events} the first time (a severe message: a server stops on it, so that a restart replays
   * the redo log, instead of refusing every request while it looks healthy). Returns it, to throw.
   */
  private BwoException breakWith(BwoException failure) {
    boolean first;
    synchronized (brokenLock) {
      first = broken == null;
      if (first) {
        broken = failure;
      }
    }
    if (first) {
      events.accept(failure.message());
    }
    return failure;
  }

  /** The failure that makes this system refuse all further work, if one has. */
  Optional<BwoException> brokenBy() {
    return Optional.ofNullable(broken);
  }

  private void requireUsable() {
    requireOpen();
    BwoException b = broken;
    if (b != null) {
      throw new BwoException(b.message(), b);
    }
  }

  private static void ownerOnly(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void closeAfterFailedOpen(Exception failure, AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** One CI of one data set, as a transaction's working set names it. */
  private record CiKey(Dsn dsn, long ci) {}
}
