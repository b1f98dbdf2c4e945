package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.segment.SegmentClient;
import io.bwo.segment.SegmentSystems;
import io.bwo.segment.SystemState;
import io.bwo.workload.AckCheck;
import io.bwo.workload.Workload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The world the crash suite and the failover test kill processes in: a catalog, the segment
 * server as a process of its own, the workload as another with its acknowledgement log, and dss
 * runs as further processes, each started with {@code java -cp <test class path>
 * io.bwo.cli.Main}. Every process it starts it also ends.
 *
 * <pre>
 *   root/                catalog root (SEGA, SEGB ONLINE; CRASH.Snn.DSnnn data sets)
 *   root/.bwo/journal/   the run journal
 *   work/ack.log         the workload's acknowledgement log
 *   work/RUN.sysprint    each dss run's listing; work/dumps/RUN.bwo its dump
 * </pre>
 */
final class CrashWorld implements AutoCloseable {
  static final String SYSIN = " DUMP DATASET(INCLUDE(CRASH.**)) -\n"
      + "      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT\n";
  static final int LEASE_SECONDS = 10;

  final Path root;
  final Path work;
  final Catalog catalog;
  private final List<Process> started = new ArrayList<>();
  private Process server;
  private Process workload;

  private CrashWorld(Path root, Path work, Catalog catalog) {
    this.root = root;
    this.work = work;
    this.catalog = catalog;
  }

  /**
   * A catalog of {@code count} data sets of {@code cis} CIs each over two segments, and one more
   * of {@code bigCis} CIs (CRASH.SEGA.BIG) when that is not 0.
   */
  static CrashWorld create(Path dir, int count, long cis, long bigCis) throws IOException {
    Path root = dir.resolve("root");
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.createDirectories(work.resolve("dumps"));
    Catalog c = Catalog.open(root);
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    for (int i = 0; i < count; i++) {
      String seg = i % 2 == 0 ? "SEGA" : "SEGB";
      c.define(CatalogEntry.linear(Dsn.parse(String.format("CRASH.S%s.DS%03d", seg, i)),
          SegmentName.parse(seg), 4096, cis, true, t));
    }
    if (bigCis > 0) {
      c.define(CatalogEntry.linear(Dsn.parse("CRASH.SEGA.BIG"), SegmentName.parse("SEGA"), 4096,
          bigCis, true, t));
    }
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGA"), SegmentStatus.ONLINE));
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGB"), SegmentStatus.ONLINE));
    return new CrashWorld(root, work, c);
  }

  Path ackLog() {
    return work.resolve("ack.log");
  }

  Path tape(String runId) {
    return work.resolve("dumps").resolve(runId + ".bwo");
  }

  /** Starts {@code bwo segment serve} and waits for BWO220I. */
  void startServer() throws Exception {
    Path log = work.resolve("serve-" + started.size() + ".out");
    server = start(new ProcessBuilder(command("segment", "serve"))
        .redirectErrorStream(true).redirectOutput(log.toFile()), Map.of());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(log).contains("BWO220I")) {
      assertThat(System.nanoTime()).as(Files.readString(log)).isLessThan(deadline);
      assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
      Thread.sleep(20);
    }
  }

  /** SIGKILL to the segment server. */
  void killServer() throws InterruptedException {
    server.destroyForcibly();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs {@code bwo workload init} to completion. */
  void initWorkload() throws Exception {
    Process p = start(new ProcessBuilder(command("workload", "init"))
        .redirectErrorStream(true).redirectOutput(work.resolve("init.out").toFile()), Map.of());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(work.resolve("init.out"))).isZero();
  }

  /** Starts {@code bwo workload run --ack-log} for {@code seconds}, throttled to {@code rate}. */
  void startWorkload(int seconds, int rate) throws IOException {
    workload = start(new ProcessBuilder(command("workload", "run", "--seconds",
        String.valueOf(seconds), "--threads", "3", "--rate", String.valueOf(rate),
        "--ack-log", ackLog().toString()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("workload.out").toFile())),
        Map.of());
  }

  /** SIGKILL to the workload. */
  void killWorkload() throws InterruptedException {
    workload.destroyForcibly();
    assertThat(workload.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  /** A client of the segment server (which must be up). */
  SegmentClient client() {
    return SegmentSystems.server(catalog).orElseThrow(
        () -> new AssertionError("the segment server does not answer"));
  }

  /** Milliseconds until the server reports RUNNING with no copy session, at most the lease. */
  long millisUntilThawed() throws InterruptedException {
    long t0 = System.nanoTime();
    long deadline = t0 + TimeUnit.SECONDS.toNanos(LEASE_SECONDS + 2);
    try (SegmentClient c = client()) {
      while (true) {
        var s = c.status();
        if (s.state() == SystemState.RUNNING && s.sessions().isEmpty()) {
          return (System.nanoTime() - t0) / 1_000_000;
        }
        assertThat(System.nanoTime()).as("thawed within the lease: " + s).isLessThan(deadline);
        Thread.sleep(10);
      }
    }
  }

  /** The side files of concurrent copy sessions in the runtime folder. */
  List<Path> sideFiles() throws IOException {
    try (var files = Files.list(catalog.runtimeDir())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".side")).toList();
    }
  }

  /** The acknowledgement log checked against the data through the server. */
  AckCheck checkAcks() {
    try (SegmentClient c = client()) {
      return Workload.over(catalog, c, List.of()).checkAcks(ackLog());
    }
  }

  /** A dss run: its process, and the lines of its standard error as they come. */
  record DssRun(String runId, Process process, CompletableFuture<List<String>> stderr) {}

  /** Starts {@code bwo dss --run-id ID}, paused at {@code pauseAt} if given, as node {@code node}. */
  DssRun startDss(String runId, Optional<String> pauseAt, String node,
      CompletableFuture<Void> paused) throws IOException {
    Path sysin = work.resolve("dump.sysin");
    Files.writeString(sysin, SYSIN);
    Map<String, String> env = new HashMap<>(Map.of(
        "DD_SYSIN", sysin.toString(),
        "DD_SYSPRINT", work.resolve(runId + ".sysprint").toString(),
        "DD_TAPE", tape(runId).toString(),
        "BWO_NODE", node));
    pauseAt.ifPresent(p -> {
      env.put("BWO_TEST_PAUSE_AT", p);
      env.put("BWO_TEST_PAUSE_SECONDS", "120");
    });
    Process p = start(new ProcessBuilder(command("dss", "--run-id", runId, "--lease",
        String.valueOf(LEASE_SECONDS))).redirectOutput(ProcessBuilder.Redirect.DISCARD), env);
    CompletableFuture<List<String>> err = CompletableFuture.supplyAsync(
        () -> readLines(p.getErrorStream(), paused));
    return new DssRun(runId, p, err);
  }

  /** Runs {@code bwo dss} to its end and returns its exit code. */
  int runDss(String runId, String node) throws Exception {
    DssRun r = startDss(runId, Optional.empty(), node, new CompletableFuture<>());
    assertThat(r.process().waitFor(300, TimeUnit.SECONDS)).as("dss " + runId + " ended").isTrue();
    r.stderr().get(30, TimeUnit.SECONDS);
    return r.process().exitValue();
  }

  String sysprint(String runId) throws IOException {
    Path p = work.resolve(runId + ".sysprint");
    return Files.exists(p) ? Files.readString(p) : "";
  }

  /** Whether the dump at {@code tape} reads back whole. */
  static boolean verifies(Path tape) throws IOException {
    try (InputStream in = Files.newInputStream(tape)) {
      VerifyReport r = DumpVerifier.verify(in);
      return r.ok();
    }
  }

  private static List<String> readLines(InputStream in, CompletableFuture<Void> paused) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
        if (line.startsWith("BWO522I")) {
          paused.complete(null);
        }
      }
    } catch (IOException killed) {
      // The stream ends with its process.
    }
    paused.completeExceptionally(new AssertionError("the dss ended without pausing: " + lines));
    return lines;
  }

  private List<String> command(String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    cmd.add("--catalog");
    cmd.add(root.toString());
    return cmd;
  }

  private Process start(ProcessBuilder pb, Map<String, String> env) throws IOException {
    pb.environment().remove("BWO_TEST_PAUSE_AT");
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  @Override
  public void close() {
    for (Process p : started) {
      p.destroyForcibly();
    }
    for (Process p : started) {
      p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
  }
}
