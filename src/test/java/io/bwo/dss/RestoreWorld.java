package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.control.Deck;
import io.bwo.control.ParseResult;
import io.bwo.control.RestoreDataSet;
import io.bwo.journal.RunJournal;
import io.bwo.message.BwoException;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.workload.Accounts;
import io.bwo.workload.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Catalogs, dumps and restores for the restore tests. The source world:
 *
 * <pre>
 *   src/            segments ONLINE, every account 1000, then transfers between them
 *     SEG1  OSB.SEG1.PAGE01  32 CIs of 512
 *           OSB.SEG1.PAGE02  16 CIs
 *     SEG2  OSB.SEG2.PAGE01  24 CIs
 * </pre>
 *
 * dumped by {@link #DUMP} to the file of DD TAPE. Steps run through {@link Adrdssu} on a {@link
 * FakePlatform}; {@link #restoreTask} runs one RESTORE task straight, with a probe.
 */
final class RestoreWorld {
  static final int CI_SIZE = 512;
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final Dsn PAGE1 = Dsn.parse("OSB.SEG1.PAGE01");
  static final Dsn PAGE2 = Dsn.parse("OSB.SEG1.PAGE02");
  static final Dsn SEG2PAGE = Dsn.parse("OSB.SEG2.PAGE01");
  static final String[] SOURCE = {"SEG1:OSB.SEG1.PAGE01:32", "SEG1:OSB.SEG1.PAGE02:16",
      "SEG2:OSB.SEG2.PAGE01:24"};
  static final String[] DUMP = {
      " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT"};

  final Path dir;
  final Path dump;
  final FakePlatform platform = new FakePlatform();
  final Clock clock = Clock.systemUTC();
  private int steps;

  RestoreWorld(Path dir) {
    this.dir = dir;
    this.dump = dir.resolve("dump.bwo");
    platform.dumpDd("TAPE", dump);
  }

  /**
   * The catalog {@code name} with data sets {@code SEG:DSN:CIS}, its segments {@code status};
   * the data sets of ONLINE segments get accounts of 1000 and {@code transfers} ms of transfers
   * from {@code seed}, those of OFFLINE segments stay zero.
   */
  Catalog catalog(String name, SegmentStatus status, long transfers, long seed, String... specs) {
    Catalog c = Catalog.open(dir.resolve(name));
    for (String spec : specs) {
      String[] p = spec.split(":");
      SegmentName seg = SegmentName.parse(p[0]);
      c.putSegment(new SegmentDefinition(seg, status));
      c.define(CatalogEntry.linear(Dsn.parse(p[1]), seg, CI_SIZE, Long.parseLong(p[2]), true, T0));
    }
    if (status == SegmentStatus.ONLINE) {
      try (SegmentSystem system = SegmentSystems.connect(c, clock)) {
        Workload w = Workload.over(c, system, List.of());
        w.init();
        w.run(Duration.ofMillis(transfers), 2, 0, seed);
      }
    }
    return c;
  }

  /** The source world, dumped to the TAPE file (RC 0). */
  Catalog dumpedSource() {
    Catalog src = catalog("src", SegmentStatus.ONLINE, 200, 1, SOURCE);
    assertThat(dss(src, DUMP)).isZero();
    return src;
  }

  /** Runs a step of {@code bwo dss} on {@code catalog}; returns its return code. */
  int dss(Catalog catalog, String... sysin) {
    return dss(catalog, DssOptions.defaults(), sysin);
  }

  /** As {@link #dss(Catalog, String...)}, with {@code options}; each step is a run of its own. */
  int dss(Catalog catalog, DssOptions options, String... sysin) {
    platform.newStep(List.of(sysin));
    steps++;
    return Adrdssu.run(new Adrdssu.Run(platform, catalog,
        events -> SegmentSystems.connect(catalog, clock, events), clock,
        options.withRunId("RESTTEST" + steps), List.of(), PhaseObserver.NONE, "BWO TEST", true));
  }

  /** Runs a step of {@code bwo dss} as run {@code runId} journaled in {@code journal}. */
  int dss(Catalog catalog, RunJournal journal, String runId, String... sysin) {
    platform.newStep(List.of(sysin));
    steps++;
    return Adrdssu.run(new Adrdssu.Run(platform, catalog,
        events -> SegmentSystems.connect(catalog, clock, events), clock,
        DssOptions.defaults().withRunId(runId), List.of(), PhaseObserver.NONE, "BWO TEST", true,
        Optional.of(journal)));
  }

  /**
   * Runs the RESTORE of {@code sysin} as one task on {@code system}, without the step around it,
   * with {@code probe}; a BwoException that ends it is printed as the step would. Returns the
   * task's return code.
   */
  int restoreTask(Catalog catalog, SegmentSystem system, RestoreProbe probe, String... sysin) {
    return restoreTask(catalog, system, PhaseObserver.NONE, probe, sysin);
  }

  /** As the task above, telling {@code observer} what it journals. */
  int restoreTask(Catalog catalog, SegmentSystem system, PhaseObserver observer, RestoreProbe probe,
      String... sysin) {
    platform.newStep(List.of(sysin));
    RestoreDataSet cmd = (RestoreDataSet) ((ParseResult.Parsed) Deck.parse(
        platform.readRecords(Adrdssu.SYSIN))).deck().commands().get(0);
    Listing listing = new Listing(platform.openListing(Adrdssu.SYSPRINT), clock, "BWO TEST");
    TaskResult task = new TaskResult(listing, Listing.taskId(1));
    try (WtoQueue wto = new WtoQueue(platform)) {
      TaskContext ctx = new TaskContext(platform, catalog, system, clock, DssOptions.defaults(),
          "RESTTEST", "RESTTEST", List.of(), new DumpProgress(), new OperatorControl(),
          observer, wto, new ChangedFlagResets());
      new RestoreTask(ctx, cmd, task, probe).run();
    } catch (BwoException e) {
      task.print(e.message());
    }
    return task.returnCode();
  }

  /** The message ids of the last step's SYSPRINT, in order. */
  List<String> ids() {
    return platform.sysprint().stream().map(String::strip)
        .filter(l -> l.matches("(ADR|BWO)\\d{3}[A-Z] .*")).map(l -> l.substring(0, 7)).toList();
  }

  /**
   * Each data set's entry and data, by DSN: what "unchanged" compares. Only the world's data
   * sets, {@code OSB.**}: the workload's own sequence data set is not part of what is dumped.
   */
  static Map<Dsn, Snapshot> snapshot(Catalog c) {
    Map<Dsn, Snapshot> m = new LinkedHashMap<>();
    for (CatalogEntry e : world(c)) {
      m.put(e.dsn(), new Snapshot(e, bytes(c.dataFile(e.dsn()))));
    }
    return m;
  }

  /** One data set as it stands: its entry and the SHA-256 of its data. */
  record Snapshot(CatalogEntry entry, String data) {}

  /** The SHA-256 of {@code file}, in hex. */
  static String bytes(Path file) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the workload's accounts of the world's data sets of {@code c} add up. */
  static boolean invariantHolds(Catalog c) {
    List<CatalogEntry> all = world(c);
    return Accounts.sumOfFiles(c, all) == Accounts.expectedSum(all);
  }

  private static List<CatalogEntry> world(Catalog c) {
    return c.select(List.of(DsnFilter.parse("OSB.**")), List.of());
  }

  /** How many threads of a restore that force its temporary files are still alive. */
  static long forcingThreads() {
    Set<String> forcing = Set.of("bwo-restore-force", "bwo-restore-stretch");
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> forcing.contains(t.getName()) && t.isAlive()).count();
  }

  /** Files left in the data directory and the restore journal that are not data sets. */
  static List<String> leftovers(Catalog c) {
    try (Stream<Path> data = Files.list(c.dataDir());
        Stream<Path> journal = Files.exists(c.runtimeDir().resolve("restore"))
            ? Files.list(c.runtimeDir().resolve("restore")) : Stream.empty()) {
      return Stream.concat(data.filter(p -> !p.toString().endsWith(".data")), journal)
          .map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
