package io.bwo.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles and medians of benchmark samples. */
final class Stats {
  private Stats() {}

  /** The nearest-rank {@code p}-th percentile (0 to 100) of {@code samples}; NaN when empty. */
  static double percentile(List<Double> samples, double p) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The nearest-rank percentile of {@code samples}, which this sorts in place. */
  static long percentile(long[] samples, int n, double p) {
    if (n == 0) {
      return 0;
    }
    Arrays.sort(samples, 0, n);
    int rank = (int) Math.ceil(p / 100.0 * n);
    return samples[Math.max(0, Math.min(n - 1, rank - 1))];
  }

  /** The median of {@code values} (the mean of the middle two for an even count). */
  static double median(List<Double> values) {
    double[] sorted = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue)
        .sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
