package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Failover (issue 6 item 6): a run started on node A is killed mid-copy, and the same run id is
 * resumed from another process calling itself node B on the same catalog root. Node B cannot see
 * node A's lock, so it waits until A's heartbeat is older than 30 s (docs/run-journal.md), takes
 * the run over and ends it with a verified dump. Slow: the wait is the rule's 30 s.
 */
@Tag("slow")
class FailoverTest {

  @Test
  void aRunKilledOnNodeAIsTakenOverByNodeBOnceItsHeartbeatIsStale(@TempDir Path dir)
      throws Exception {
    try (CrashWorld world = CrashWorld.create(dir, 6, 64, 0)) {
      world.startServer();
      world.initWorkload();
      world.startWorkload(3600, 500);
      String runId = "FAILOVER-1";
      CompletableFuture<Void> paused = new CompletableFuture<>();
      CrashWorld.DssRun onA = world.startDss(runId, Optional.of("COPYING"), "node-a", paused);
      paused.get(120, TimeUnit.SECONDS);
      onA.process().destroyForcibly();
      assertThat(onA.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(status(world, runId)).as("A's heartbeat is fresh: B sees it running")
          .isEqualTo(4);

      long t0 = System.nanoTime();
      int rc = world.runDss(runId, "node-b");
      long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
      String listing = world.sysprint(runId);
      System.out.println("FAILOVER: node B took over after " + waitedSeconds + " s, RC " + rc);

      assertThat(rc).as(listing).isZero();
      assertThat(listing).contains("BWO606W").contains("WAS ABANDONED");
      assertThat(waitedSeconds).isLessThanOrEqualTo(60);
      assertThat(CrashWorld.verifies(world.tape(runId))).isTrue();
      assertThat(Files.readString(world.root.resolve(".bwo/journal/" + runId + "/owner.json")))
          .contains("node-b");
      assertThat(status(world, runId)).isZero();
      assertThat(world.checkAcks().faults()).isEmpty();
    }
  }

  /** {@code bwo status --run-id ID} in this process, as node B; its exit code. */
  private static int status(CrashWorld world, String runId) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute("status", "--run-id", runId, "--catalog", world.root.toString());
  }
}
