package io.bwo.workload;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.Update;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The applications of this world: transfers between accounts through the segment system, and the
 * checks that the money is all there. A transfer moves an amount between two accounts, usually in
 * different data sets and segments, in one transaction, so the sum never changes.
 */
public final class Workload {
  private static final String CHECK_HOLDER = "WORKLOAD-CHECK";

  private final Catalog catalog;
  private final SegmentSystem system;
  private final List<CatalogEntry> dataSets;

  private Workload(Catalog catalog, SegmentSystem system, List<CatalogEntry> dataSets) {
    this.catalog = catalog;
    this.system = system;
    this.dataSets = dataSets;
  }

  /**
   * The workload over the data sets of {@code catalog} that {@code include} selects, or, with no
   * filter, over every data set of an ONLINE segment. BWO901E when that is none.
   */
  public static Workload over(Catalog catalog, SegmentSystem system, List<DsnFilter> include) {
    List<CatalogEntry> chosen;
    if (include.isEmpty()) {
      Set<String> online =
          catalog.segments().stream()
              .filter(s -> s.status() == SegmentStatus.ONLINE)
              .map(SegmentDefinition::name)
              .map(Object::toString)
              .collect(Collectors.toSet());
      chosen = catalog.list().stream().filter(e -> online.contains(e.segment().name())).toList();
    } else {
      chosen = catalog.select(include, List.of());
    }
    if (chosen.isEmpty()) {
      throw BwoException.of(Msg.BWO901E, include.isEmpty() ? "ONLINE SEGMENTS" : include);
    }
    return new Workload(catalog, system, chosen);
  }

  /** The data sets this workload runs over. */
  public List<CatalogEntry> dataSets() {
    return dataSets;
  }

  /** Sets every account to {@link Accounts#INITIAL_BALANCE}, one transaction per CI. */
  public long init() {
    long accounts = 0;
    for (CatalogEntry e : dataSets) {
      byte[] ci = Accounts.initialCi(e.ciSize());
      for (long i = 0; i < e.cis(); i++) {
        system.commit(List.of(new Update.WriteCi(e.dsn(), i, ci)));
      }
      accounts += Accounts.count(e);
    }
    return accounts;
  }

  /**
   * Runs transfers from {@code threads} threads for {@code duration}, at most {@code rate}
   * transactions per second in all (0: as fast as they go), from {@code seed}. A refused
   * transaction (a segment OFFLINE, say) is counted, not retried.
   */
  public WorkloadReport run(Duration duration, int threads, int rate, long seed) {
    return run(duration, threads, rate, seed, new AtomicBoolean());
  }

  /** As {@link #run(Duration, int, int, long)}, ending early when {@code stop} is set. */
  public WorkloadReport run(
      Duration duration, int threads, int rate, long seed, AtomicBoolean stop) {
    AtomicLong committed = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int t = 0; t < threads; t++) {
      LatencyRecorder rec = new LatencyRecorder(seed + t);
      recorders.add(rec);
      SplittableRandom random = new SplittableRandom(seed * 31 + t);
      long intervalNanos = rate <= 0 ? 0 : (long) (1e9 * threads / rate);
      Thread w = new Thread(() -> {
        long next = System.nanoTime();
        while (!stop.get()) {
          long now = System.nanoTime();
          if (now >= end) {
            return;
          }
          if (intervalNanos > 0) {
            if (now < next) {
              java.util.concurrent.locks.LockSupport.parkNanos(next - now);
              continue;
            }
            next += intervalNanos;
          }
          long t0 = System.nanoTime();
          try {
            system.commit(transfer(random));
            rec.record(System.nanoTime() - t0);
            committed.incrementAndGet();
          } catch (BwoException refusal) {
            refused.incrementAndGet();
          }
        }
      }, "workload-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.set(true);
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new WorkloadReport(committed.get(), refused.get(), elapsed,
        LatencyRecorder.percentile(recorders, 50), LatencyRecorder.percentile(recorders, 99));
  }

  /** One transfer between two random accounts, each in a randomly chosen data set. */
  List<Update> transfer(SplittableRandom random) {
    CatalogEntry from = dataSets.get(random.nextInt(dataSets.size()));
    CatalogEntry to = dataSets.get(random.nextInt(dataSets.size()));
    long a = random.nextLong(Accounts.count(from)) * Accounts.ACCOUNT_BYTES;
    long b = random.nextLong(Accounts.count(to)) * Accounts.ACCOUNT_BYTES;
    long amount = 1 + random.nextInt(100);
    return List.of(
        new Update.AddLong(from.dsn(), a, -amount), new Update.AddLong(to.dsn(), b, amount));
  }

  /**
   * The sum over every account, read consistently: under a short freeze (the system checkpoints
   * first, so the files hold every acknowledged update), then thawed.
   */
  public long sum() {
    FreezeLease lease = system.freeze(CHECK_HOLDER, Duration.ofSeconds(60));
    try {
      return Accounts.sumOfFiles(catalog, dataSets);
    } finally {
      system.unfreeze(lease);
    }
  }

  /** The sum the accounts must add up to. */
  public long expectedSum() {
    return Accounts.expectedSum(dataSets);
  }
}
