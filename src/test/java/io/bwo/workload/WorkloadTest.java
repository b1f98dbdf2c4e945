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
import io.bwo.segment.SegmentServer;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
  void aSegmentServerThatGoesAwayEndsTheRunWithItsReasonAndKeepsEveryAcknowledgement(
      @TempDir Path root) throws Exception {
    Catalog c = world(root);
    Path log = root.resolve("ack.log");
    WorkloadReport r;
    SegmentServer server = SegmentServer.start(c, Clock.systemUTC(), m -> { });
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC());
        AckLog ack = AckLog.append(log)) {
      Workload w = Workload.over(c, s, List.of());
      w.init();
      CompletableFuture<WorkloadReport> running = CompletableFuture.supplyAsync(() ->
          w.run(Duration.ofMinutes(5), 3, 0, 9, new AtomicBoolean(), Optional.of(ack)));
      Thread.sleep(300);
      server.close();
      r = running.get(60, TimeUnit.SECONDS);
    } finally {
      server.close();
    }

    // Every thread ended, long before the 5 minutes asked, with the reason rather than a trace.
    // Closed, BWO225E; killed, BWO219E (the crash suite's server kills).
    assertThat(r.ended()).map(Message::id).hasValueSatisfying(
        id -> assertThat(id).isIn(Msg.BWO219E, Msg.BWO225E));
    assertThat(r.elapsed()).isLessThan(Duration.ofMinutes(1));
    assertThat(r.committed()).isPositive();
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      assertThat(Workload.over(c, s, List.of()).checkAcks(log).ok()).isTrue();
    }
  }

  private static WorkloadReport runLogged(Workload w, Path log, int threads) {
    try (AckLog ack = AckLog.append(log)) {
      return w.run(Duration.ofMillis(300), threads, 0, 7, new AtomicBoolean(), Optional.of(ack));
    }
  }

  @Test
  void everyAcknowledgedTransactionIsLoggedAndReplaysToTheData(@TempDir Path root)
      throws Exception {
    Catalog c = world(root);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      Workload w = Workload.over(c, s, List.of());
      w.init();
      assertThat(w.dataSets()).noneMatch(e -> e.dsn().equals(Workload.SEQUENCES));
      Path log = root.resolve("ack.log");
      WorkloadReport r = runLogged(w, log, 3);
      runLogged(w, log, 2);

      AckCheck check = w.checkAcks(log);
      assertThat(check.faults()).isEmpty();
      assertThat(check.replayed()).isTrue();
      assertThat(check.logged()).isGreaterThan(r.committed());
      assertThat(check.unlogged()).isZero();
      assertThat(check.summary().id()).isEqualTo(Msg.BWO907I);
    }
  }

  /** What a test does with the workload after one logged run of {@code threads} threads. */
  private interface AfterLoggedRun {
    void check(Workload w, Path log) throws Exception;
  }

  private static void afterLoggedRun(Path root, int threads, AfterLoggedRun body)
      throws Exception {
    Catalog c = world(root);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      Workload w = Workload.over(c, s, List.of());
      w.init();
      Path log = root.resolve("ack.log");
      runLogged(w, log, threads);
      body.check(w, log);
    }
  }

  @Test
  void theDataMayHoldCommitsTheLogLacksAndATornLastLineIsIgnored(@TempDir Path root)
      throws Exception {
    afterLoggedRun(root, 2, (w, log) -> {
      List<String> lines = Files.readAllLines(log);
      // As if killed after committing the last two transactions, halfway through logging one.
      Files.writeString(log, String.join("\n", lines.subList(0, lines.size() - 2)) + "\n"
          + lines.get(lines.size() - 2).substring(0, 5));

      AckCheck check = w.checkAcks(log);
      assertThat(check.faults()).isEmpty();
      assertThat(check.unlogged()).isEqualTo(2);
      assertThat(check.replayed()).isFalse();
    });
  }

  @Test
  void aLoggedTransactionMissingFromTheDataIsALostUpdate(@TempDir Path root) throws Exception {
    afterLoggedRun(root, 1, (w, log) -> {
      long last = AckLog.read(log).size();
      try (AckLog ack = AckLog.append(log)) {
        ack.acknowledged(new AckLog.Entry(0, last + 1, Dsn.parse("A.ONE"), 0,
            Dsn.parse("B.ONE"), 8, 5));
      }

      AckCheck check = w.checkAcks(log);
      assertThat(check.ok()).isFalse();
      assertThat(check.summary().id()).isEqualTo(Msg.BWO908E);
    });
  }

  @Test
  void aReplayThatDisagreesWithAnAccountIsReported(@TempDir Path root) throws Exception {
    afterLoggedRun(root, 1, (w, log) -> {
      List<String> lines = new ArrayList<>(Files.readAllLines(log));
      String[] f = lines.get(0).split(" ");
      f[6] = String.valueOf(Long.parseLong(f[6]) + 1000);
      lines.set(0, String.join(" ", f));
      Files.write(log, lines);

      AckCheck check = w.checkAcks(log);
      assertThat(check.faults()).extracting(Message::id).contains(Msg.BWO910E);
    });
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
