package io.bwo.dss;

import static io.bwo.dss.RestoreWorld.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentStatus;
import io.bwo.cli.Main;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code bwo dss} RESTORE process killed with SIGKILL at random moments leaves each target
 * absent (the target catalog is new) or fully restored once the next restore has recovered, and
 * no debris. {@link RestoreKillTest} stops a restore at each of its steps inside the JVM; this
 * kills the process, its file lock, open channels and writer threads with it. The dump holds 240
 * data sets, so that kills also land in the commit of them all.
 */
class RestoreSigkillTest {
  private static final String[] NOTHING = {" RESTORE DS(INC(NO.SUCH)) IDD(TAPE)"};
  private static final String RESTORE = " RESTORE DS(INC(**)) IDD(TAPE) REPLACE";
  private static final int KILLS = 8;

  @TempDir Path dir;

  @Test
  void aRestoreProcessKilledAtRandomMomentsLeavesEveryTargetAbsentOrRestored() throws Exception {
    RestoreWorld w = new RestoreWorld(dir);
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      specs.add(String.format("SEG%d:OSB.SEG%d.P%03d:4", i % 4 + 1, i % 4 + 1, i));
    }
    Catalog src = w.catalog("src", SegmentStatus.ONLINE, 0, 1, specs.toArray(String[]::new));
    assertThat(w.dss(src, RestoreWorld.DUMP)).isZero();
    Map<Dsn, RestoreWorld.Snapshot> dumped = snapshot(src);

    long start = System.nanoTime();
    Process whole = restoreProcess(dir.resolve("whole"), "WHOLE");
    assertThat(whole.waitFor(2, TimeUnit.MINUTES)).isTrue();
    long lifetimeMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(whole.exitValue()).as(Files.readString(dir.resolve("WHOLE.sysprint"))).isZero();
    assertThat(snapshot(Catalog.open(dir.resolve("whole")))).isEqualTo(dumped);

    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < KILLS; k++) {
      long after = random.nextLong(lifetimeMillis);
      String at = "killed after " + after + " of " + lifetimeMillis + " ms";
      Path root = dir.resolve("dst" + k);
      Process p = restoreProcess(root, "KILL" + k);
      Thread.sleep(after);
      p.destroyForcibly();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).as(at).isTrue();

      Catalog killed = Catalog.open(root);
      try (SegmentSystem system = SegmentSystems.connect(killed, w.clock)) {
        // The next restore first settles what the killed one left, then restores nothing.
        assertThat(w.restoreTask(killed, system, RestoreProbe.NONE, NOTHING)).as(at)
            .isEqualTo(4);
        Map<Dsn, RestoreWorld.Snapshot> settled = snapshot(killed);
        for (Dsn d : settled.keySet()) {
          assertThat(settled.get(d)).as(at + ": " + d).isEqualTo(dumped.get(d));
        }
        try (var data = Files.list(killed.dataDir())) {
          assertThat(data.count()).as(at + ": data files").isEqualTo(settled.size());
        }
        assertThat(RestoreWorld.leftovers(killed)).as(at).isEmpty();

        assertThat(w.restoreTask(killed, system, RestoreProbe.NONE, RESTORE)).as(at).isZero();
      }
      assertThat(snapshot(killed)).as(at).isEqualTo(dumped);
    }
  }

  /** Starts {@code bwo dss} RESTORE of the world's dump into the catalog at {@code root}. */
  private Process restoreProcess(Path root, String runId) throws IOException {
    Path sysin = dir.resolve(runId + ".sysin");
    Files.writeString(sysin, RESTORE + "\n");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "dss", "--catalog", root.toString(), "--run-id", runId);
    pb.environment().keySet().removeIf(k -> k.startsWith("DD_") || k.startsWith("BWO_"));
    pb.environment().put("DD_SYSIN", sysin.toString());
    pb.environment().put("DD_SYSPRINT", dir.resolve(runId + ".sysprint").toString());
    pb.environment().put("DD_TAPE", dir.resolve("dump.bwo").toString());
    pb.environment().put("BWO_CONSOLE_LOG", dir.resolve("console.log").toString());
    return pb.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("dss.out").toFile()))
        .start();
  }
}
