package io.bwo.workload;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.Update;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The applications of this world: transfers between accounts through the segment system, and the
 * checks that the money is all there. A transfer moves an amount between two accounts, usually in
 * different data sets and segments, in one transaction, so the sum never changes.
 */
public final class Workload {
  private static final String CHECK_HOLDER = "WORKLOAD-CHECK";
  /**
   * The data set of per-thread sequence counters: account {@code t} counts the transactions
   * thread {@code t} committed, incremented inside each transfer's own transaction. Never an
   * account of the workload, never in the sum.
   */
  public static final Dsn SEQUENCES = Dsn.parse("WORKLOAD.SEQ");

  private final Catalog catalog;
  private final SegmentSystem system;
  private final List<CatalogEntry> dataSets;

  private Workload(Catalog catalog, SegmentSystem system, List<CatalogEntry> dataSets) {
    this.catalog = catalog;
    this.system = system;
    this.dataSets = dataSets;
  }

  /** One transfer: its two updates and the amount moved. */
  record Transfer(Update.AddLong from, Update.AddLong to, long amount) {}

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
    chosen = chosen.stream().filter(e -> !e.dsn().equals(SEQUENCES)).toList();
    if (chosen.isEmpty()) {
      throw BwoException.of(Msg.BWO901E, include.isEmpty() ? "ONLINE SEGMENTS" : include);
    }
    return new Workload(catalog, system, chosen);
  }

  /** The data sets this workload runs over. */
  public List<CatalogEntry> dataSets() {
    return dataSets;
  }

  /**
   * Sets every account to {@link Accounts#INITIAL_BALANCE}, one transaction per CI, and every
   * sequence counter to 0, defining {@link #SEQUENCES} (one CI, in the first data set's segment)
   * when it is not cataloged yet.
   */
  public long init() {
    if (catalog.find(SEQUENCES).isEmpty()) {
      CatalogEntry first = dataSets.get(0);
      catalog.define(CatalogEntry.linear(SEQUENCES, first.segment(), first.ciSize(), 1, true,
          java.time.Instant.now()));
    }
    CatalogEntry seq = catalog.get(SEQUENCES);
    system.commit(List.of(new Update.WriteCi(SEQUENCES, 0, new byte[seq.ciSize()])));
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
   * transaction (a segment OFFLINE, say) is counted, not retried. A segment system that is gone
   * (BWO219E, BWO225E), or a thread's counter that cannot be read after a refusal, ends the run
   * in every thread: the report says why ({@link WorkloadReport#ended}).
   */
  public WorkloadReport run(Duration duration, int threads, int rate, long seed) {
    return run(duration, threads, rate, seed, new AtomicBoolean());
  }

  /** As {@link #run(Duration, int, int, long)}, ending early when {@code stop} is set. */
  public WorkloadReport run(
      Duration duration, int threads, int rate, long seed, AtomicBoolean stop) {
    return run(duration, threads, rate, seed, stop, Optional.empty());
  }

  /**
   * As {@link #run(Duration, int, int, long, AtomicBoolean)}, appending each acknowledged
   * transaction to {@code ackLog}. When {@link #SEQUENCES} is cataloged (always after {@link
   * #init}), each transfer also increments its thread's counter in the same transaction; an ack
   * log needs it (BWO912E).
   */
  public WorkloadReport run(Duration duration, int threads, int rate, long seed,
      AtomicBoolean stop, Optional<AckLog> ackLog) {
    Optional<CatalogEntry> seqSet = catalog.find(SEQUENCES);
    long counters = seqSet.map(Accounts::count).orElse(0L);
    if (threads > counters && (seqSet.isPresent() || ackLog.isPresent())) {
      throw BwoException.of(Msg.BWO912E, threads, SEQUENCES, counters);
    }
    AtomicLong committed = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicReference<Message> ended = new AtomicReference<>();
    List<LatencyRecorder> recorders = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int t = 0; t < threads; t++) {
      LatencyRecorder rec = new LatencyRecorder(seed + t);
      recorders.add(rec);
      SplittableRandom random = new SplittableRandom(seed * 31 + t);
      int thread = t;
      long[] seq = {seqSet.isPresent() ? counter(thread) : 0};
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
          Transfer tr = transfer(random);
          List<Update> updates = seqSet.isEmpty() ? List.of(tr.from(), tr.to())
              : List.of(tr.from(), tr.to(),
                  new Update.AddLong(SEQUENCES, (long) thread * Accounts.ACCOUNT_BYTES, 1));
          try {
            system.commit(updates);
          } catch (BwoException refusal) {
            refused.incrementAndGet();
            Message lost = gone(refusal) ? refusal.message() : null;
            if (lost == null && seqSet.isPresent()) {
              try {
                // A commit whose answer was lost may still have taken effect: count on.
                seq[0] = counter(thread);
              } catch (BwoException e) {
                // Without its counter the thread cannot number what it acknowledges next.
                lost = e.message();
              }
            }
            if (lost != null) {
              ended.compareAndSet(null, lost);
              stop.set(true);
              return;
            }
            continue;
          }
          rec.record(System.nanoTime() - t0);
          committed.incrementAndGet();
          seq[0]++;
          ackLog.ifPresent(log -> log.acknowledged(new AckLog.Entry(thread, seq[0],
              tr.from().dsn(), tr.from().offset(), tr.to().dsn(), tr.to().offset(),
              tr.amount())));
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
        LatencyRecorder.percentile(recorders, 50), LatencyRecorder.percentile(recorders, 99),
        Optional.ofNullable(ended.get()));
  }

  /**
   * Whether {@code e} says the segment system is gone (its server cannot be reached, BWO219E, or
   * it was closed, BWO225E), not that one transaction was refused.
   */
  private static boolean gone(BwoException e) {
    return e.message().id() == Msg.BWO219E || e.message().id() == Msg.BWO225E;
  }

  /** Thread {@code t}'s sequence counter as the segment system holds it now. */
  private long counter(int t) {
    return ByteBuffer.wrap(system.readCi(SEQUENCES, 0))
        .getLong(t * Accounts.ACCOUNT_BYTES);
  }

  /** One transfer between two random accounts, each in a randomly chosen data set. */
  Transfer transfer(SplittableRandom random) {
    CatalogEntry from = dataSets.get(random.nextInt(dataSets.size()));
    CatalogEntry to = dataSets.get(random.nextInt(dataSets.size()));
    long a = random.nextLong(Accounts.count(from)) * Accounts.ACCOUNT_BYTES;
    long b = random.nextLong(Accounts.count(to)) * Accounts.ACCOUNT_BYTES;
    long amount = 1 + random.nextInt(100);
    return new Transfer(new Update.AddLong(from.dsn(), a, -amount),
        new Update.AddLong(to.dsn(), b, amount), amount);
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

  /**
   * Checks {@code log} against the data (the rule of {@link AckCheck}). The log is read first and
   * the data after, under a short freeze: a line is written only after its commit returned, so
   * every line read was committed before the data is read.
   */
  public AckCheck checkAcks(Path log) {
    List<AckLog.Entry> entries = AckLog.read(log);
    Map<Integer, Long> lastLogged = new TreeMap<>();
    boolean gaps = false;
    Map<Dsn, Map<Long, Long>> deltas = new HashMap<>();
    for (AckLog.Entry e : entries) {
      long previous = lastLogged.getOrDefault(e.thread(), 0L);
      // A gap is a commit whose answer was lost (counted refused): in the data, never logged.
      gaps |= e.seq() != previous + 1;
      lastLogged.put(e.thread(), Math.max(previous, e.seq()));
      deltas.computeIfAbsent(e.from(), d -> new HashMap<>()).merge(e.fromOffset(), -e.amount(),
          Long::sum);
      deltas.computeIfAbsent(e.to(), d -> new HashMap<>()).merge(e.toOffset(), e.amount(),
          Long::sum);
    }
    CatalogEntry seqSet = catalog.find(SEQUENCES)
        .orElseThrow(() -> BwoException.of(Msg.BWO912E, lastLogged.size(), SEQUENCES, 0));
    List<Message> faults = new ArrayList<>();
    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
    FreezeLease lease = system.freeze(CHECK_HOLDER, Duration.ofSeconds(60));
    try {
      Map<Integer, Long> counted = new TreeMap<>();
      Accounts.scan(catalog, seqSet, buf, (offset, n) -> {
        if (n != 0) {
          counted.put((int) (offset / Accounts.ACCOUNT_BYTES), n);
        }
      });
      long unlogged = 0;
      for (int t : union(lastLogged.keySet(), counted.keySet())) {
        long inData = counted.getOrDefault(t, 0L);
        long logged = lastLogged.getOrDefault(t, 0L);
        if (inData < logged) {
          faults.add(Message.of(Msg.BWO908E, t, logged, inData));
        }
        unlogged += Math.max(0, inData - logged);
      }
      boolean replay = !gaps && unlogged == 0 && faults.isEmpty();
      long[] sum = {0};
      for (CatalogEntry e : dataSets) {
        Map<Long, Long> d = deltas.getOrDefault(e.dsn(), Map.of());
        Accounts.scan(catalog, e, buf, (offset, balance) -> {
          sum[0] += balance;
          long expected = Accounts.INITIAL_BALANCE + d.getOrDefault(offset, 0L);
          if (replay && balance != expected && faults.size() < 10) {
            faults.add(Message.of(Msg.BWO910E, offset, e.dsn(), balance, expected));
          }
        });
      }
      if (sum[0] != expectedSum()) {
        faults.add(0, Message.of(Msg.BWO906E, Accounts.count(dataSets), dataSets.size(), sum[0],
            expectedSum()));
      }
      return new AckCheck(log, entries.size(), union(lastLogged.keySet(), counted.keySet()).size(),
          unlogged, replay, faults);
    } finally {
      system.unfreeze(lease);
    }
  }

  private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
    Set<Integer> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  /** The sum the accounts must add up to. */
  public long expectedSum() {
    return Accounts.expectedSum(dataSets);
  }
}
