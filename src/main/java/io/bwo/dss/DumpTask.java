package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.control.Concurrent;
import io.bwo.control.DumpDataSet;
import io.bwo.copy.CopySession;
import io.bwo.dump.Compression;
import io.bwo.dump.DumpHeader;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.DumpWriter;
import io.bwo.dump.VerifyReport;
import io.bwo.journal.Leftover;
import io.bwo.journal.PublishedDump;
import io.bwo.journal.RunPhase;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One {@code DUMP DATASET} command: the BWO procedure of design.md. Selects the data sets, checks
 * that their segments are ONLINE, opens the freeze window (FREEZE, sessions, ADR734I, UNFREEZE),
 * then copies while the applications run again, publishes the dump, and lists what was
 * processed.
 */
final class DumpTask {
  private static final Set<Concurrent> CONCURRENT_KINDS = EnumSet.of(Concurrent.PREFERRED,
      Concurrent.REQUIRED, Concurrent.CACHE_PREFERRED, Concurrent.CACHE_REQUIRED,
      Concurrent.VIRTUAL_PREFERRED, Concurrent.VIRTUAL_REQUIRED);
  private static final Set<Concurrent> REQUIRED_KINDS =
      EnumSet.of(Concurrent.REQUIRED, Concurrent.CACHE_REQUIRED, Concurrent.VIRTUAL_REQUIRED);
  private static final DateTimeFormatter RECOVERY_STAMP =
      DateTimeFormatter.ofPattern("yyyy.DDD HH:mm:ss.S").withZone(ZoneId.systemDefault());
  /** The volume field of ADR messages: the simulated catalog has no volumes. */
  static final String VOLUME = "BWOVOL";

  private final TaskContext ctx;
  private final DumpDataSet cmd;
  private final TaskResult task;

  DumpTask(TaskContext ctx, DumpDataSet cmd, TaskResult task) {
    this.ctx = ctx;
    this.cmd = cmd;
    this.task = task;
  }

  void run() {
    if (cmd.filterDd().isPresent()) {
      // Adrdssu puts its FILTERDD's criteria in its place before the task runs (FilterDd).
      throw new IllegalStateException("FILTERDD(" + cmd.filterDd().get() + ") not resolved");
    }
    for (DumpDataSet.ByCriterion by : cmd.byCriteria()) {
      if (!ByFilter.supported(by)) {
        task.print(Message.of(Msg.BWO515E, "BY(" + by.characteristic() + "," + by.operator()
            + "," + String.join(" ", by.arguments()) + ")",
            "BWO SELECTS BY DSCHA, DSORG, CATLG AND MULTI"));
        return;
      }
    }
    if (cmd.delete()) {
      task.print(Message.of(Msg.BWO515E, "DELETE",
          "A BWO DUMP NEVER DELETES THE DATA SETS OF A RUNNING SEGMENT SYSTEM"));
      return;
    }
    List<CatalogEntry> selected = select();
    if (selected.isEmpty()) {
      task.print(Message.of(Msg.ADR415W));
      return;
    }
    if (!segmentsOnline(selected)) {
      return;
    }
    CommitLook commits = new CommitLook(ctx.system());
    List<CatalogEntry> toDump = serializable(selected);
    if (ctx.options().noRun()) {
      toDump.forEach(e -> task.print(Message.of(Msg.BWO505I, e.dsn())));
      return;
    }
    if (toDump.isEmpty()) {
      task.print(Message.of(Msg.ADR415W));
      task.listOutcome();
      return;
    }
    dump(toDump, commits);
    task.listOutcome();
  }

  private List<CatalogEntry> select() {
    NameFilters names = NameFilters.of(cmd.include(), cmd.exclude());
    names.list(task);
    return names.select(ctx.catalog()).stream()
        .filter(e -> cmd.byCriteria().stream().allMatch(by -> ByFilter.holds(by, e)))
        .toList();
  }

  /** How the journal's phase lines count data sets: "1 DATA SET", "16 DATA SETS". */
  static String dataSets(int n) {
    return n == 1 ? "1 DATA SET" : n + " DATA SETS";
  }

  /** Step 3: every owning segment ONLINE, or BWO501E for each that is not and nothing done. */
  private boolean segmentsOnline(List<CatalogEntry> selected) {
    Map<SegmentName, SegmentStatus> status = ctx.system().status().segments().stream()
        .collect(Collectors.toMap(SegmentDefinition::name, SegmentDefinition::status));
    boolean ok = true;
    for (CatalogEntry e : selected) {
      if (status.getOrDefault(e.segment(), SegmentStatus.OFFLINE) != SegmentStatus.ONLINE) {
        task.print(Message.of(Msg.BWO501E, e.segment(), e.dsn()));
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The data sets that may be dumped: a data set open for update (its segment is ONLINE) that is
   * not BWO-eligible fails serialization (ADR412E) unless TOLERATE(ENQFAILURE) lets it through
   * with a warning. SHARE does not help: it lets others read, and these are open for update.
   */
  private List<CatalogEntry> serializable(List<CatalogEntry> selected) {
    List<CatalogEntry> ok = new ArrayList<>();
    for (CatalogEntry e : selected) {
      if (e.bwoEligible()) {
        ok.add(e);
      } else if (cmd.tolerateEnqFailure()) {
        task.print(Message.of(Msg.BWO504W, e.dsn()));
        ok.add(e);
      } else {
        task.print(Message.of(Msg.ADR412E, e.dsn(), catalogName(), VOLUME));
        task.notProcessed(e.dsn(), "FAILED SERIALIZATION");
      }
    }
    return ok;
  }

  private void dump(List<CatalogEntry> toDump, CommitLook commits) {
    long toCopy = toDump.stream().mapToLong(CatalogEntry::sizeBytes).sum();
    ctx.progress().toNotify(toDump.size(), toCopy);
    DumpHeader header = DumpHeader.of(ctx.clock().instant(), ctx.runId(), sourceSystem(),
        cmd.compress() ? compressionForThisPlatform() : Compression.NONE);
    List<Leftover> temporaries = cmd.outDdNames().stream()
        .map(dd -> (Leftover) new Leftover.TemporaryDump(dd)).toList();
    FreezeWindow window = new FreezeWindow(ctx, task);
    CopyShare share = new CopyShare(cmd.optimize(), ctx.system()::logForces);
    CopyPhase copy = new CopyPhase(ctx, toDump.size(), share);
    FreezeWindow.Established established = null;
    // The sessions this task ends if the dump fails: the copy phase ends those it is given.
    List<CopySession> unended = List.of();
    FreezeLease pointInTime;
    List<CopyPhase.Job> jobs = new ArrayList<>();
    long copyStart = System.nanoTime();
    ctx.observer().acquiring(temporaries);
    List<Leftover> files = new ArrayList<>();
    // By file too, each recorded before the platform makes it: a re-run whose DDs point elsewhere
    // (a new generation) still finds what this attempt left, and `bwo status` names every file
    // a kill can leave (recorded after the opening, a kill between the two left a file only its
    // DD named: soak round 41).
    Consumer<String> named = name -> {
      Leftover file = new Leftover.TemporaryDump(name);
      ctx.observer().acquiring(List.of(file));
      files.add(file);
    };
    Optional<DumpOutputs.ReadBack> readBack = Optional.empty();
    // Whether the applications commit decides how a small dump is written, at every OPTIMIZE.
    try (DumpOutputs out =
        new DumpOutputs(ctx.platform(), cmd.outDdNames(), toCopy, commits, named)) {
      // Those a platform could name only once made.
      List<Leftover> late = out.temporaryNames().stream()
          .map(name -> (Leftover) new Leftover.TemporaryDump(name))
          .filter(l -> !files.contains(l)).toList();
      if (!late.isEmpty()) {
        files.addAll(late);
        ctx.observer().acquiring(late);
      }
      out.paceBy(ctx.system()::logForces);
      out.writeInBlocksOf(share.blockBytes());
      out.persistInBlocksOf(share.persistedBlockBytes());
      if (share.limitMiBPerSecond() == 0) {
        // A copy with no limit to keep to goes at the disk's speed only if its writers hand the
        // disk each block at once, not after the applications have had the processors.
        out.writeAtCallersPriority();
      }
      DumpWriter writer = DumpWriter.start(out.stream(), header);
      writer.prepare(toDump);
      try {
        if (CONCURRENT_KINDS.contains(cmd.concurrent())) {
          established = window.open(toDump, REQUIRED_KINDS.contains(cmd.concurrent()));
          unended = established.copySessions();
          pointInTime = established.lease();
          jobs.addAll(established.sessions());
          for (CatalogEntry e : established.unserialized()) {
            task.print(Message.of(Msg.BWO512W, e.dsn(),
                RECOVERY_STAMP.format(ctx.clock().instant())));
            jobs.add(new CopyPhase.Job(e, null));
          }
          ctx.progress().phase(RunPhase.COPIED);
          copyStart = System.nanoTime();
          unended = List.of();
          copy.copy(writer, jobs);
        } else {
          copyStart = System.nanoTime();
          pointInTime = copyWhileFrozen(copy, writer, toDump, jobs);
        }
        ctx.observer().phase(RunPhase.COPIED, dataSets(jobs.size()));
        writer.finish();
      } finally {
        writer.close();
      }
      readBack = out.readBack();
      ctx.observer().published(new PublishedDump(out.names(), writer.bytesWritten(),
          writer.digest(), out.publishedNames()));
      PausePoint.BEFORE_PUBLISH.reached();
      out.publish();
      ctx.observer().released(Stream.concat(temporaries.stream(), files.stream()).toList());
      PausePoint.PUBLISHED.reached();
      ctx.progress().phase(RunPhase.PUBLISHED);
      long nanos = System.nanoTime() - copyStart;
      long bytes = jobs.stream().mapToLong(j -> j.entry().sizeBytes()).sum();
      task.print(Message.of(Msg.BWO506I, jobs.size(), bytes, out.names(),
          nanos / 1_000_000, String.format("%.1f", bytes / 1e6 / Math.max(nanos / 1e9, 1e-9))));
      if (share.waitedMillis() > 0) {
        task.print(Message.of(Msg.BWO525I, share.waitedMillis(), share.optimize(),
            share.limitMiBPerSecond()));
      }
    } catch (BwoException e) {
      // The outputs were abandoned as the try closed them: what is gone is no leftover.
      releaseAbandoned(temporaries, files);
      window.endAll(unended);
      task.print(Message.of(Msg.BWO507E, e.message().toString(), String.join(",",
          cmd.outDdNames())));
      toDump.forEach(d -> task.notProcessed(d.dsn(), "THE DUMP WAS NOT PUBLISHED"));
      return;
    }
    if (verifyPublished(readBack)) {
      jobs.stream().map(j -> j.entry().dsn()).filter(d -> !task.isNotProcessed(d))
          .forEach(task::processed);
      if (cmd.reset()) {
        ctx.resets().add(task.taskId(), pointInTime, serialized(jobs, established == null));
      }
    } else {
      toDump.forEach(d -> task.notProcessed(d.dsn(), "THE DUMP FAILED VERIFICATION"));
    }
  }

  /**
   * Reads the published dump back from {@code readBack}'s DD, end to end, as {@code bwo verify}
   * does: a dump the step calls good has been read and found sound. One written past the page
   * cache is read from the disk, as the platform reads such a dump. A dump whose every DD
   * keeps nothing (DUMMY, as DFSMSdss is run to list what a filter selects; a pipe) was written
   * whole, and nothing is there to read.
   */
  private boolean verifyPublished(Optional<DumpOutputs.ReadBack> readBack) {
    if (readBack.isEmpty()) {
      task.print(Message.of(Msg.BWO537I, String.join(",", cmd.outDdNames())));
      return true;
    }
    String dd = readBack.get().dd();
    VerifyReport report;
    try (InputStream in = ctx.platform().openDumpInput(dd, readBack.get().fromDisk())) {
      report = DumpVerifier.verify(in);
    } catch (IOException | BwoException e) {
      task.print(Message.of(Msg.BWO521E, dd, e.getMessage()));
      return false;
    }
    if (!report.ok()) {
      task.print(Message.of(Msg.BWO521E, dd, report.fault().orElseThrow().message()));
      return false;
    }
    ctx.observer().phase(RunPhase.VERIFIED, dd);
    task.print(Message.of(Msg.BWO518I, dd, report.dataSets().size(), report.dumpBytes()));
    return true;
  }

  /**
   * The data sets RESET may reset, as DFSMSdss resets only those it serialized: dumped at the
   * point in time (a concurrent copy session, or frozen for the whole copy), BWO-eligible (not let
   * through by TOLERATE(ENQFAILURE)) and processed.
   */
  private List<Dsn> serialized(List<CopyPhase.Job> jobs, boolean frozenThroughout) {
    return jobs.stream()
        .filter(j -> j.entry().bwoEligible() && (frozenThroughout || j.session() != null))
        .map(j -> j.entry().dsn())
        .filter(d -> !task.isNotProcessed(d))
        .toList();
  }

  /** Copies every data set while the system stays frozen; returns the freeze's lease. */
  private FreezeLease copyWhileFrozen(CopyPhase copy, DumpWriter writer, List<CatalogEntry> toDump,
      List<CopyPhase.Job> jobs) {
    long t0 = System.nanoTime();
    ctx.observer().phase(RunPhase.FROZEN, ctx.holder(), List.of(new Leftover.Freeze(ctx.holder())));
    var lease = ctx.system().freeze(ctx.holder(), ctx.options().lease());
    ctx.operator().frozen(ctx.system(), lease);
    LeaseRenewal renewal = new LeaseRenewal(
        ctx.system(), lease, ctx.options().lease(), writer::bytesWritten);
    try {
      toDump.forEach(e -> jobs.add(new CopyPhase.Job(e, null)));
      copy.copy(writer, jobs);
      return lease;
    } finally {
      renewal.close();
      ctx.observer().phase(RunPhase.UNFROZEN, ctx.holder());
      ctx.operator().unfreeze();
      ctx.observer().released(List.of(new Leftover.Freeze(ctx.holder())));
      task.print(Message.of(Msg.BWO510W, withoutConcurrentCopy(),
          (System.nanoTime() - t0) / 1_000_000));
    }
  }

  /**
   * Records the temporary dumps of an abandoned dump as released where their files are gone: a
   * file abandon could not remove stays a leftover, and with it the DD names it was journaled by.
   */
  private void releaseAbandoned(List<Leftover> byDd, List<Leftover> byFile) {
    List<Leftover> gone = byFile.stream()
        .filter(f -> f instanceof Leftover.TemporaryDump t && !Files.exists(Path.of(t.name())))
        .toList();
    ctx.observer().released(gone.size() == byFile.size()
        ? Stream.concat(byDd.stream(), gone.stream()).toList() : gone);
  }

  /** Why the dump ran without concurrent copy: the keyword was not coded, or it said so. */
  private String withoutConcurrentCopy() {
    return switch (cmd.concurrent()) {
      case STANDARD -> "CONCURRENT(STANDARD) WAS SPECIFIED";
      case NONE_KEYWORD -> "CONCURRENT(NONE) WAS SPECIFIED";
      default -> "CONCURRENT WAS NOT SPECIFIED";
    };
  }

  private String catalogName() {
    return ctx.catalog().root().toAbsolutePath().getFileName().toString().toUpperCase();
  }

  private String sourceSystem() {
    String s = System.getenv().getOrDefault("BWO_SYSNAME", "BWO:" + ctx.platform().job().jobName());
    return s.length() > 64 ? s.substring(0, 64) : s;
  }

  /** LZ4 where aircompressor runs (little-endian); DEFLATE elsewhere, z/OS among them. */
  static Compression compressionForThisPlatform() {
    return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? Compression.LZ4
        : Compression.DEFLATE;
  }
}
