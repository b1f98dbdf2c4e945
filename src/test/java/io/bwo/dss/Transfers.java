package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.Update;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Applications that keep a record: threads that commit transfers between random accounts of
 * random data sets (so of several segments) through the segment system, and note for each
 * transaction when it was submitted and when it was acknowledged, so that a test can say which
 * of them the state at a freeze must hold.
 *
 * <p>Shared by its worker threads and the test.
 */
final class Transfers implements AutoCloseable {

  /** One acknowledged transaction of thread {@code thread}, its {@code seq}-th. */
  record Tx(int thread, long seq, List<Update.AddLong> updates, long submitted, long acknowledged) {
    /** Adds this transaction's change of each account to {@code deltas}. */
    void applyTo(Map<Account, Long> deltas) {
      for (Update.AddLong u : updates) {
        deltas.merge(new Account(u.dsn(), u.offset()), u.delta(), Long::sum);
      }
    }
  }

  /** An 8-byte account at byte {@code offset} of {@code dsn}. */
  record Account(Dsn dsn, long offset) {}

  private final SegmentSystem system;
  private final List<CatalogEntry> dataSets;
  private final List<Tx> acknowledged = new CopyOnWriteArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final AtomicLong count = new AtomicLong();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<Thread> workers = new ArrayList<>();

  /**
   * {@code threads} applications over {@code dataSets}, each drawing its transfers from its own
   * generator seeded from {@code seed}, pausing up to {@code maxPauseMicros} between transfers
   * (randomised timing). Started at once.
   */
  Transfers(SegmentSystem system, List<CatalogEntry> dataSets, int threads, long seed,
      int maxPauseMicros) {
    this.system = system;
    this.dataSets = List.copyOf(dataSets);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + t);
      Thread w = new Thread(() -> run(thread, random, maxPauseMicros), "transfers-" + t);
      w.setDaemon(true);
      workers.add(w);
    }
    workers.forEach(Thread::start);
  }

  private void run(int thread, SplittableRandom random, int maxPauseMicros) {
    long seq = 0;
    while (!stop.get()) {
      List<Update.AddLong> tx = transfer(random);
      long submitted = System.nanoTime();
      try {
        system.commit(List.copyOf(tx));
      } catch (RuntimeException e) {
        failures.add(e);
        return;
      }
      acknowledged.add(new Tx(thread, seq++, tx, submitted, System.nanoTime()));
      count.incrementAndGet();
      if (maxPauseMicros > 0) {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(maxPauseMicros)));
      }
    }
  }

  private List<Update.AddLong> transfer(SplittableRandom random) {
    CatalogEntry from = dataSets.get(random.nextInt(dataSets.size()));
    CatalogEntry to = dataSets.get(random.nextInt(dataSets.size()));
    long a = random.nextLong(from.sizeBytes() / Long.BYTES) * Long.BYTES;
    long b = random.nextLong(to.sizeBytes() / Long.BYTES) * Long.BYTES;
    long amount = 1 + random.nextInt(1000);
    return List.of(new Update.AddLong(from.dsn(), a, -amount),
        new Update.AddLong(to.dsn(), b, amount));
  }

  /** How many transactions have been acknowledged so far. */
  long count() {
    return count.get();
  }

  /** Waits until {@code n} more transactions than now have been acknowledged, up to a minute. */
  void awaitMore(long n) {
    long target = count() + n;
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (count() < target) {
      if (System.nanoTime() > deadline || !failures.isEmpty()) {
        throw new AssertionError("the applications did not commit " + n + " transactions: "
            + count() + " of " + target + ", failures " + failures);
      }
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
    }
  }

  /** Stops the applications and waits for them; returns every acknowledged transaction. */
  List<Tx> stop() {
    stop.set(true);
    for (Thread w : workers) {
      try {
        w.join(TimeUnit.MINUTES.toMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return List.copyOf(acknowledged);
  }

  /** What the applications failed with (a transaction refused): nothing, normally. */
  List<Throwable> failures() {
    return List.copyOf(failures);
  }

  /** The net change of {@code txs} to each account they touch (no zero entries). */
  static Map<Account, Long> deltas(List<Tx> txs) {
    Map<Account, Long> d = new HashMap<>();
    txs.forEach(t -> t.applyTo(d));
    d.values().removeIf(v -> v == 0);
    return d;
  }

  /** {@code initial} with {@code deltas} added to its accounts. */
  static Map<Dsn, byte[]> apply(Map<Dsn, byte[]> initial, Map<Account, Long> deltas) {
    Map<Dsn, byte[]> state = new HashMap<>();
    initial.forEach((d, b) -> state.put(d, b.clone()));
    deltas.forEach((account, delta) -> {
      ByteBuffer b = ByteBuffer.wrap(state.get(account.dsn()));
      int at = Math.toIntExact(account.offset());
      b.putLong(at, b.getLong(at) + delta);
    });
    return state;
  }

  @Override
  public void close() {
    stop();
  }
}
