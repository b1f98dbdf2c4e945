package io.bwo.bench;

import io.bwo.catalog.CatalogEntry;
import io.bwo.message.BwoException;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.Update;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The applications at a steady rate: threads moving money between random accounts of the world
 * (two 8-byte updates in two data sets, as {@code bwo workload run} does) through the segment
 * server, each transaction's start and latency kept, so that a window (no dump, the copy) can
 * be cut out afterwards. Latency is from the transaction's start, as {@code bwo workload} measures
 * it. Started and stopped by one thread.
 */
final class SteadyLoad implements AutoCloseable {
  /** Transactions of one window: how many, their rate, latency percentiles, refusals. */
  record Figures(long committed, double perSecond, double p50Millis, double p99Millis,
      long refused) {}

  /** One worker's record: start time and latency of each transaction, -1 for a refused one. */
  private static final class Log {
    long[] starts = new long[1 << 14];
    long[] latencies = new long[1 << 14];
    int n;

    void add(long start, long latency) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        latencies = Arrays.copyOf(latencies, n * 2);
      }
      starts[n] = start;
      latencies[n] = latency;
      n++;
    }
  }

  private final List<Thread> workers = new ArrayList<>();
  private final List<Log> logs = new ArrayList<>();
  private volatile boolean stop;

  /** Starts {@code threads} workers committing {@code rate} transactions per second in all. */
  SteadyLoad(SegmentSystem system, List<CatalogEntry> dataSets, int threads, int rate, long seed) {
    long interval = (long) (1e9 * threads / rate);
    for (int t = 0; t < threads; t++) {
      Log log = new Log();
      logs.add(log);
      SplittableRandom random = new SplittableRandom(seed + t);
      Thread w = new Thread(() -> {
        long next = System.nanoTime() + random.nextLong(interval);
        while (!stop) {
          long now = System.nanoTime();
          if (now < next) {
            LockSupport.parkNanos(next - now);
            continue;
          }
          next += interval;
          List<Update> tx = transfer(dataSets, random);
          long t0 = System.nanoTime();
          try {
            system.commit(tx);
            log.add(t0, System.nanoTime() - t0);
          } catch (BwoException refused) {
            log.add(t0, -1);
          }
        }
      }, "bench-load-" + t);
      w.setDaemon(true);
      workers.add(w);
      w.start();
    }
  }

  /** Stops the workers and waits for them. */
  @Override
  public void close() {
    stop = true;
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The figures of the transactions that started in {@code [from, to)} (System.nanoTime). */
  Figures window(long from, long to) {
    long[] lat = new long[logs.stream().mapToInt(l -> l.n).sum()];
    int n = 0;
    long refused = 0;
    for (Log log : logs) {
      for (int i = 0; i < log.n; i++) {
        if (log.starts[i] >= from && log.starts[i] < to) {
          if (log.latencies[i] < 0) {
            refused++;
          } else {
            lat[n++] = log.latencies[i];
          }
        }
      }
    }
    double seconds = Math.max(1e-9, (to - from) / 1e9);
    return new Figures(n, n / seconds, Stats.percentile(lat, n, 50) / 1e6,
        Stats.percentile(lat, n, 99) / 1e6, refused);
  }

  /**
   * The {@code k} slowest committed transactions that started in {@code [from, to)}, slowest
   * first, each as {start, latency} in ms, its start counted from {@code from}: where in a copy
   * the tail of the latency falls (its start, its end, or all through it).
   */
  List<double[]> slowest(long from, long to, int k) {
    List<double[]> all = new ArrayList<>();
    for (Log log : logs) {
      for (int i = 0; i < log.n; i++) {
        if (log.starts[i] >= from && log.starts[i] < to && log.latencies[i] >= 0) {
          all.add(new double[] {Math.round((log.starts[i] - from) / 1e5) / 10.0,
              Math.round(log.latencies[i] / 1e4) / 100.0});
        }
      }
    }
    all.sort((a, b) -> Double.compare(b[1], a[1]));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  private static List<Update> transfer(List<CatalogEntry> dataSets, SplittableRandom random) {
    CatalogEntry from = dataSets.get(random.nextInt(dataSets.size()));
    CatalogEntry to = dataSets.get(random.nextInt(dataSets.size()));
    long a = random.nextLong(from.sizeBytes() / Long.BYTES) * Long.BYTES;
    long b = random.nextLong(to.sizeBytes() / Long.BYTES) * Long.BYTES;
    long amount = 1 + random.nextInt(100);
    return List.of(new Update.AddLong(from.dsn(), a, -amount),
        new Update.AddLong(to.dsn(), b, amount));
  }
}
