package io.bwo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bwo.catalog.AtomicWrite;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run}: the figures of issue 7, each with its baseline measured in the same run,
 * against the project's targets. Not a test; bench/README.md says how to run it and what the
 * figures mean.
 *
 * <p>Two suites. The count suite dumps worlds of 10, 100 and 1,000 data sets (small, the same
 * total size) several times each while the workload writes, for the freeze window, once the
 * workload has run alone for {@code --warmup} seconds after the first dump since the server's start
 * (whose window is reported apart; {@link #countSuite}). The size suite
 * dumps worlds of a fixed count at growing total sizes: per run, cp and the offline way as
 * baselines, a dump with nothing writing (then verify of it against cat, and a RESTORE of it,
 * {@code bwo dss} in its own process as a user runs it, against cp), a compressed dump, and a dump
 * with the workload writing, whose latency during the copy is compared with a window of the same
 * workload before it (both cut once the memory its paired copy freed is no longer being handed
 * back to the host, {@link #settleMillis}).
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true,
    description = "Benchmarks of bwo against cp, cat, the offline way and the targets.")
final class Bench implements Callable<Integer> {
  @Option(names = "--scratch", paramLabel = "DIR", description = "Scratch folder (default: a new"
      + " one under java.io.tmpdir, emptied but for the results when the run succeeds); worlds and"
      + " dumps are made and deleted there.")
  Path scratch;

  @Option(names = "--runs", defaultValue = "3", description = "Runs per figure (the median is "
      + "reported; default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--quick", description = "Smaller sizes and fewer samples: a few minutes.")
  boolean quick;

  @Option(names = "--out", paramLabel = "FILE", description = "JSON results (default: "
      + "bench-results.json in the scratch folder).")
  Path out;

  @Option(names = "--bwo", paramLabel = "PATH", defaultValue = "bin/bwo",
      description = "The bwo command (default ${DEFAULT-VALUE}).")
  Path bwo;

  @Option(names = "--rate", defaultValue = "200",
      description = "Workload transactions per second (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--note", paramLabel = "TEXT", defaultValue = "",
      description = "What to record about the machine while it ran (for example what else ran).")
  String note;

  @Option(names = "--threads", defaultValue = "4", description = "Workload threads.")
  int threads;

  @Option(names = "--dss-java-opts", paramLabel = "OPTS", defaultValue = "",
      description = "BWO_JAVA_OPTS for the dump process (default: bin/bwo's).")
  String dssJavaOpts;

  @Option(names = "--copy-threads", paramLabel = "N", defaultValue = "0",
      description = "--copy-threads of the dumps (default: bwo dss's own).")
  int copyThreads;

  @Option(names = "--fast-optimize", paramLabel = "N", defaultValue = "4",
      description = "OPTIMIZE of the second loaded dump (default ${DEFAULT-VALUE}; 2 or 3 measure"
          + " the levels between; the JSON keeps its figures under the Optimize4 keys).")
  int fastOptimize;

  @Option(names = "--counts", split = ",", description = "Data set counts of the count suite.")
  List<Integer> counts;

  @Option(names = "--sizes", split = ",", paramLabel = "MIB",
      description = "Total sizes of the size suite, in MiB.")
  List<Long> sizesMiB;

  @Option(names = "--suite", defaultValue = "all", description = "count, size or all.")
  String suite;

  /** Null until given: its default depends on --quick. */
  Integer warmupSeconds;

  @Option(names = "--warmup", paramLabel = "SECONDS", description = "Seconds the count suite's"
      + " workload runs alone, after the first dump since the server's start, before the windows"
      + " it measures (default 10, 3 with --quick).")
  void warmup(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("--warmup must be 0 or more seconds, not " + seconds);
    }
    warmupSeconds = seconds;
  }

  private final PrintStream log = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    boolean ownScratch = scratch == null;
    scratch = ownScratch ? Files.createTempDirectory("bwo-bench-")
        : Files.createDirectories(scratch);
    out = out != null ? out : scratch.resolve("bench-results.json");
    counts = counts != null ? counts : List.of(10, 100, 1000);
    warmupSeconds = warmupSeconds != null ? warmupSeconds : quick ? 3 : 10;
    sizesMiB = sizesMiB != null ? sizesMiB : quick ? List.of(32L, 128L, 512L)
        : List.of(256L, 1024L, 4096L);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode results = json.createObjectNode();
    results.put("started", Instant.now().toString());
    results.set("machine", Machine.describe(json, scratch, note));
    results.put("runs", runs).put("quick", quick).put("rate", rate).put("threads", threads)
        .put("copyThreads", copyThreads).put("fastOptimize", fastOptimize)
        .put("dssJavaOpts", dssJavaOpts).put("warmupSeconds", warmupSeconds);
    log.println("bench: scratch " + scratch + ", " + runs + " runs"
        + (quick ? ", quick" : "") + ", workload " + rate + " tx/s on " + threads + " threads");
    Table table = new Table();
    if (!suite.equals("size")) {
      results.set("counts", countSuite(json, table));
    }
    if (!suite.equals("count")) {
      results.set("sizes", sizeSuite(json, table));
    }
    results.put("ended", Instant.now().toString());
    results.put("loadAverageAtEnd", Machine.loadAverage());
    AtomicWrite.replace(out, json.writeValueAsString(results).getBytes(StandardCharsets.UTF_8));
    log.println();
    table.print(log);
    log.println("results: " + out);
    if (ownScratch) {
      tidy(scratch, out);
    }
    return 0;
  }

  /**
   * Removes what a run that succeeded left in the scratch folder it made (decks, listings, the
   * server's and the console's logs: tens of MB a run), all but the results when they are there;
   * a run that fails keeps it all, for the logs that say why.
   */
  static void tidy(Path scratch, Path results) throws IOException {
    Path kept = results.toAbsolutePath().normalize();
    try (var entries = Files.list(scratch)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (!p.toAbsolutePath().normalize().equals(kept)) {
          PathUtils.delete(p);
        }
      }
    }
    if (!kept.startsWith(scratch.toAbsolutePath().normalize())) {
      Files.delete(scratch);
    }
  }

  /**
   * Freeze windows at each data set count, the workload writing; then, the workload stopped, a
   * RESTORE of each run's last dump against its paired cp: where the count, not the size, is
   * what a restore pays for. The windows are the workload's steady state: the first dump after
   * the server's start, whose window the young JVMs (the server's and this one's, compiling the
   * commits' code) made its run's largest in 13 of round 33's 24 count A/B runs (bench/README.md,
   * thirty-fourth round), is reported on its own, and the workload then runs alone for {@code
   * --warmup} seconds before the windows measured (as the size suite's loaded dump comes after its
   * window without a dump).
   */
  @SuppressWarnings("try") // the server and the load run for the try's duration, unreferenced
  private ArrayNode countSuite(ObjectMapper json, Table table) throws IOException {
    ArrayNode all = json.createArrayNode();
    long total = (quick ? 16L : 64L) << 20;
    int samples = quick ? 5 : 10;
    for (int count : counts) {
      World world = World.create(scratch.resolve("world-n" + count), count, total, count);
      List<Double> p50 = new ArrayList<>();
      List<Double> p99 = new ArrayList<>();
      List<Double> quiesce = new ArrayList<>();
      double firstWindow;
      // The last dump of each run, restored once the workload has stopped.
      List<String> kept = new ArrayList<>();
      try (ServerProcess server = ServerProcess.start(bwo, world.catalog(),
              scratch.resolve("server.log"));
          SegmentSystem client = SegmentSystems.connect(world.catalog(), java.time.Clock.systemUTC());
          SteadyLoad load = new SteadyLoad(client, world.dataSets(), threads, rate, count)) {
        String firstId = "N" + count + "F";
        firstWindow = dump(world, "", firstId).windowMillis();
        Files.delete(dumpFile(firstId));
        log.printf("  %d data sets, the first dump after the server's start: freeze window %.1f"
            + " ms; the workload alone for %d s%n", count, firstWindow, warmupSeconds);
        sleep(warmupSeconds * 1000L);
        for (int r = 0; r < runs; r++) {
          List<Double> windows = new ArrayList<>();
          List<Double> quiesced = new ArrayList<>();
          for (int i = 0; i < samples; i++) {
            String id = "N" + count + "R" + r + "S" + i;
            DumpProcess.Figures d = dump(world, "", id);
            windows.add(d.windowMillis());
            quiesced.add(d.quiesceMillis());
            if (i < samples - 1) {
              Files.delete(dumpFile(id));
            } else {
              kept.add(id);
            }
          }
          p50.add(Stats.percentile(windows, 50));
          p99.add(Stats.percentile(windows, 99));
          quiesce.add(Stats.percentile(quiesced, 50));
          log.printf("  %d data sets, run %d: freeze window p50 %.1f ms, p99 %.1f ms %s%n",
              count, r + 1, p50.get(r), p99.get(r), windows);
        }
      }
      List<Double> restoreRatio = new ArrayList<>();
      List<Double> restoreMillis = new ArrayList<>();
      List<Double> commitMillis = new ArrayList<>();
      for (String id : kept) {
        double cp = pairedCopyMillis(world);
        RestoreProcess.Figures x = RestoreProcess.run(bwo, dumpFile(id), scratch.resolve("restored"),
            dssJavaOpts, scratch, id + "X");
        Files.delete(dumpFile(id));
        restoreRatio.add(cp / x.millis());
        restoreMillis.add(x.millis());
        commitMillis.add(x.writeMillis());
        log.printf("  %d data sets: restore %.0f+%.0f ms, cp %.0f ms%n", count, x.verifyMillis(),
            x.writeMillis(), cp);
      }
      world.delete();
      double windowP50 = Stats.median(p50);
      double windowP99 = Stats.median(p99);
      double restoreMbs = total / 1e3 / Stats.median(restoreMillis);
      double commits = Stats.median(commitMillis);
      double toCp = Stats.median(restoreRatio);
      ObjectNode n = all.addObject().put("dataSets", count).put("totalBytes", total)
          .put("samplesPerRun", samples);
      n.put("freezeP50Millis", windowP50).put("freezeP99Millis", windowP99)
          .put("firstAfterStartMillis", firstWindow)
          .put("quiesceP50Millis", Stats.median(quiesce))
          .put("restoreMBps", restoreMbs)
          .put("restoreCommitMillis", commits)
          .put("restoreToCp", toCp);
      table.row("freeze window p50 / p99, " + count + " data sets (ms)",
          fmt(windowP50) + " / " + fmt(windowP99), "",
          count == 1000 ? "p99 <= 20" : "", count == 1000 ? windowP99 <= 20 : null);
      table.row("freeze window, the first dump after the server's start, " + count
          + " data sets (ms)", fmt(firstWindow), "", "", null);
      table.row("restore MB/s / cp, " + count + " data sets (commits, ms)",
          fmt(restoreMbs) + " (" + fmt(commits) + ")", fmt(toCp) + "x", "", null);
    }
    return all;
  }

  /** Everything else, at each total size with a fixed count. */
  @SuppressWarnings("try") // the server runs for the try's duration, unreferenced
  private ArrayNode sizeSuite(ObjectMapper json, Table table) throws IOException {
    ArrayNode all = json.createArrayNode();
    int count = 16;
    Double firstP99 = null;
    Double firstP50 = null;
    for (long mib : sizesMiB) {
      World world = World.create(scratch.resolve("world-" + mib + "m"), count, mib << 20, mib);
      SizeRuns r = new SizeRuns();
      try (ServerProcess server = ServerProcess.start(bwo, world.catalog(),
              scratch.resolve("server.log"));
          SegmentSystem client = SegmentSystems.connect(world.catalog(), java.time.Clock.systemUTC())) {
        for (int i = 0; i < runs; i++) {
          r.add(oneSizeRun(world, client, "M" + mib + "R" + i));
          log.printf("  %d MiB, run %d: %s%n", mib, i + 1, r.last());
        }
      }
      world.delete();
      double bytes = world.totalBytes();
      ObjectNode n = all.addObject().put("totalBytes", world.totalBytes()).put("dataSets", count);
      double freezeP50 = r.median(x -> x.freezeP50);
      double freezeP99 = r.median(x -> x.freezeP99);
      double cpMbs = bytes / 1e3 / r.median(x -> x.cpMillis);
      double dumpMbs = r.median(x -> x.idle.mbPerSecond());
      double dumpLoadMbs = r.median(x -> x.loaded.mbPerSecond());
      double dumpCompMbs = r.median(x -> x.compressed.mbPerSecond());
      double restoreMbs = bytes / 1e3 / r.median(x -> x.restore.millis());
      // Each ratio is the median of the runs' ratios to their own paired cp (see pairedCopyMillis).
      double dumpRatio = r.median(x -> x.idle.mbPerSecond() * x.cpIdleMillis / (bytes / 1e3));
      double dumpLoadRatio =
          r.median(x -> x.loaded.mbPerSecond() * x.cpLoadedMillis / (bytes / 1e3));
      double dumpCompRatio =
          r.median(x -> x.compressed.mbPerSecond() * x.cpCompressedMillis / (bytes / 1e3));
      double restoreRatio = r.median(x -> x.cpRestoreMillis / x.restore.millis());
      double directMbs = bytes / 1e3 / r.median(x -> x.directMillis);
      double dumpToDirect = r.median(x -> x.idle.mbPerSecond() * x.directMillis / (bytes / 1e3));
      double restoreToDirect = r.median(x -> x.directMillis / x.restore.millis());
      double syncedMbs = bytes / 1e3 / r.median(x -> x.syncedDirectMillis);
      double fastToSynced =
          r.median(x -> x.fast.mbPerSecond() * x.syncedDirectMillis / (bytes / 1e3));
      double syncedToCp = r.median(x -> x.cpLoadedMillis / x.syncedDirectMillis);
      double verifyMbs = r.median(x -> x.idle.bytes() / 1e3 / x.verifyMillis);
      double catMbs = r.median(x -> x.idle.bytes() / 1e3 / x.catMillis);
      double offline = r.median(x -> x.offlineMillis);
      double p99Base = r.median(x -> x.before.p99Millis());
      double p99Copy = r.median(x -> x.during.p99Millis());
      double p99CopyFast = r.median(x -> x.duringFast.p99Millis());
      double txBase = r.median(x -> (double) x.before.committed());
      double txCopy = r.median(x -> (double) x.during.committed());
      double txCopyFast = r.median(x -> (double) x.duringFast.committed());
      double dumpFastMbs = r.median(x -> x.fast.mbPerSecond());
      double dumpFastRatio =
          r.median(x -> x.fast.mbPerSecond() * x.cpLoadedMillis / (bytes / 1e3));
      double p99ReadBack = r.median(x -> x.readBack.p99Millis());
      double rss = r.max(x -> Math.max(Math.max(x.idle.peakRssMiB(), x.restore.peakRssMiB()),
          Math.max(Math.max(x.loaded.peakRssMiB(), x.fast.peakRssMiB()),
              x.compressed.peakRssMiB())));
      double side = r.max(x -> (double) Math.max(x.loaded.peakSideBytes(), x.fast.peakSideBytes()));
      long refused = (long) r.max(x -> (double) x.during.refused() + x.before.refused()
          + x.readBack.refused() + x.duringFast.refused());
      n.put("freezeP50Millis", freezeP50).put("freezeP99Millis", freezeP99)
          .put("quiesceP50Millis", r.median(x -> x.quiesceP50))
          .put("offlineOutageMillis", offline).put("outageRatio", offline / freezeP99)
          .put("cpMBps", cpMbs).put("directWriteMBps", directMbs)
          .put("dumpToDirectWrite", dumpToDirect).put("restoreToDirectWrite", restoreToDirect)
          .put("syncedDirectWriteLoadedMBps", syncedMbs)
          .put("syncedDirectWriteLoadedToCp", syncedToCp)
          .put("dumpWithWorkloadOptimize4ToSyncedDirectWrite", fastToSynced)
          .put("dumpMBps", dumpMbs).put("dumpWithWorkloadMBps", dumpLoadMbs)
          .put("dumpCompressedMBps", dumpCompMbs).put("restoreMBps", restoreMbs)
          .put("dumpToCp", dumpRatio).put("dumpWithWorkloadToCp", dumpLoadRatio)
          .put("dumpCompressedToCp", dumpCompRatio).put("restoreToCp", restoreRatio)
          .put("verifyMBps", verifyMbs).put("catMBps", catMbs)
          .put("workloadNoDumpP50Millis", r.median(x -> x.before.p50Millis()))
          .put("workloadNoDumpP99Millis", p99Base)
          .put("workloadNoDumpTps", r.median(x -> x.before.perSecond()))
          .put("workloadDuringCopyP50Millis", r.median(x -> x.during.p50Millis()))
          .put("workloadDuringCopyP99Millis", p99Copy)
          .put("workloadDuringCopyTps", r.median(x -> x.during.perSecond()))
          .put("workloadDuringReadBackP99Millis", p99ReadBack)
          .put("dumpWithWorkloadOptimize4MBps", dumpFastMbs)
          .put("dumpWithWorkloadOptimize4ToCp", dumpFastRatio)
          .put("workloadDuringOptimize4CopyP99Millis", p99CopyFast)
          .put("workloadNoDumpTransactions", txBase)
          .put("workloadDuringCopyTransactions", txCopy)
          .put("workloadDuringOptimize4CopyTransactions", txCopyFast)
          .put("workloadDuringOptimize4StepP99Millis", r.median(x -> x.fastStep.p99Millis()))
          .put("refused", refused).put("peakRssMiB", rss).put("peakSideFileBytes", side);
      n.set("runs", json.valueToTree(r.runs));
      String at = " @ " + mib + " MiB";
      String fast = "OPTIMIZE(" + fastOptimize + ")";
      table.row("freeze window p50 / p99" + at + " (ms)", fmt(freezeP50) + " / " + fmt(freezeP99),
          "", "", null);
      if (firstP99 == null) {
        firstP99 = freezeP99;
        firstP50 = freezeP50;
      } else if (mib == sizesMiB.get(sizesMiB.size() - 1)) {
        // The p99 of a run is of its few windows (the idle, compressed and loaded dumps'), so
        // mostly their largest; the p50's growth is given beside it.
        double growth = freezeP99 / firstP99;
        double p50Growth = freezeP50 / firstP50;
        n.put("freezeGrowth", growth).put("freezeP50Growth", p50Growth);
        table.row("freeze p99 growth " + sizesMiB.get(0) + " -> " + mib + " MiB (p50's)",
            fmt(growth) + "x (" + fmt(p50Growth) + "x)", "", "<= 1.5x", growth <= 1.5);
      }
      boolean last = mib == sizesMiB.get(sizesMiB.size() - 1);
      table.row("offline-way outage / freeze p99" + at, fmt(offline) + " ms",
          fmt(offline / freezeP99) + "x", last ? ">= 1000x" : "",
          last ? offline / freezeP99 >= 1000 : null);
      table.row("dump MB/s, idle / cp" + at, fmt(dumpMbs) + " / " + fmt(cpMbs),
          fmt(dumpRatio) + "x", ">= 0.8x", dumpRatio >= 0.8);
      table.row("dump, restore / the disk's direct-write limit (MB/s)" + at,
          fmt(directMbs), fmt(dumpToDirect) + "x, " + fmt(restoreToDirect) + "x", "", null);
      table.row("dump MB/s, workload writing / cp" + at, fmt(dumpLoadMbs),
          fmt(dumpLoadRatio) + "x", ">= 0.8x", dumpLoadRatio >= 0.8);
      table.row("dump MB/s, workload writing, " + fast + " / cp" + at, fmt(dumpFastMbs),
          fmt(dumpFastRatio) + "x", ">= 0.8x", dumpFastRatio >= 0.8);
      table.row("synced direct-write limit, workload writing / cp; " + fast + " dump / it (MB/s)"
          + at, fmt(syncedMbs), fmt(syncedToCp) + "x; " + fmt(fastToSynced) + "x", "", null);
      table.row("dump MB/s, COMPRESS / cp" + at, fmt(dumpCompMbs),
          fmt(dumpCompRatio) + "x", "", null);
      table.row("restore MB/s / cp" + at, fmt(restoreMbs), fmt(restoreRatio) + "x",
          ">= 0.8x", restoreRatio >= 0.8);
      table.row("verify MB/s / cat" + at, fmt(verifyMbs) + " / " + fmt(catMbs),
          fmt(verifyMbs / catMbs) + "x", ">= 1000 MB/s", verifyMbs >= 1000);
      table.row("workload p99 during copy / none (ms)" + at,
          p99s(p99Copy, txCopy, p99Base, txBase), fmt(p99Copy / p99Base) + "x", "<= 2x",
          p99Copy / p99Base <= 2);
      table.row("workload p99 during copy, " + fast + " / none (ms)" + at,
          p99s(p99CopyFast, txCopyFast, p99Base, txBase), fmt(p99CopyFast / p99Base) + "x",
          "<= 2x", p99CopyFast / p99Base <= 2);
      table.row("workload p99 after the copy (the step's read-back) / none (ms)" + at,
          fmt(p99ReadBack) + " / " + fmt(p99Base), fmt(p99ReadBack / p99Base) + "x", "", null);
      table.row("workload tx/s during copy / none" + at,
          fmt(r.median(x -> x.during.perSecond())) + " / " + fmt(r.median(x -> x.before.perSecond())),
          "refused " + refused, "0 refused", refused == 0);
      table.row("peak RSS of bwo dss (MiB), side file peak" + at,
          fmt(rss) + ", " + fmt(side / (1 << 20)) + " MiB", "", "<= 256 MiB", rss <= 256);
    }
    return all;
  }

  /** One run of the size suite; see the class comment. */
  private SizeRun oneSizeRun(World world, SegmentSystem client, String id) throws IOException {
    SizeRun r = new SizeRun();
    r.offlineMillis = Baselines.offlineOutageMillis(client, world.segments(), world.dataFiles(),
        scratch.resolve("offline"));
    r.directMillis = Baselines.directWriteMillis(scratch.resolve("direct.tmp"),
        world.totalBytes());
    r.cpIdleMillis = pairedCopyMillis(world);
    r.idle = dump(world, "", id + "I");
    r.verifyMillis = Baselines.verifyMillis(dumpFile(id + "I"));
    r.catMillis = Baselines.readMillis(dumpFile(id + "I"));
    r.cpRestoreMillis = pairedCopyMillis(world);
    r.restore = RestoreProcess.run(bwo, dumpFile(id + "I"), scratch.resolve("restored"),
        dssJavaOpts, scratch, id + "X");
    Files.delete(dumpFile(id + "I"));
    r.cpCompressedMillis = pairedCopyMillis(world);
    r.compressed = dump(world, " COMPRESS", id + "C");
    Files.delete(dumpFile(id + "C"));
    try (SteadyLoad load = new SteadyLoad(client, world.dataSets(), threads, rate, id.hashCode())) {
      sleep(1000);
      r.cpLoadedMillis = pairedCopyMillis(world);
      // Beside the applications' commits, as the loaded dumps write; before the settling wait,
      // which the copy's freed pages need, and the windows (its direct writes free none).
      r.syncedDirectMillis = Baselines.syncedDirectWriteMillis(scratch.resolve("synced.tmp"),
          world.totalBytes());
      sleep(settleMillis(world.totalBytes()));
      long from = System.nanoTime();
      sleep(baselineMillis(world.totalBytes(), r.idle.copyMillis()));
      long to = System.nanoTime();
      r.before = load.window(from, to);
      r.beforeSlowest = load.slowest(from, to, SLOWEST);
      r.loaded = dump(world, "", id + "L");
      r.during = load.window(r.loaded.copyFrom(), r.loaded.copyTo());
      r.readBack = load.window(r.loaded.copyTo(), r.loaded.endedAt());
      r.duringSlowest = load.slowest(r.loaded.copyFrom(), r.loaded.copyTo(), SLOWEST);
      // The first loaded dump is kept until now: deleting it would free the page cache its
      // read-back filled, and the host's taking that memory back would stall this copy's disk.
      r.fast = dump(world, " OPTIMIZE(" + fastOptimize + ")", id + "F");
      r.duringFast = load.window(r.fast.copyFrom(), r.fast.copyTo());
      r.duringFastSlowest = load.slowest(r.fast.copyFrom(), r.fast.copyTo(), SLOWEST);
      r.fastStep = load.window(r.fast.endedAt() - (long) (r.fast.wallMillis() * 1e6),
          r.fast.endedAt());
    }
    Files.delete(dumpFile(id + "F"));
    r.cpMillis = Stats.median(List.of(r.cpIdleMillis, r.cpRestoreMillis, r.cpCompressedMillis,
        r.cpLoadedMillis));
    Files.delete(dumpFile(id + "L"));
    List<Double> windows = List.of(r.idle.windowMillis(), r.compressed.windowMillis(),
        r.loaded.windowMillis());
    r.freezeP50 = Stats.percentile(windows, 50);
    r.freezeP99 = Stats.percentile(windows, 99);
    r.quiesceP50 = Stats.percentile(List.of(r.idle.quiesceMillis(),
        r.compressed.quiesceMillis(), r.loaded.quiesceMillis()), 50);
    return r;
  }

  /**
   * The cp baseline of the step that follows it, measured in the memory state that step meets.
   * On the development VM a process that fills pages the kernel has not handed out for a second
   * or two writes 3 to 8 times slower than one that reuses pages just freed (bench/README.md,
   * "Memory temperature"), and which one a step meets depends on what ran before it. So a copy
   * of the same files is made and deleted first (untimed), then the timed copy, deleted just
   * before the step: the baseline and the step both reuse the pages the previous copy freed.
   */
  private double pairedCopyMillis(World world) throws IOException {
    Baselines.copyMillis(world.dataFiles(), scratch.resolve("cp"));
    return Baselines.copyMillis(world.dataFiles(), scratch.resolve("cp"));
  }

  /** How many of a window's slowest transactions the JSON keeps: its p99 and what is above it. */
  static final int SLOWEST = 12;

  /** CopyShare.MIB_PER_SECOND[1], which the bench (another package) cannot see. */
  static final long OPTIMIZE_1_MIB_PER_SECOND = 128;

  /**
   * How long the no-dump window lasts: at least as long as the loaded copy is expected to, so
   * that both p99s come from as many transactions. The default deck's OPTIMIZE(1) copies at
   * most {@value #OPTIMIZE_1_MIB_PER_SECOND} MiB/s while the workload commits (CopyShare);
   * rounds 1 to 9 cut a window of the idle copy's length, 3-6 s against a loaded copy of up to
   * 31 s.
   */
  static long baselineMillis(long totalBytes, double idleCopyMillis) {
    long atTheLimit = totalBytes * 1000 / (OPTIMIZE_1_MIB_PER_SECOND << 20);
    return Math.max(3000, Math.max(atTheLimit, (long) idleCopyMillis));
  }

  /**
   * How long the workload runs after the loaded step's paired copy before its windows are cut.
   * The copy frees as much page cache as the world's size when it is deleted, and a VM that
   * hands free memory back to its host (free page reporting, every 2 s) stalls every disk flush
   * of the guest for 20-130 ms each time it reports a part of it: a probe's 200-byte fdatasync
   * took 0.3 ms, and 28-55 ms at 1.8, 4.0, 6.0, 8.1 and 10.2 s after 4 GiB was freed, then 0.3 ms
   * again (bench/README.md, eighth round). Both windows come after this pause, so neither has
   * the copy's memory in it: the copy is no part of the dump.
   */
  static long settleMillis(long freedBytes) {
    return Math.max(3000, 3000 * ((freedBytes + (1L << 30) - 1) >> 30));
  }

  private DumpProcess.Figures dump(World world, String keywords, String id) throws IOException {
    DumpProcess.Figures d = DumpProcess.run(bwo, world.catalog(), dumpFile(id), keywords,
        dssJavaOpts, copyThreads > 0 ? List.of("--copy-threads", Integer.toString(copyThreads))
            : List.of(), scratch, id);
    if (d.rc() > 0) {
      throw new IOException("bwo dss ended with " + d.rc() + "; see " + d.listing());
    }
    Files.deleteIfExists(d.listing());
    return d;
  }

  private Path dumpFile(String id) {
    return scratch.resolve(id + ".bwo");
  }

  /**
   * Two p99s and how many transactions each is of: a copy of 0.3 s holds some 60, whose p99 is
   * their slowest, where the window without a dump holds some 600.
   */
  static String p99s(double during, double txDuring, double without, double txWithout) {
    return fmt(during) + " / " + fmt(without) + " (" + Math.round(txDuring) + " / "
        + Math.round(txWithout) + " tx)";
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "-" : v >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What one run of the size suite measured (serialised into the JSON as it is). */
  static final class SizeRun {
    /** The median of the four paired baselines below (the outage's own copy is not one). */
    public double cpMillis;
    /** The disk's limit for the way bwo writes (Baselines.directWriteMillis). */
    public double directMillis;
    /**
     * The same with every write persisted as it is made, the workload committing beside it: the
     * limit of a loaded dump that keeps their commits quick (Baselines.syncedDirectWriteMillis).
     */
    public double syncedDirectMillis;
    public double cpIdleMillis;
    public double cpRestoreMillis;
    public double cpCompressedMillis;
    public double cpLoadedMillis;
    public double offlineMillis;
    public double verifyMillis;
    public double catMillis;
    public double freezeP50;
    public double freezeP99;
    public double quiesceP50;
    public DumpProcess.Figures idle;
    public DumpProcess.Figures compressed;
    /** With the workload writing, the deck's default OPTIMIZE(1): the copy yields to commits. */
    public DumpProcess.Figures loaded;
    /** With the workload writing, OPTIMIZE(4) (or --fast-optimize's): the copy at full speed. */
    public DumpProcess.Figures fast;
    public RestoreProcess.Figures restore;
    public SteadyLoad.Figures before;
    public SteadyLoad.Figures during;
    public SteadyLoad.Figures duringFast;
    /** The workload while the step read its dump back (BWO518I), after the copy. */
    public SteadyLoad.Figures readBack;
    /**
     * The slowest transactions of the no-dump window and of the default deck's loaded copy, each
     * {ms from the window's start, latency ms}; the loaded copy lasted loaded.copyTo - copyFrom.
     */
    public List<double[]> beforeSlowest;
    public List<double[]> duringSlowest;
    /** As duringSlowest, for the OPTIMIZE(4) (or --fast-optimize's) copy. */
    public List<double[]> duringFastSlowest;
    /**
     * The workload during the whole OPTIMIZE(4) (or --fast-optimize's) step, from its process's
     * start to its end: the quiesce and the freeze, the copy, the read-back; what a cost moved
     * out of the copy window would show in.
     */
    public SteadyLoad.Figures fastStep;

    @Override
    public String toString() {
      return String.format("direct %.0f ms, synced %.0f ms, cp %.0f/%.0f/%.0f/%.0f ms, offline %.0f ms, freeze %.1f/%.1f/%.1f ms,"
          + " dump %.0f MB/s, compressed %.0f MB/s, loaded %.0f MB/s, restore %.0f+%.0f ms, p99 %.2f -> %.2f ms,"
          + " fast loaded %.0f MB/s, p99 %.2f ms, rss %.0f MiB", directMillis,
          syncedDirectMillis, cpIdleMillis, cpRestoreMillis, cpCompressedMillis, cpLoadedMillis,
          offlineMillis, idle.windowMillis(),
          compressed.windowMillis(), loaded.windowMillis(), idle.mbPerSecond(),
          compressed.mbPerSecond(), loaded.mbPerSecond(), restore.verifyMillis(),
          restore.writeMillis(), before.p99Millis(), during.p99Millis(), fast.mbPerSecond(),
          duringFast.p99Millis(), loaded.peakRssMiB());
    }
  }

  /** The runs at one size. */
  static final class SizeRuns {
    final List<SizeRun> runs = new ArrayList<>();

    void add(SizeRun r) {
      runs.add(r);
    }

    SizeRun last() {
      return runs.get(runs.size() - 1);
    }

    double median(Function<SizeRun, Double> f) {
      return Stats.median(runs.stream().map(f).toList());
    }

    double max(Function<SizeRun, Double> f) {
      return runs.stream().map(f).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }
}
