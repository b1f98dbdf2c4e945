package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.control.RestoreDataSet;
import io.bwo.dump.DumpEvent;
import io.bwo.dump.DumpReader;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.journal.Leftover;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.SegmentSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One {@code RESTORE DATASET} command, a cold start: the dump on the INDDNAME is read once and
 * verified end to end before any target is touched; the data sets it selects (by their names in
 * the dump) are restored under their names or the names RENAMEUNCONDITIONAL gives (RENAME: only
 * to a data set whose old name exists), with the catalog entries the dump carries, each only if
 * its segment is not ONLINE and, when it exists, REPLACE or REPLACEUNCONDITIONAL allows it. Each
 * is written to a temporary file as the dump is read, checked, and, once the whole dump is, put
 * in place with its entry by the {@link RestoreJournal}, so a restore killed at any moment leaves
 * every target as it was or fully restored. Segments are left as they are; a new one is defined
 * OFFLINE, until an operator brings it ONLINE.
 */
final class RestoreTask {
  private final TaskContext ctx;
  private final RestoreDataSet cmd;
  private final TaskResult task;
  /** The command's INCLUDE and EXCLUDE. */
  private final NameFilters names;
  private final RestoreProbe probe;

  /** A data set of the dump to restore: its ordinal there and the entry it is restored with. */
  private record Target(int ordinal, CatalogEntry dumped, CatalogEntry restored) {}

  RestoreTask(TaskContext ctx, RestoreDataSet cmd, TaskResult task) {
    this(ctx, cmd, task, RestoreProbe.NONE);
  }

  RestoreTask(TaskContext ctx, RestoreDataSet cmd, TaskResult task, RestoreProbe probe) {
    this.ctx = ctx;
    this.cmd = cmd;
    this.task = task;
    this.probe = probe;
    this.names = NameFilters.of(cmd.include(), cmd.exclude());
  }

  void run() {
    if (cmd.filterDd().isPresent()) {
      // Adrdssu puts its FILTERDD's criteria in its place before the task runs (FilterDd).
      throw new IllegalStateException("FILTERDD(" + cmd.filterDd().get() + ") not resolved");
    }
    names.list(task);
    try (RestoreJournal journal = RestoreJournal.open(ctx.catalog())) {
      Set<SegmentName> online = onlineSegments();
      RestoreJournal.Recovery recovery = journal.recover(online::contains);
      if (recovery.any()) {
        task.print(Message.of(Msg.BWO817I, ctx.catalog().root(), recovery.completed(),
            recovery.removed()));
      }
      if (ctx.options().noRun()) {
        listPlan(online);
        return;
      }
      // Journaled before the first temporary file, released once none is left: a run killed in
      // between is cleaned up by its re-run, whether or not that re-run reaches a RESTORE.
      Leftover staging = new Leftover.RestoreStaging(
          ctx.catalog().root().toAbsolutePath().toString());
      ctx.observer().acquiring(List.of(staging));
      try {
        restore(online, journal);
      } finally {
        releaseIfSettled(journal, staging);
      }
    }
  }

  /** Records {@code staging} released if nothing of it is left (a failure to tell keeps it). */
  private void releaseIfSettled(RestoreJournal journal, Leftover staging) {
    boolean settled;
    try {
      settled = journal.settled();
    } catch (BwoException unreadable) {
      settled = false;
    }
    if (settled) {
      ctx.observer().released(List.of(staging));
    }
  }

  /** TYPRUN=NORUN: checks the whole dump and lists what would be restored; writes nothing. */
  private void listPlan(Set<SegmentName> online) {
    VerifyReport report = verify();
    if (report.fault().isPresent()) {
      task.print(report.fault().get().message());
      task.print(Message.of(Msg.BWO813E, cmd.inDdName()));
      return;
    }
    if (report.bytesOfOtherDumps() > 0) {
      task.print(Message.of(Msg.BWO826W, cmd.inDdName(), report.bytesOfOtherDumps()));
    }
    Planner planner = new Planner(online);
    List<Target> plan = new ArrayList<>();
    for (int i = 0; i < report.dataSets().size(); i++) {
      planner.plan(i + 1, report.dataSets().get(i)).ifPresent(plan::add);
    }
    if (planner.report()) {
      plan.forEach(t -> task.print(Message.of(Msg.BWO821I, t.dumped().dsn(),
          t.restored().dsn())));
    }
  }

  /** Reads the whole dump once and checks everything the reader can check; nothing is written. */
  private VerifyReport verify() {
    try (InputStream in = openDump()) {
      return DumpVerifier.verifyFirst(in);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO407E, "DD " + cmd.inDdName(), e.getMessage());
    }
  }

  /**
   * What will be restored, planned one data set at a time as the dump's DATASET-BEGINs come:
   * each selected data set (by its name in the dump) is either planned or not restored, for a
   * reason that is reported only by {@link #report()}, once the whole dump is known to be sound.
   * A target that would land outside the catalog's data directory (BWO815E) refuses the whole
   * restore.
   */
  private final class Planner {
    private final Set<SegmentName> online;
    private final NewNames newNames = NewNames.of(cmd);
    private final Map<Dsn, Dsn> targets = new HashMap<>();
    private final List<Dsn> selected = new ArrayList<>();
    private final List<Runnable> verdicts = new ArrayList<>();
    private boolean refused;

    Planner(Set<SegmentName> online) {
      this.online = online;
    }

    /** The plan for the data set of ordinal {@code ordinal}, if it is selected and may be. */
    Optional<Target> plan(int ordinal, CatalogEntry e) {
      Dsn dsn = e.dsn();
      if (!names.selects(dsn)) {
        return Optional.empty();
      }
      selected.add(dsn);
      NewNames.Outcome name = newNames.apply(dsn);
      if (cmd.renameConditional() && ctx.catalog().find(dsn).isEmpty()) {
        // RENAME renames only a data set whose old name exists; any other keeps its name.
        name = new NewNames.Unchanged();
      }
      if (name instanceof NewNames.Failed f) {
        return notRestored(dsn, Message.of(Msg.BWO814E, dsn, cmd.renameKeyword(), f.rule(),
            f.why()));
      }
      boolean renamed = name instanceof NewNames.Renamed;
      Dsn target = name instanceof NewNames.Renamed r ? r.name() : dsn;
      Optional<String> outside = outsideDataDir(ctx.catalog(), target);
      if (outside.isPresent()) {
        Message m = Message.of(Msg.BWO815E, target, ctx.catalog().dataFile(target), outside.get());
        verdicts.add(() -> task.print(m));
        refused = true;
        return Optional.empty();
      }
      Dsn earlier = targets.putIfAbsent(target, dsn);
      if (earlier != null) {
        return notRestored(dsn, Message.of(Msg.BWO819E, dsn,
            "DATA SET " + earlier + " OF THE DUMP HAS THE SAME TARGET NAME " + target));
      }
      Optional<CatalogEntry> existing = ctx.catalog().find(target);
      if (existing.isPresent() && renamed && cmd.renameConditional()) {
        // IBM: renamed "unless the new name also exists and is cataloged"; RENAME takes
        // precedence over REPLACE, and REPLACEUNCONDITIONAL replaces a new name under RENAMEU only.
        return notRestored(dsn, Message.of(Msg.BWO824E, dsn, target));
      }
      if (existing.isPresent() && renamed && !cmd.replaceUnconditional()) {
        return notRestored(dsn, Message.of(Msg.BWO811E, dsn, target));
      }
      if (existing.isPresent() && !renamed && !cmd.replace() && !cmd.replaceUnconditional()) {
        return notRestored(dsn, Message.of(Msg.BWO810E, dsn));
      }
      Optional<SegmentName> busy = onlineOwner(e, existing, online);
      if (busy.isPresent()) {
        return notRestored(dsn, Message.of(Msg.BWO812E, dsn, busy.get()));
      }
      return refused ? Optional.empty() : Optional.of(new Target(ordinal, e, e.withDsn(target)));
    }

    /** Whether a target refused the whole restore. */
    boolean refused() {
      return refused;
    }

    /**
     * Reports every data set not restored, and whether the restore goes on: not when nothing
     * was selected (ADR415W) or a target refused it (then nothing selected is processed).
     */
    boolean report() {
      verdicts.forEach(Runnable::run);
      if (selected.isEmpty()) {
        task.print(Message.of(Msg.ADR415W));
        return false;
      }
      if (refused) {
        selected.forEach(d -> task.notProcessed(d, "THE RESTORE WAS REFUSED"));
        task.listOutcome();
        return false;
      }
      return true;
    }

    private Optional<Target> notRestored(Dsn dsn, Message why) {
      verdicts.add(() -> RestoreTask.this.notRestored(dsn, why));
      return Optional.empty();
    }
  }

  /**
   * Why the data file of {@code dsn} would not be a plain file directly in the catalog's data
   * directory, if it would not: a restore never writes anywhere else, nor through a link.
   */
  static Optional<String> outsideDataDir(Catalog catalog, Dsn dsn) {
    Path file = catalog.dataFile(dsn);
    Path dir = catalog.dataDir();
    if (!file.normalize().equals(file) || !dir.equals(file.getParent())
        || !file.getFileName().toString().equals(dsn.name() + ".data")) {
      return Optional.of("OUTSIDE THE CATALOG'S DATA DIRECTORY " + dir);
    }
    for (Path p : List.of(file, StagedDataSet.temporaryFile(file))) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(p.getFileName() + " IS A LINK OR NOT A PLAIN FILE");
      }
    }
    return Optional.empty();
  }

  /**
   * The restore, in one pass over the dump: each selected data set is planned at its
   * DATASET-BEGIN, staged as its chunks come and closed at its DATASET-END, each checked by the
   * reader before it is handed over, and settled by a thread of its own while the pass goes on.
   * Only when the trailer has been checked, the whole dump with it, are the verdicts of the plan
   * reported and the complete data sets forced, read back and committed together, in the dump's
   * order ({@link RestoreJournal}); a fault of the dump ends the restore with BWO813E and nothing
   * changed, as does a refused target. A fault of the catalog ends the commit; what its intent
   * names is restored by the next restore. BWO822I gives the pass as VERIFY and the commits as
   * WRITE.
   */
  private void restore(Set<SegmentName> online, RestoreJournal journal) {
    long t0 = System.nanoTime();
    Planner planner = new Planner(online);
    Map<Integer, Target> byOrdinal = new LinkedHashMap<>();
    Map<Integer, StagedDataSet> staged = new HashMap<>();
    Map<Integer, StagedDataSet> complete = new LinkedHashMap<>();
    Map<Integer, Future<?>> settled = new HashMap<>();
    // Settles each complete data set while the next ones are written (and forces those written
    // through the page cache): little is left to wait for when the commits begin.
    SegmentSystem system = ctx.system();
    // Direct or not is chosen for each data set by its size (DirectIo.forRestore).
    StagedDataSet.Writes writes = new StagedDataSet.Writes(system::logForces, system::status);
    try {
      Message fault = null;
      long otherDumps = 0;
      try (InputStream in = openDump();
          DumpReader reader = DumpReader.open(in).takingConcatenation()) {
        reader.lendFrom(writes.chunkBuffers());
        for (DumpEvent e = reader.next(); !(e instanceof DumpEvent.Trailer); e = reader.next()) {
          if (e instanceof DumpEvent.DataSetBegun b) {
            Optional<Target> t = planner.plan(b.ordinal(), b.entry());
            if (planner.refused()) {
              discardAll(staged, complete);
            } else if (t.isPresent()) {
              byOrdinal.put(b.ordinal(), t.get());
              stage(t.get(), staged, writes);
            }
          } else if (e instanceof DumpEvent.Chunk c && staged.containsKey(c.ordinal())) {
            writeChunk(byOrdinal.get(c.ordinal()), c, reader, staged);
          } else if (e instanceof DumpEvent.DataSetEnded d && staged.containsKey(d.ordinal())) {
            StagedDataSet s = staged.remove(d.ordinal());
            if (complete(byOrdinal.get(d.ordinal()), s)) {
              complete.put(d.ordinal(), s);
              settled.put(d.ordinal(), writes.settle(s));
            }
          }
        }
        otherDumps = reader.bytesOfOtherDumps();
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO407E, "DD " + cmd.inDdName(), e.getMessage());
      } catch (BwoException e) {
        // The reader's faults of the dump's bytes refuse the restore; any other failure ends it.
        if (e.message().id() != Msg.BWO403E && e.message().id() != Msg.BWO404E) {
          throw e;
        }
        fault = e.message();
      }
      long passNanos = System.nanoTime() - t0;
      if (fault != null) {
        task.print(fault);
        task.print(Message.of(Msg.BWO813E, cmd.inDdName()));
        return;
      }
      if (otherDumps > 0) {
        task.print(Message.of(Msg.BWO826W, cmd.inDdName(), otherDumps));
      }
      if (!planner.report()) {
        return;
      }
      if (!byOrdinal.isEmpty()) {
        long t1 = System.nanoTime();
        commitAll(byOrdinal, complete, settled, journal);
        long nanos = System.nanoTime() - t1;
        List<Dsn> done = task.processed();
        long bytes = byOrdinal.values().stream().filter(t -> done.contains(t.restored().dsn()))
            .mapToLong(t -> t.restored().sizeBytes()).sum();
        task.print(Message.of(Msg.BWO822I, done.size(), bytes, cmd.inDdName(),
            passNanos / 1_000_000, nanos / 1_000_000,
            String.format("%.1f", bytes / 1e6 / Math.max((passNanos + nanos) / 1e9, 1e-9))));
      }
      task.listOutcome();
    } finally {
      writes.close();
      discardAll(staged, complete);
    }
  }

  /**
   * Reads back the complete data sets and commits them together, in the dump's order; a fault of
   * the catalog ends the commit, and every planned data set not restored by then is reported as
   * it was, or as committed (the next restore completes it).
   */
  private void commitAll(Map<Integer, Target> byOrdinal, Map<Integer, StagedDataSet> complete,
      Map<Integer, Future<?>> settled, RestoreJournal journal) {
    Map<Target, StagedDataSet> batch = new LinkedHashMap<>();
    RestoreJournal.Commit commit = null;
    try {
      finish(byOrdinal, complete, settled, batch);
      if (batch.isEmpty()) {
        return;
      }
      commit = journal.intend(List.copyOf(batch.values()), probe);
      Set<SegmentName> defined;
      try {
        defined = commit.carryOut();
      } catch (BwoException x) {
        // Its data may be in place already, its entry not: say so for each, where the listing
        // would only name it among the data sets not processed (the cause follows, below).
        batch.keySet().forEach(t -> {
          task.print(Message.of(Msg.BWO825E, t.restored().dsn()));
          task.notProcessed(t.dumped().dsn(),
              "ITS RESTORE IS COMMITTED: THE NEXT RESTORE COMPLETES IT");
        });
        throw x;
      }
      Set<SegmentName> told = new HashSet<>();
      for (Target t : batch.keySet()) {
        CatalogEntry r = t.restored();
        boolean isNew = defined.contains(r.segment()) && told.add(r.segment());
        task.print(Message.of(Msg.BWO816I, r.dsn(), t.dumped().dsn(), r.cis(), r.sizeBytes(),
            r.segment(), isNew ? "DEFINED OFFLINE" : "LEFT OFFLINE"));
        task.processed(r.dsn());
      }
    } catch (BwoException e) {
      Message why = e.message();
      task.print(why);
      List<Dsn> done = task.processed();
      for (Target t : byOrdinal.values()) {
        if (!done.contains(t.restored().dsn()) && !task.isNotProcessed(t.dumped().dsn())) {
          notRestored(t.dumped().dsn(), Message.of(Msg.BWO819E, t.dumped().dsn(),
              "THE RESTORE ENDED EARLY (" + why.id().id() + "); THE DATA SET IS AS IT WAS"));
        }
      }
    } finally {
      if (commit == null) {
        // No intent: nothing of the batch may stay behind.
        batch.values().forEach(StagedDataSet::discard);
      }
    }
  }

  /**
   * Puts in {@code checked}, in the dump's order, the complete data sets that may be committed:
   * each checked once {@code settled} has settled it, and its segment (and that of the target it
   * replaces) still not ONLINE; the others are discarded and reported.
   */
  private void finish(Map<Integer, Target> byOrdinal, Map<Integer, StagedDataSet> complete,
      Map<Integer, Future<?>> settled, Map<Target, StagedDataSet> checked) {
    ByteBuffer readBack = StagedDataSet.readBackBuffer();
    // The files written directly are forced together first; finish() then checks each and
    // reports one whose force failed, by forcing it again. Those written through the page cache
    // were forced as they settled: each is read back as soon as it is, while the settling
    // threads still force the ones after it (16 data sets here: 256 MiB restored in a median of
    // 408 ms against 443 when every force came first, 1 GiB in 1,103 against 1,197 ms).
    if (complete.values().stream().anyMatch(StagedDataSet::direct)) {
      settled.values().forEach(RestoreTask::awaitSettledQuietly);
      StagedDataSet.forceAll(complete.values());
    }
    for (int ordinal : new ArrayList<>(complete.keySet())) {
      StagedDataSet s = complete.remove(ordinal);
      Target t = byOrdinal.get(ordinal);
      Dsn dsn = t.dumped().dsn();
      try {
        awaitSettled(settled.get(ordinal));
        s.finish(readBack);
        probe.reached(RestoreProbe.Step.VERIFIED, t.restored().dsn());
        checked.put(t, s);
      } catch (IOException x) {
        s.discard();
        notRestored(dsn, Message.of(Msg.BWO819E, dsn, describe(x)
            + "; THE DATA SET IS AS IT WAS"));
      }
    }
    // Asked once for the batch, just before its intent: the commit that follows is short.
    Set<SegmentName> online = onlineSegments();
    for (Target t : List.copyOf(checked.keySet())) {
      Optional<SegmentName> busy = onlineOwner(t.restored(),
          ctx.catalog().find(t.restored().dsn()), online);
      if (busy.isPresent()) {
        checked.remove(t).discard();
        notRestored(t.dumped().dsn(), Message.of(Msg.BWO812E, t.dumped().dsn(), busy.get()));
      }
    }
  }

  private static void discardAll(Map<Integer, StagedDataSet> staged,
      Map<Integer, StagedDataSet> complete) {
    staged.values().forEach(StagedDataSet::discard);
    staged.clear();
    complete.values().forEach(StagedDataSet::discard);
    complete.clear();
  }

  private void stage(Target t, Map<Integer, StagedDataSet> staged,
      StagedDataSet.Writes writes) {
    Dsn dsn = t.dumped().dsn();
    if (ctx.operator().stopRequested()) {
      task.notProcessed(dsn, "THE OPERATOR STOPPED THE RUN");
      return;
    }
    try {
      staged.put(t.ordinal(), StagedDataSet.create(t.restored(),
          ctx.catalog().dataFile(t.restored().dsn()), writes));
      probe.reached(RestoreProbe.Step.STAGED, t.restored().dsn());
    } catch (IOException x) {
      notRestored(dsn, Message.of(Msg.BWO819E, dsn, "ITS TEMPORARY FILE CANNOT BE CREATED: "
          + describe(x)));
    }
  }

  private void writeChunk(Target t, DumpEvent.Chunk c, DumpReader reader,
      Map<Integer, StagedDataSet> staged) {
    try {
      staged.get(c.ordinal()).write(c, reader::claim);
      probe.reached(RestoreProbe.Step.CHUNK_WRITTEN, t.restored().dsn());
    } catch (IOException x) {
      staged.remove(c.ordinal()).discard();
      notRestored(t.dumped().dsn(), Message.of(Msg.BWO819E, t.dumped().dsn(),
          "WRITING ITS TEMPORARY FILE FAILED: " + describe(x)));
    }
  }

  /**
   * Closes a staged data set whose DATASET-END was read; whether every CI of it arrived (if not,
   * it is discarded and reported).
   */
  private boolean complete(Target t, StagedDataSet s) {
    try {
      s.complete();
      return true;
    } catch (IOException x) {
      s.discard();
      notRestored(t.dumped().dsn(), Message.of(Msg.BWO819E, t.dumped().dsn(), describe(x)
          + "; THE DATA SET IS AS IT WAS"));
      return false;
    }
  }

  /** Waits for a data set's settling, whatever its outcome. */
  private static void awaitSettledQuietly(Future<?> settled) {
    try {
      awaitSettled(settled);
    } catch (IOException e) {
      // Reported for its data set by finish(), which awaits it again.
    }
  }

  /** Waits for a data set's settling; its failure is the IOException it threw. */
  private static void awaitSettled(Future<?> settled) throws IOException {
    try {
      settled.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException x ? x : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the temporary file was settled", e);
    }
  }

  /** An I/O failure in a message's words. */
  private static String describe(IOException e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).toUpperCase(Locale.ROOT);
  }

  private void notRestored(Dsn dsn, Message why) {
    task.print(why);
    task.notProcessed(dsn, why.text());
  }

  /**
   * The dump on the INDDNAME, which may have been written long before and so may not be in the
   * page cache: where it is not, the platform may read it from the disk with direct I/O, which
   * read an uncached dump here about twice as fast (bench/README.md, twenty-second round: a
   * 4 GiB RESTORE's pass 2.8-3.4 s against 2.7-7.0 s, most runs over 4.5 s).
   */
  private InputStream openDump() {
    return ctx.platform().openDumpInput(cmd.inDdName(), true);
  }

  /** The ONLINE segment that owns {@code restored} or the {@code existing} target, if any. */
  private static Optional<SegmentName> onlineOwner(CatalogEntry restored,
      Optional<CatalogEntry> existing, Set<SegmentName> online) {
    return Optional.of(restored.segment()).filter(online::contains)
        .or(() -> existing.map(CatalogEntry::segment).filter(online::contains));
  }

  private Set<SegmentName> onlineSegments() {
    return onlineSegments(ctx.system());
  }

  /** The segments of {@code system} that are ONLINE now. */
  static Set<SegmentName> onlineSegments(SegmentSystem system) {
    return system.status().segments().stream()
        .filter(s -> s.status() == SegmentStatus.ONLINE)
        .map(SegmentDefinition::name)
        .collect(Collectors.toSet());
  }
}
