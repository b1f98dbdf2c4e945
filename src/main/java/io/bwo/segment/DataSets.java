package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The data sets a segment system has opened: each one's catalog entry (read once) and data file.
 * A data set's shape is read again after its segment has been OFFLINE, the time for utilities to
 * change it.
 *
 * <p>Thread-safe.
 */
final class DataSets implements AutoCloseable {
  /** An open data set: its catalog entry as read when it was opened, and its data file. */
  record Open(CatalogEntry entry, DataFile file) {
    /** BWO212E unless {@code ci} is one of the data set's CIs. */
    long checkCi(long ci) {
      if (ci < 0 || ci >= entry.cis()) {
        throw BwoException.of(Msg.BWO212E, ci, entry.dsn(), entry.cis() - 1);
      }
      return ci;
    }
  }

  /** Files synced at once: the disk overlaps their flushes, where one at a time waits for each. */
  private static final int SYNC_THREADS = 8;

  private final Catalog catalog;
  private final ExecutorService syncers = Executors.newFixedThreadPool(SYNC_THREADS, r -> {
    Thread t = new Thread(r, "bwo-sync");
    t.setDaemon(true);
    return t;
  });
  private final Map<Dsn, Open> open = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong freezes =
      new java.util.concurrent.atomic.AtomicLong();
  // For each data set, the last freeze after which an update of it was recorded: its flag set
  // in the catalog first. Written under the data set's own lock (changeLock), which orders a
  // flag's reset and the update that sets it again; read without it by an update that finds its
  // record already made. One lock per data set: right after a thaw, the first updates of many
  // data sets each read their catalog entry, side by side.
  private final Map<Dsn, Object> changeLocks = new ConcurrentHashMap<>();
  private final Map<Dsn, Long> changedAfter = new ConcurrentHashMap<>();

  DataSets(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The open data set {@code dsn}, opened now if need be; BWO102E if it is not cataloged. */
  Open get(Dsn dsn) {
    Open ds = open.get(dsn);
    return ds != null ? ds : open.computeIfAbsent(dsn, this::openDataSet);
  }

  /** The open data set {@code dsn}, or empty if it is no longer cataloged. */
  Optional<Open> find(Dsn dsn) {
    return catalog.find(dsn).isPresent() ? Optional.of(get(dsn)) : Optional.empty();
  }

  /**
   * Sets the data-set-changed flag of {@code dsn} in the catalog, with the update time, on the
   * first update since the last {@link #newFreeze}: one catalog write per data set and freeze,
   * not one per transaction. It also remembers the freeze that update came after, which tells
   * {@link #resetChanged} whether the data set changed after a dump's point in time. Returns once
   * the flag is set: an update acknowledged after a freeze never leaves it to a slower one.
   */
  void recordChange(Dsn dsn, Instant now) {
    long after = freezes.get();
    Long recorded = changedAfter.get(dsn);
    if (recorded != null && recorded >= after) {
      return;
    }
    synchronized (changeLock(dsn)) {
      catalog.find(dsn)
          .filter(e -> !e.changed())
          .ifPresent(e -> catalog.put(e.withChanged(true).withUpdated(now)));
      changedAfter.merge(dsn, after, Math::max);
    }
  }

  private Object changeLock(Dsn dsn) {
    return changeLocks.computeIfAbsent(dsn, d -> new Object());
  }

  /**
   * Called at each freeze, while nothing is applied: the next update of each data set comes after
   * this freeze's point in time and must be recorded again. Returns the freeze's number. Takes no
   * lock that a catalog write holds: the freeze window must not wait for the disk.
   */
  long newFreeze() {
    return freezes.incrementAndGet();
  }

  /**
   * Resets the data-set-changed flag of each of {@code dsns} that no update has reached since
   * freeze number {@code freeze} (DFSMSdss's DUMP RESET), and returns those whose flag it reset.
   * A data set updated since keeps its flag: its dump does not hold that update.
   */
  List<Dsn> resetChanged(long freeze, List<Dsn> dsns) {
    List<Dsn> reset = new ArrayList<>();
    for (Dsn d : dsns) {
      synchronized (changeLock(d)) {
        if (changedAfter.getOrDefault(d, 0L) >= freeze) {
          continue;
        }
        Optional<CatalogEntry> e = catalog.find(d).filter(CatalogEntry::changed);
        if (e.isPresent()) {
          catalog.put(e.get().withChanged(false));
          reset.add(d);
        }
      }
    }
    return reset;
  }

  /**
   * Syncs every open data file written since it was last synced, several at once; returns how
   * many it synced.
   */
  int forceAll() throws IOException {
    List<DataFile> dirty = open.values().stream().map(Open::file).filter(DataFile::dirty).toList();
    if (dirty.size() <= 1) {
      return dirty.isEmpty() || !dirty.get(0).force() ? 0 : 1;
    }
    List<Future<Boolean>> syncs = new ArrayList<>(dirty.size());
    for (DataFile f : dirty) {
      syncs.add(syncers.submit(f::force));
    }
    int synced = 0;
    IOException first = null;
    for (Future<Boolean> s : syncs) {
      try {
        synced += s.get() ? 1 : 0;
      } catch (ExecutionException e) {
        IOException failure = e.getCause() instanceof IOException io ? io : new IOException(e);
        if (first == null) {
          first = failure;
        } else {
          first.addSuppressed(failure);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while syncing the data files");
      }
    }
    if (first != null) {
      throw first;
    }
    return synced;
  }

  /** Closes the data sets of segment {@code s}; they are opened afresh on next use. */
  void closeSegment(SegmentName s) throws IOException {
    List<Open> closing = new ArrayList<>();
    open.values().removeIf(ds -> ds.entry().segment().equals(s) && closing.add(ds));
    for (Open ds : closing) {
      ds.file().close();
    }
  }

  @Override
  public void close() throws IOException {
    syncers.shutdownNow();
    IOException first = null;
    for (Open ds : open.values()) {
      try {
        ds.file().close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }

  private Open openDataSet(Dsn dsn) {
    CatalogEntry entry = catalog.get(dsn);
    try {
      return new Open(entry, DataFile.open(catalog.dataFile(dsn)));
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO227S, dsn, e.getMessage()), e);
    }
  }
}
