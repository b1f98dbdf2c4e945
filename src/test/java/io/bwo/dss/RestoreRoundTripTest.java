package io.bwo.dss;

import static io.bwo.dss.RestoreWorld.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.platform.DirectIo;
import io.bwo.workload.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A BWO dump restored into an empty catalog is the source as it was dumped: a cold start. */
class RestoreRoundTripTest {
  private static final String[] RESTORE_ALL = {" RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)"};

  @TempDir Path dir;

  @Test
  void restoreIntoAnEmptyCatalogGivesIdenticalDataAndEntriesWithSegmentsOffline() {
    RestoreWorld w = new RestoreWorld(dir);
    Catalog src = w.dumpedSource();
    Catalog dst = Catalog.open(dir.resolve("dst"));

    assertThat(w.dss(dst, RESTORE_ALL)).isZero();

    assertThat(snapshot(dst)).isEqualTo(snapshot(src));
    assertThat(dst.segments()).extracting(SegmentDefinition::status)
        .containsExactly(SegmentStatus.OFFLINE, SegmentStatus.OFFLINE);
    assertThat(w.ids()).contains("BWO816I", "BWO822I", "ADR454I")
        .doesNotContain("ADR455W");
    assertThat(RestoreWorld.invariantHolds(dst)).isTrue();
    assertThat(RestoreWorld.leftovers(dst)).isEmpty();
    assertThat(RestoreWorld.forcingThreads()).as("threads forcing temporary files").isZero();
  }

  @Test
  void aDumpOfADataSetOfFourMibAndASmallOneIsRestoredWhole() throws Exception {
    // With 4 KiB CIs the first is staged with direct I/O where the file system allows it, the
    // second through the page cache (DirectIo.forRestore): one restore takes both ways.
    RestoreWorld w = new RestoreWorld(dir);
    Catalog src = Catalog.open(dir.resolve("src"));
    SegmentName seg = SegmentName.parse("SEG1");
    src.putSegment(new SegmentDefinition(seg, SegmentStatus.ONLINE));
    SplittableRandom random = new SplittableRandom(29);
    for (String spec : new String[] {"OSB.SEG1.LARGE:1024", "OSB.SEG1.SMALL:16"}) {
      String[] p = spec.split(":");
      CatalogEntry e = src.define(CatalogEntry.linear(Dsn.parse(p[0]), seg, 4096,
          Long.parseLong(p[1]), true, RestoreWorld.T0));
      byte[] data = new byte[(int) e.sizeBytes()];
      random.nextBytes(data);
      Files.write(src.dataFile(e.dsn()), data);
    }
    assertThat(src.find(Dsn.parse("OSB.SEG1.LARGE")).orElseThrow().sizeBytes())
        .isEqualTo(DirectIo.RESTORE_DIRECT_BYTES);
    assertThat(w.dss(src, RestoreWorld.DUMP)).isZero();
    Catalog dst = Catalog.open(dir.resolve("dst"));

    assertThat(w.dss(dst, RESTORE_ALL)).isZero();

    assertThat(snapshot(dst)).isEqualTo(snapshot(src));
    assertThat(RestoreWorld.leftovers(dst)).isEmpty();
    assertThat(RestoreWorld.forcingThreads()).as("threads forcing temporary files").isZero();
  }

  @Test
  void theWorkloadInvariantHoldsInACatalogRestoredFromADumpTakenUnderLoad() throws Exception {
    RestoreWorld w = new RestoreWorld(dir);
    Catalog src = w.catalog("src", SegmentStatus.ONLINE, 0, 1, RestoreWorld.SOURCE);
    try (SegmentSystem system = SegmentSystems.connect(src, w.clock)) {
      Workload apps = Workload.over(src, system, List.of(DsnFilter.parse("OSB.**")));
      AtomicBoolean stop = new AtomicBoolean();
      var running = CompletableFuture.supplyAsync(
          () -> apps.run(Duration.ofSeconds(30), 3, 0, 7, stop));
      Thread.sleep(100);
      w.platform.newStep(List.of(RestoreWorld.DUMP));
      int rc = Adrdssu.run(new Adrdssu.Run(w.platform, src, events -> system, w.clock,
          DssOptions.defaults().withRunId("UNDERLOAD"), List.of(), PhaseObserver.NONE, "BWO TEST",
          false));
      stop.set(true);
      assertThat(rc).isZero();
      assertThat(running.get().committed()).isPositive();
    }
    Catalog dst = Catalog.open(dir.resolve("dst"));

    assertThat(w.dss(dst, RESTORE_ALL)).isZero();

    assertThat(dst.list()).hasSize(3);
    assertThat(RestoreWorld.invariantHolds(dst)).isTrue();
  }
}
