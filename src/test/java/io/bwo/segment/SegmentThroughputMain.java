package io.bwo.segment;

import io.bwo.catalog.Dsn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.file.PathUtils;

/**
 * Figures, not a test: transfer transactions per second and latency percentiles, embedded and
 * through the server, for 1, 4 and 16 threads (group commit at work). Run with {@code java -cp
 * target/test-classes:target/classes:... io.bwo.segment.SegmentThroughputMain [seconds]}.
 */
final class SegmentThroughputMain {
  private SegmentThroughputMain() {}

  public static void main(String[] args) throws Exception {
    Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
    for (boolean viaServer : new boolean[] {false, true}) {
      for (int threads : new int[] {1, 4, 16}) {
        measure(viaServer, threads, run);
      }
    }
  }

  private static void measure(boolean viaServer, int threads, Duration run) throws Exception {
    Path root = Files.createTempDirectory("bwo-tps");
    Dsn a = Dsn.parse("APP.A");
    Dsn b = Dsn.parse("APP.B");
    TestWorld world = new TestWorld(root, 256, "SEGA:" + a, "SEGB:" + b);
    SegmentServer server =
        viaServer ? SegmentServer.start(world.catalog, Clock.systemUTC(), m -> {}) : null;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    try (SegmentSystem system = viaServer
        ? SegmentSystems.server(world.catalog).orElseThrow()
        : world.open(Clock.systemUTC())) {
      long accounts = 256L * TestWorld.CI_SIZE / 8;
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random r = new Random(t);
        workers.add(pool.submit(() -> {
          long[] latencies = new long[1 << 20];
          int n = 0;
          while (!stop.get() && n < latencies.length) {
            long start = System.nanoTime();
            long amount = r.nextInt(100);
            system.commit(List.of(
                new Update.AddLong(a, 8 * (long) r.nextInt((int) accounts), -amount),
                new Update.AddLong(b, 8 * (long) r.nextInt((int) accounts), amount)));
            latencies[n++] = System.nanoTime() - start;
          }
          return Arrays.copyOf(latencies, n);
        }));
      }
      Thread.sleep(run.toMillis());
      stop.set(true);
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : workers) {
        for (long l : f.get()) {
          all.add(l);
        }
      }
      all.sort(null);
      System.out.printf("%-8s threads=%2d  %7.0f tx/s  p50 %6.2f ms  p99 %6.2f ms%n",
          viaServer ? "server" : "embedded", threads, all.size() / (run.toMillis() / 1000.0),
          all.get(all.size() / 2) / 1e6, all.get(all.size() * 99 / 100) / 1e6);
    } finally {
      pool.shutdownNow();
      if (server != null) {
        server.close();
      }
      PathUtils.deleteDirectory(root);
    }
  }
}
