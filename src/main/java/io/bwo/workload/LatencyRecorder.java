package io.bwo.workload;

import java.util.Arrays;

/**
 * Transaction latencies of one worker thread, kept exactly up to a cap and by reservoir sampling
 * beyond it, so memory stays bounded however long the workload runs. Not thread-safe: one per
 * worker, merged at the end.
 */
final class LatencyRecorder {
  private static final int CAP = 1 << 20;

  private final long[] samples = new long[CAP];
  private final java.util.SplittableRandom random;
  private long seen;

  LatencyRecorder(long seed) {
    this.random = new java.util.SplittableRandom(seed);
  }

  void record(long nanos) {
    if (seen < CAP) {
      samples[(int) seen] = nanos;
    } else {
      long slot = random.nextLong(seen + 1);
      if (slot < CAP) {
        samples[(int) slot] = nanos;
      }
    }
    seen++;
  }

  /** The {@code p}-th percentile (0 to 100) over all of {@code recorders}, in nanoseconds. */
  static long percentile(Iterable<LatencyRecorder> recorders, double p) {
    int total = 0;
    for (LatencyRecorder r : recorders) {
      total += (int) Math.min(r.seen, CAP);
    }
    if (total == 0) {
      return 0;
    }
    long[] all = new long[total];
    int at = 0;
    for (LatencyRecorder r : recorders) {
      int n = (int) Math.min(r.seen, CAP);
      System.arraycopy(r.samples, 0, all, at, n);
      at += n;
    }
    Arrays.sort(all);
    int index = (int) Math.ceil(p / 100.0 * total) - 1;
    return all[Math.max(0, Math.min(total - 1, index))];
  }
}
