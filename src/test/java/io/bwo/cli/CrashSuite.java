package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.workload.AckCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The crash suite of docs/crash-suite.md: with the segment server and the workload running as
 * processes of their own, kills a BWO dump with SIGKILL at each pause point of the dss, checks
 * I2 to I5 after every kill, re-runs it with the same run id, then kills the segment server
 * itself and checks what its restart recovers. Prints a table of phase x outcome.
 */
final class CrashSuite {
  /** The pause points of io.bwo.dss.PausePoint, in the order the dump reaches them. */
  static final List<String> PHASES = List.of("BEFORE_FREEZE", "FROZEN", "NOTIFIED", "UNFROZEN",
      "COPYING", "BEFORE_PUBLISH", "PUBLISHED");

  private final CrashWorld world;
  private final List<String> table = new ArrayList<>();

  CrashSuite(CrashWorld world) {
    this.world = world;
  }

  /** Kills the dump at every phase {@code repeat} times, then kills the server; prints the table. */
  void run(int repeat) throws Exception {
    world.startServer();
    world.initWorkload();
    world.startWorkload(3600, 2000);
    table.add(String.format("%-14s %3s %8s %-28s %-22s %s", "PHASE", "RUN", "THAW MS",
        "ACK LOG AFTER KILL", "TAPE AFTER KILL", "RE-RUN"));
    for (String phase : PHASES) {
      for (int i = 1; i <= repeat; i++) {
        killAt(phase, i);
      }
    }
    for (int i = 1; i <= repeat; i++) {
      rerunAfterSuccess(i);
    }
    world.killWorkload();
    killServer();
    System.out.println(String.join("\n", table));
  }

  private void killAt(String phase, int i) throws Exception {
    String runId = phase + "-" + i;
    CompletableFuture<Void> paused = new CompletableFuture<>();
    CrashWorld.DssRun run = world.startDss(runId, Optional.of(phase), "node-a", paused);
    paused.get(120, TimeUnit.SECONDS);
    run.process().destroyForcibly();
    assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    long thaw = world.millisUntilThawed();
    assertThat(world.sideFiles()).as(runId + ": side files of the dead dump's sessions").isEmpty();
    AckCheck acks = world.checkAcks();
    assertThat(acks.faults()).as(runId).isEmpty();
    Path tape = world.tape(runId);
    String tapeState;
    if (phase.equals("PUBLISHED")) {
      assertThat(CrashWorld.verifies(tape)).as(runId + ": published dump verifies").isTrue();
      tapeState = "published, verifies";
    } else {
      assertThat(tape).as(runId + ": no partial dump published").doesNotExist();
      tapeState = "absent";
    }

    int rc = world.runDss(runId, "node-a");
    String listing = world.sysprint(runId);
    assertThat(rc).as(listing).isZero();
    assertThat(listing).as(runId).contains("BWO606W");
    assertThat(CrashWorld.verifies(tape)).as(runId + ": re-run's dump verifies").isTrue();
    try (var files = Files.list(tape.toAbsolutePath().getParent())) {
      String name = tape.getFileName().toString();
      assertThat(files.map(f -> f.getFileName().toString())).as(runId + ": no temporary dump")
          .noneMatch(f -> f.startsWith(name + ".") && f.endsWith(".tmp"));
    }
    table.add(String.format("%-14s %3d %8d %-28s %-22s %s", phase, i, thaw,
        "ok " + acks.logged() + "+" + acks.unlogged(), tapeState,
        "RC 0 BWO606W, verifies"));
    Files.delete(tape);
  }

  private void rerunAfterSuccess(int i) throws Exception {
    String runId = "SUCCEEDED-" + i;
    assertThat(world.runDss(runId, "node-a")).as(world.sysprint(runId)).isZero();
    int rc = world.runDss(runId, "node-a");
    assertThat(rc).isZero();
    assertThat(world.sysprint(runId)).contains("BWO604I");
    assertThat(CrashWorld.verifies(world.tape(runId))).isTrue();
    Files.delete(world.tape(runId));
    table.add(String.format("%-14s %3d %8s %-28s %-22s %s", "(SUCCEEDED)", i, "-",
        "ok", "published, verifies", "RC 0 BWO604I, no work"));
  }

  /** SIGKILL to the server while the workload commits, restart, nothing acknowledged lost. */
  private void killServer() throws Exception {
    world.startWorkload(3600, 2000);
    Thread.sleep(1500);
    world.killServer();
    world.killWorkload();
    world.startServer();
    AckCheck acks = world.checkAcks();
    assertThat(acks.faults()).as("after the server's restart").isEmpty();
    int rc = world.runDss("AFTER-SERVER-KILL", "node-a");
    assertThat(rc).as(world.sysprint("AFTER-SERVER-KILL")).isZero();
    table.add(String.format("%-14s %3d %8s %-28s %-22s %s", "SERVER KILLED", 1, "-",
        "ok " + acks.logged() + "+" + acks.unlogged(), "-", "dump RC 0 after restart"));
  }
}
