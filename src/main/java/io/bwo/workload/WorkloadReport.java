package io.bwo.workload;

import io.bwo.message.Message;
import java.time.Duration;
import java.util.Optional;

/**
 * What one workload run did: transactions acknowledged and refused, rate and latencies, and
 * what ended it early, if anything did (the segment system no longer reachable, BWO219E).
 */
public record WorkloadReport(long committed, long refused, Duration elapsed, long p50Nanos,
    long p99Nanos, Optional<Message> ended) {

  /** Acknowledged transactions per second. */
  public double perSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s == 0 ? 0 : committed / s;
  }
}
