package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.journal.RunPhase;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.Settings;
import io.bwo.dss.Adrdssu;
import io.bwo.dss.DssOptions;
import io.bwo.dss.PhaseObserver;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.Platform;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.workload.Accounts;
import io.bwo.workload.Workload;
import io.bwo.workload.WorkloadReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bwo demo}: the main job on the embedded default. Builds a scratch catalog from the
 * sample world, runs the segment system embedded with the workload writing, runs the BWO dump
 * from the sample deck, prints the listing, verifies the dump, restores it (RESTORE DATASET, a
 * cold start) into a second scratch catalog and checks the workload's invariant there, then
 * prints one summary line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run a BWO dump on a scratch catalog built from the sample world (no setup).")
final class DemoCommand implements Callable<Integer> {
  private static final Pattern WINDOW =
      Pattern.compile("BWO503I .*FREEZE WINDOW ([0-9.]+) MS");

  private static final String WORLD = "/testdata/world.json";
  private static final String DECK = "/testdata/sysin/bwodump.txt";
  private static final String RESTORE_DECK = "/testdata/sysin/bworest.txt";
  private static final List<DsnFilter> DUMPED = List.of(DsnFilter.parse("OSB.SEG0.**"),
      DsnFilter.parse("OSB.SEG1.**"), DsnFilter.parse("OSB.SEG2.**"));

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Scratch folder (default: a new one under the system's temporary folder).")
  Path dir;

  @Option(names = "--keep",
      description = "Keep the scratch folder the demo made (it is removed when the demo succeeds;"
          + " a folder given by --dir is always kept).")
  boolean keep;

  @Option(names = "--workload-threads", paramLabel = "N", defaultValue = "2",
      description = "Application threads writing during the dump (default ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (dir != null) {
      return run(out, Files.createDirectories(dir));
    }
    // A folder of its own per run, so that two demos side by side never share a catalog; removed
    // once the demo succeeds, so that running it again and again leaves nothing behind (each run
    // writes about 50 MB), and kept when it fails, for the listings that say why.
    Path scratch = Files.createTempDirectory("bwo-demo-");
    int rc = 12;
    try {
      rc = run(out, scratch);
    } finally {
      if (rc == 0 && !keep) {
        PathUtils.deleteDirectory(scratch);
        out.println(Message.of(Msg.BWO955I, scratch.toAbsolutePath()));
      } else {
        out.println(Message.of(Msg.BWO956I, scratch.toAbsolutePath()));
      }
    }
    return rc;
  }

  private int run(PrintWriter out, Path scratch) throws IOException {
    Path source = scratch.resolve("catalog");
    Path target = scratch.resolve("restored");
    Catalog catalog = Catalog.open(source);
    Settings.read(copyResource(WORLD, scratch.resolve("world.json"))).importInto(catalog, false);
    Path sysin = copyResource(DECK, scratch.resolve("sysin.txt"));
    Path sysprint = scratch.resolve("sysprint.txt");
    Path dump = scratch.resolve("dump.bwo");
    Platform.defineDd("SYSIN", sysin.toString());
    Platform.defineDd("SYSPRINT", sysprint.toString());
    Platform.defineDd("TAPE", dump.toString());
    out.println("BWO DEMO IN " + scratch.toAbsolutePath());

    Clock clock = Clock.systemDefaultZone();
    Map<RunPhase, Long> at = new EnumMap<>(RunPhase.class);
    int rc;
    WorkloadReport workload;
    try (SegmentSystem system = SegmentSystems.connect(catalog, clock)) {
      // The applications write exactly the data sets the deck dumps, so that the dumped accounts
      // alone must add up: money moved to a data set outside the dump would look lost.
      Workload w = Workload.over(catalog, system, DUMPED);
      out.println(Message.of(Msg.BWO902I, w.init(), w.dataSets().size()));
      AtomicBoolean stop = new AtomicBoolean();
      CompletableFuture<WorkloadReport> apps = CompletableFuture.supplyAsync(
          () -> w.run(Duration.ofMinutes(10), threads, 0, System.nanoTime(), stop));
      sleep(300);
      rc = Adrdssu.run(new Adrdssu.Run(Platform.jzos(), catalog, events -> system, clock,
          DssOptions.defaults().withRunId("DEMO"), List.of(),
          (phase, detail, acquiring) -> at.putIfAbsent(phase, System.nanoTime()),
          new VersionProvider().getVersion()[0].toUpperCase(), false));
      sleep(300);
      stop.set(true);
      workload = apps.join();
      if (w.sum() != w.expectedSum()) {
        out.println(Message.of(Msg.BWO906E, Accounts.count(w.dataSets()), w.dataSets().size(),
            w.sum(), w.expectedSum()));
        return 8;
      }
    }
    Files.readAllLines(sysprint).forEach(out::println);
    out.println(Message.of(Msg.BWO904I, workload.committed(),
        String.format("%.1f", workload.elapsed().toMillis() / 1000.0),
        String.format("%.0f", workload.perSecond()), String.format("%.3f",
            workload.p50Nanos() / 1e6), String.format("%.3f", workload.p99Nanos() / 1e6),
        workload.refused()));
    if (rc > 4 || !Files.exists(dump)) {
      out.println(Message.of(Msg.BWO951E, "THE DUMP STEP ENDED WITH RETURN CODE " + rc));
      return Math.max(rc, 8);
    }
    VerifyReport report;
    try (InputStream in = Files.newInputStream(dump)) {
      report = DumpVerifier.verify(in);
    }
    if (!report.ok()) {
      out.println(report.fault().orElseThrow().message());
      return 8;
    }
    out.println(Message.of(Msg.BWO952I, dump, report.dataSets().size(), report.dataBytes()));
    Catalog restoredCatalog = Catalog.open(target);
    int restoreRc = restore(restoredCatalog, scratch, clock);
    Files.readAllLines(scratch.resolve("sysprint-restore.txt")).forEach(out::println);
    List<CatalogEntry> restored = restoredCatalog.list();
    if (restoreRc != 0 || restored.size() != report.dataSets().size()) {
      out.println(Message.of(Msg.BWO951E, "THE RESTORE STEP ENDED WITH RETURN CODE " + restoreRc));
      return Math.max(restoreRc, 8);
    }
    long sum = Accounts.sumOfFiles(restoredCatalog, restored);
    boolean held = sum == Accounts.expectedSum(restored);
    // The step's own figure (BWO503I: FREEZE to UNFREEZE); the phases' times also hold the
    // journal's forced writes on either side of the window.
    double windowMs = Files.readAllLines(sysprint).stream()
        .map(WINDOW::matcher).filter(Matcher::find)
        .mapToDouble(m -> Double.parseDouble(m.group(1))).findFirst()
        .orElse((at.get(RunPhase.UNFROZEN) - at.get(RunPhase.FROZEN)) / 1e6);
    double copySeconds = (at.get(RunPhase.COPIED) - at.get(RunPhase.UNFROZEN)) / 1e9;
    out.println(Message.of(held ? Msg.BWO953I : Msg.BWO954E, report.dataSets().size(),
        report.dataBytes(), String.format("%.1f", windowMs),
        String.format("%.1f", report.dataBytes() / 1e6 / Math.max(copySeconds, 1e-6)),
        held ? "HELD" : "BROKEN: SUM " + sum + ", NOT " + Accounts.expectedSum(restored)));
    return held ? rc : 8;
  }

  /**
   * The second step: RESTORE DATASET of the whole dump into {@code into}, an empty catalog, as a
   * cold start (its segments are defined OFFLINE), under its own embedded segment system.
   */
  private static int restore(Catalog into, Path scratch, Clock clock) throws IOException {
    Platform.defineDd("SYSIN", copyResource(RESTORE_DECK, scratch.resolve("sysin-restore.txt"))
        .toString());
    Platform.defineDd("SYSPRINT", scratch.resolve("sysprint-restore.txt").toString());
    return Adrdssu.run(new Adrdssu.Run(Platform.jzos(), into,
        events -> SegmentSystems.connect(into, clock, events), clock,
        DssOptions.defaults().withRunId("DEMO-RESTORE"), List.of(), PhaseObserver.NONE,
        new VersionProvider().getVersion()[0].toUpperCase(), true));
  }

  private static Path copyResource(String resource, Path to) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + resource + " is missing"));
      }
      Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return to;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
