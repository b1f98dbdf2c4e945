package io.bwo.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

  /*
   * The world: two ONLINE segments with two data sets each, one OFFLINE segment.
   *   SEGA: A.ONE (4 CIs)  A.TWO (2 CIs)
   *   SEGB: B.ONE (3 CIs)  B.TWO (1 CI)
   *   SEGZ: Z.OFF (1 CI), OFFLINE
   */
  private static Catalog world(Path root) {
    Catalog c = Catalog.open(root);
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    String[][] sets = {{"A.ONE", "SEGA", "4"}, {"A.TWO", "SEGA", "2"}, {"B.ONE", "SEGB", "3"},
        {"B.TWO", "SEGB", "1"}, {"Z.OFF", "SEGZ", "1"}};
    for (String[] s : sets) {
      c.define(CatalogEntry.linear(Dsn.parse(s[0]), SegmentName.parse(s[1]), 4096,
          Long.parseLong(s[2]), true, t));
    }
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGA"), SegmentStatus.ONLINE));
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGB"), SegmentStatus.ONLINE));
    return c;
  }

  @Test
  void byDefaultTheWorkloadUsesTheDataSetsOfOnlineSegments(@TempDir Path root) {
    Catalog c = world(root);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      assertThat(Workload.over(c, s, List.of()).dataSets()).extracting(e -> e.dsn().name())
          .containsExactly("A.ONE", "A.TWO", "B.ONE", "B.TWO");
      assertThat(Workload.over(c, s, List.of(DsnFilter.parse("B.*"))).dataSets()).hasSize(2);
    }
  }

  @Test
  void initSetsEveryAccountTo1000(@TempDir Path root) {
    Catalog c = world(root);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      Workload w = Workload.over(c, s, List.of());
      assertThat(w.init()).isEqualTo(10 * 4096 / 8);
      assertThat(w.sum()).isEqualTo(w.expectedSum()).isEqualTo(1000L * 10 * 4096 / 8);
    }
  }

  @Test
  void transfersKeepTheSumWhileFreezesComeAndGo(@TempDir Path root) throws Exception {
    Catalog c = world(root);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      Workload w = Workload.over(c, s, List.of());
      w.init();
      CompletableFuture<WorkloadReport> running =
          CompletableFuture.supplyAsync(() -> w.run(Duration.ofMillis(800), 3, 0, 42));
      for (int i = 0; i < 5; i++) {
        FreezeLease lease = s.freeze("TEST", Duration.ofSeconds(5));
        assertThat(Accounts.sumOfFiles(c, w.dataSets())).isEqualTo(w.expectedSum());
        s.unfreeze(lease);
        Thread.sleep(50);
      }
      WorkloadReport r = running.get();
      assertThat(r.committed()).isPositive();
      assertThat(r.refused()).isZero();
      assertThat(r.p99Nanos()).isGreaterThanOrEqualTo(r.p50Nanos());
      assertThat(w.sum()).isEqualTo(w.expectedSum());
    }
  }

  @Test
  void latencyPercentilesComeFromTheRecordedSamples() {
    LatencyRecorder r = new LatencyRecorder(1);
    for (long i = 1; i <= 100; i++) {
      r.record(i);
    }
    assertThat(LatencyRecorder.percentile(List.of(r), 50)).isEqualTo(50);
    assertThat(LatencyRecorder.percentile(List.of(r), 99)).isEqualTo(99);
  }
}
