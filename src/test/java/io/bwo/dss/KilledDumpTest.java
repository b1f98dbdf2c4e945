package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.dump.DumpVerifier;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.segment.SystemState;
import io.bwo.segment.SystemStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant I4 when a dump dies half-way through its copy: nothing appears under the DD's name
 * (at most a temporary file that verify calls incomplete), the step ends with RC 8 or is gone,
 * the system is not frozen and keeps no copy session, and every acknowledged update is in its
 * data set (I3).
 */
class KilledDumpTest {
  private static final long MIB = 1 << 20;
  private static final String[] WORLD = {
    "SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02", "SEGB:OSB.SEGB.PAGE01", "SEGC:OSB.SEGC.LOG01"};

  @Test
  void aDumpWhoseOutputFailsMidCopyPublishesNothing(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 256, WORLD)) {
      Map<Dsn, byte[]> initial = world.start(11);
      Transfers apps = new Transfers(world.applications(), world.dataSets(), 2, 11, 50);
      world.platform.hook((dd, written, length) -> {
        if (written >= 2 * MIB) {
          throw new IOException("NO SPACE LEFT ON THE TAPE (INJECTED)");
        }
      });
      apps.awaitMore(20);

      int rc = world.dss(DumpWorld.BWO_DECK);

      List<Transfers.Tx> acknowledged = apps.stop();
      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO507E")).singleElement().asString()
          .contains("BWO406E DUMP OUTPUT FAILED");
      assertThat(world.messages("BWO506I")).isEmpty();
      assertNothingPublished(world);
      world.assertThawed();
      Map<Dsn, byte[]> expected = Transfers.apply(initial, Transfers.deltas(acknowledged));
      assertThat(DumpWorld.same(world.contents(), expected))
          .as("every acknowledged update is in its data set").isTrue();
    }
  }

  @Test
  void aDumpStoppedByTheOperatorMidCopyPublishesNothing(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 256, WORLD)) {
      world.start(12);
      world.platform.hook((dd, written, length) -> {
        if (written >= 2 * MIB) {
          world.platform.console().orElseThrow().stop();
        }
      });

      int rc = world.dss(DumpWorld.BWO_DECK);

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO514E")).isNotEmpty();
      assertThat(world.messages("ADR006I")).last().asString().contains("HALTED");
      assertNothingPublished(world);
      world.assertThawed();
    }
  }

  /**
   * A real kill: {@code bwo dss} in a child JVM, dumping a 256 MiB data set, is killed with
   * SIGKILL once its copy is under way. A new segment system on the catalog then starts RUNNING,
   * with no session and no side file, and the data set is as it was.
   */
  @Test
  void aDumpProcessKilledMidCopyPublishesNothing(@TempDir Path dir) throws Exception {
    Catalog catalog = Catalog.open(dir.resolve("catalog"));
    CatalogEntry big = bigDataSet(catalog, 256 * MIB);
    Path dump = dir.resolve("dump.bwo");
    Path temporary = null;
    Process child = dss(dir, catalog, "--copy-threads", "1").start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (size(temporary = temporaryDump(dump)) < 16 * MIB) {
        assertThat(child.isAlive()).as("the dump step runs until its copy is under way").isTrue();
        assertThat(System.nanoTime()).as("the copy started within 2 minutes").isLessThan(deadline);
        Thread.sleep(2);
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    assertThat(dump).as("the dump under the DD's name").doesNotExist();
    assertThat(size(temporary)).isLessThan(big.sizeBytes());
    try (InputStream in = Files.newInputStream(temporary)) {
      assertThat(DumpVerifier.verify(in).ok()).as("verify of the partial dump").isFalse();
    }
    try (SegmentSystem system = SegmentSystems.connect(catalog, Clock.systemUTC(), m -> {})) {
      SystemStatus status = system.status();
      assertThat(status.state()).isEqualTo(SystemState.RUNNING);
      assertThat(status.sessions()).isEmpty();
      try (var files = Files.list(catalog.runtimeDir())) {
        assertThat(files.filter(p -> p.toString().endsWith(".side"))).isEmpty();
      }
      assertThat(system.readCi(big.dsn(), big.cis() - 1)).containsOnly(0);
    }
  }

  /**
   * A termination signal, as a scheduler sends to cancel the job: {@code bwo dss} in a child JVM,
   * held mid-copy, gets SIGTERM and ends in order, as {@code P jobname} ends it: thawed, the dump
   * abandoned with its temporary file, FAILED in the journal with nothing left over, the listing
   * ended with ADR012I.
   */
  @Test
  void aDumpProcessGivenSigtermMidCopyEndsInOrder(@TempDir Path dir) throws Exception {
    Catalog catalog = Catalog.open(dir.resolve("catalog"));
    CatalogEntry big = bigDataSet(catalog, 32 * MIB);
    Path sysprint = dir.resolve("sysprint.txt");
    Path dump = dir.resolve("dump.bwo");
    Path log = dir.resolve("child.log");
    ProcessBuilder pb = dss(dir, catalog, "--run-id", "TERM1");
    pb.environment().put("BWO_TEST_PAUSE_AT", "COPYING");
    pb.environment().put("BWO_TEST_PAUSE_SECONDS", "2");
    Process child = pb.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!Files.exists(log) || !Files.readString(log).contains("BWO522I")) {
        assertThat(child.isAlive()).as("the dump step runs until its copy is under way").isTrue();
        assertThat(System.nanoTime()).as("the copy started within 2 minutes").isLessThan(deadline);
        Thread.sleep(5);
      }
      child.destroy(); // SIGTERM
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).as("ended within its grace").isTrue();
    } finally {
      child.destroyForcibly();
    }

    String listing = Files.readString(sysprint);
    assertThat(listing).contains("BWO528I", "BWO514E", "HIGHEST RETURN CODE IS 0008");
    assertThat(Files.readString(log)).contains("BWO528I TERMINATION SIGNAL");
    assertThat(dump).as("the dump under the DD's name").doesNotExist();
    assertThat(temporaryDump(dump)).as("the temporary dump").doesNotExist();
    var status = io.bwo.journal.RunJournal.open(catalog).status(io.bwo.journal.RunId.parse("TERM1"));
    assertThat(status.exitCode()).as("bwo status: failed").isEqualTo(8);
    assertThat(status.attempts()).singleElement().satisfies(a -> {
      assertThat(a.ending()).contains(io.bwo.journal.RunPhase.FAILED);
      assertThat(a.leftovers()).isEmpty();
    });
    try (SegmentSystem system = SegmentSystems.connect(catalog, Clock.systemUTC(), m -> {})) {
      SystemStatus st = system.status();
      assertThat(st.state()).isEqualTo(SystemState.RUNNING);
      assertThat(st.sessions()).isEmpty();
      try (var files = Files.list(catalog.runtimeDir())) {
        assertThat(files.filter(p -> p.toString().endsWith(".side"))).isEmpty();
      }
      assertThat(system.readCi(big.dsn(), 0)).containsOnly(0);
    }
  }

  /** Defines one ONLINE segment and, in it, a BWO-eligible data set of {@code bytes}. */
  private static CatalogEntry bigDataSet(Catalog catalog, long bytes) {
    SegmentName seg = SegmentName.parse("SEGA");
    catalog.putSegment(new SegmentDefinition(seg, SegmentStatus.ONLINE));
    return catalog.define(CatalogEntry.linear(Dsn.parse("OSB.SEGA.BIG01"), seg,
        DumpWorld.CI_SIZE, bytes / DumpWorld.CI_SIZE, true, DumpWorld.T0));
  }

  /**
   * {@code bwo dss} in a child JVM, dumping the catalog to {@code dump.bwo} in {@code dir}, its
   * listing in {@code sysprint.txt} and its output in {@code child.log}.
   */
  private static ProcessBuilder dss(Path dir, Catalog catalog, String... more)
      throws IOException {
    Path sysin = Files.writeString(dir.resolve("sysin.txt"),
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCC\n");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dbwo.console.dir=" + dir.resolve("console"),
        "-cp", System.getProperty("java.class.path"),
        "io.bwo.cli.Main", "dss", "--catalog", catalog.root().toString(),
        "--dd", "SYSIN=" + sysin, "--dd", "SYSPRINT=" + dir.resolve("sysprint.txt"),
        "--dd", "TAPE=" + dir.resolve("dump.bwo")));
    command.addAll(List.of(more));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile());
  }

  private static void assertNothingPublished(DumpWorld world) {
    assertThat(world.dumpFile).as("the dump under the DD's name").doesNotExist();
    assertThat(FakePlatform.temporary(world.dumpFile)).as("the temporary dump").doesNotExist();
    assertThat(world.sideFiles()).isEmpty();
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  /** The temporary file a dump to {@code dump} is written under (its name is its own), if any. */
  private static Path temporaryDump(Path dump) throws IOException {
    String prefix = dump.getFileName() + ".";
    try (var files = Files.list(dump.getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)
          && f.getFileName().toString().endsWith(".tmp")).findFirst()
          .orElse(dump.resolveSibling(prefix + "none.tmp"));
    }
  }
}
