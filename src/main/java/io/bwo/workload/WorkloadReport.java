package io.bwo.workload;

import java.time.Duration;

/** What one workload run did: transactions acknowledged and refused, rate and latencies. */
public record WorkloadReport(
    long committed, long refused, Duration elapsed, long p50Nanos, long p99Nanos) {

  /** Acknowledged transactions per second. */
  public double perSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s == 0 ? 0 : committed / s;
  }
}
