package io.bwo.dss;

import io.bwo.journal.RunPhase;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
import io.bwo.journal.Leftover;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.EstablishedCopy;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.FrozenCopies;
import io.bwo.segment.PreparedCopies;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Steps 4 to 6 of the BWO procedure: FREEZE, establish each data set's concurrent copy session
 * and fire its NotifyCC callbacks, then UNFREEZE as soon as the last one is notified. Whatever
 * happens in between, the system is thawed before {@link #open} returns or throws.
 */
final class FreezeWindow {

  /**
   * The data sets notified with their sessions, in order, and the data sets to dump without
   * serialization.
   */
  record Established(List<CopyPhase.Job> sessions, List<CatalogEntry> unserialized,
      long windowMillis, FreezeLease lease) {
    /** The sessions to end if the dump does not go on. */
    List<CopySession> copySessions() {
      return sessionsOf(sessions);
    }
  }

  private final TaskContext ctx;
  private final TaskResult task;
  // Read once per data set inside the window, where the code still runs interpreted and every
  // call counts: held in fields rather than asked of the context each time.
  private final long freezeLimitNanos;
  private final OperatorControl operator;
  private final NotifyConcurrentListener[] listeners;
  private final DumpProgress progress;

  FreezeWindow(TaskContext ctx, TaskResult task) {
    this.ctx = ctx;
    this.task = task;
    this.freezeLimitNanos = ctx.options().freezeLimit().toNanos();
    this.operator = ctx.operator();
    this.listeners = ctx.listeners().toArray(new NotifyConcurrentListener[0]);
    this.progress = ctx.progress();
  }

  /**
   * Freezes, establishes a session for each of {@code dataSets} (in order), and thaws. With
   * {@code required}, a data set whose session fails is not processed; otherwise a BWO-eligible
   * one is dumped without serialization, with a warning, as DFSMSdss does.
   */
  Established open(List<CatalogEntry> dataSets, boolean required) {
    // A list, not a map: a record's hashCode costs too much in a cold JVM, once per data set.
    List<CopyPhase.Job> sessions = new ArrayList<>(dataSets.size());
    List<CatalogEntry> unserialized = new ArrayList<>();
    // The data files are not synced first (SegmentSystem.flush): a freeze no longer checkpoints,
    // and the sync, forced while the applications commit, held their log's forces at 11-30 ms for
    // the 70-80 ms it took, where the step's slowest commits fell (bench/README.md, round 19).
    // Made while the applications still run: inside the window the sessions only get their point
    // in time, in one request whatever their number.
    PreparedCopies prepared =
        ctx.system().prepareCopies(dataSets.stream().map(CatalogEntry::dsn).toList());
    Duration lease = ctx.options().windowLease();
    ctx.system().prepareFreeze(ctx.holder(), lease, prepared);
    long t0;
    FrozenCopies frozen;
    // Established by FREEZE itself, as it takes effect: one request to a server, not two.
    List<EstablishedCopy> established;
    FreezeLimit limit = new FreezeLimit(operator, ctx.options().freezeLimit());
    try {
      PausePoint.BEFORE_FREEZE.reached();
      ctx.observer().phase(
          RunPhase.FROZEN, ctx.holder(), List.of(new Leftover.Freeze(ctx.holder())));
      if (operator.stopRequested()) {
        // P jobname or a termination signal before FREEZE: the step ends without freezing.
        throw BwoException.of(Msg.BWO514E);
      }
      loadWindowClasses();
      holdOutput();
      t0 = System.nanoTime();
      frozen = ctx.system().freeze(ctx.holder(), lease, prepared);
      established = frozen.copies();
    } catch (RuntimeException failure) {
      limit.close();
      releaseOutput();
      endAll(prepared.sessions());
      throw failure;
    }
    long quiescedNanos = System.nanoTime() - t0;
    // Every session was established when FREEZE returned (a prepared batch at the freeze's one
    // point in time): their notifications carry that time, read once, not once per data set.
    Instant establishedAt = ctx.clock().instant();
    operator.frozen(ctx.system(), frozen.lease());
    limit.armFrom(t0);
    progress.phase(RunPhase.FROZEN);
    tell(Msg.BWO502I, new Bwo502i(task.listing().timestamp(), ctx.holder(), quiescedNanos));
    PausePoint.FROZEN.reached();
    long windowNanos;
    int notified = 0;
    // The data sets before this one have been notified, refused or ended.
    int next = 0;
    try {
      if (refusal(t0) != null) {
        endAll(prepared.sessions());
        established = List.of();
      }
      for (CatalogEntry e : dataSets) {
        EstablishedCopy copy = established.isEmpty() ? null : established.get(next);
        next++;
        if (notifyOne(e, copy, next, dataSets.size(), t0, establishedAt, required, sessions,
            unserialized)) {
          notified++;
          if (notified == 1) {
            PausePoint.NOTIFIED.reached();
          }
        }
      }
    } catch (RuntimeException failure) {
      endAll(sessionsOf(sessions));
      // Established but not yet notified.
      endAll(established.subList(Math.min(next, established.size()), established.size()).stream()
          .flatMap(c -> c.session().stream()).toList());
      throw failure;
    } finally {
      boolean thawedHere;
      try {
        thawedHere = operator.unfreeze();
        windowNanos = System.nanoTime() - t0;
        // After the thaw, not before: the window does not wait for the watcher to end.
        limit.close();
        if (limit.reached()) {
          thawedHere = true;
          windowNanos = limit.thawedAt() - t0;
        }
        releaseOutput();
        limit.rethrow();
        // The journal is written after the thaw, not inside the window: its forced writes would
        // make the freeze grow with the number of data sets. A session lost with a dead job is
        // ended by its segment system (the server ends a dead client's sessions; an embedded one
        // removes leftover side files when it starts), so nothing escapes the clean-up. All the
        // sessions go in one line, forced once: with a line per data set the journal took
        // 36-44 ms here after the thaw for 16 data sets and 480-690 ms for 1,000 (one line:
        // 14-34 and 60-115 ms, with UNFROZEN's line and the freeze's release, which is not forced
        // on its own), while the copy waited and the applications' first commits after the thaw
        // queued behind those forces.
        if (!sessions.isEmpty()) {
          ctx.observer().phase(RunPhase.NOTIFIED, DumpTask.dataSets(sessions.size()),
              Leftovers.of(sessionsOf(sessions)));
        }
        ctx.observer().phase(RunPhase.UNFROZEN, ctx.holder());
        ctx.observer().released(List.of(new Leftover.Freeze(ctx.holder())));
      } catch (RuntimeException failed) {
        limit.close();
        releaseOutput();
        // The freeze ended without us (its lease ran out: BWO210E), or the journal cannot write:
        // the failure goes on, but no session may outlive a window that failed, preserving CIs
        // for a dump that will not be written.
        endAll(sessionsOf(sessions));
        throw failed;
      }
      PausePoint.UNFROZEN.reached();
      progress.phase(RunPhase.UNFROZEN);
      if (thawedHere) {
        tell(Message.of(Msg.BWO503I, task.listing().timestamp(), notified, dataSets.size(),
            millis(windowNanos)));
      }
    }
    return new Established(sessions, unserialized, windowNanos / 1_000_000, frozen.lease());
  }

  /**
   * Notifies the {@code index}-th data set {@code e} of {@code of} and adds it to {@code sessions},
   * or says why not (adding it to {@code unserialized} when it is to be dumped without
   * serialization); whether it was notified. A method of its own, not the body of the loop: the
   * JIT compiles a method after a few hundred calls, while a loop body in one long call waits for
   * on-stack replacement, and the window would run a thousand data sets interpreted.
   */
  private boolean notifyOne(CatalogEntry e, EstablishedCopy copy, int index, int of, long t0,
      Instant at, boolean required, List<CopyPhase.Job> sessions,
      List<CatalogEntry> unserialized) {
    String refusal = refusal(t0);
    if (copy == null || refusal != null) {
      if (copy != null) {
        endIfEstablished(copy);
      }
      notProcessed(e.dsn(), refusal != null ? refusal : "NO SESSION WAS ESTABLISHED");
      return false;
    }
    if (copy.refusal().isPresent()) {
      task.print(Message.of(Msg.ADR735W, task.listing().timestamp(), e.dsn(),
          copy.refusal().get().toString()));
      if (required || !e.bwoEligible()) {
        notProcessed(e.dsn(), "CONCURRENT COPY COULD NOT BE INITIALIZED");
      } else {
        unserialized.add(e);
      }
      return false;
    }
    sessions.add(new CopyPhase.Job(e, copy.session().get()));
    progress.notifiedOne();
    notify(new ConcurrentCopyNotification(task.taskId(), e.dsn(), at, 0, index, of));
    return true;
  }

  /**
   * Loads and initialises, before the window, the classes that only the window uses: in a young
   * JVM the first use of a class reads it from the jar and verifies it, a fraction of a
   * millisecond each, which the window would otherwise pay.
   */
  private static void loadWindowClasses() {
    MethodHandles.Lookup here = MethodHandles.lookup();
    for (Class<?> c : List.of(Bwo502i.class, Messages.class, Messages.Wrapped.class,
        Listing.Deferred.class, Adr734iListener.Adr734i.class, ConcurrentCopyNotification.class,
        CopyPhase.Job.class)) {
      try {
        here.ensureInitialized(c);
      } catch (IllegalAccessException e) {
        // Only a warm-up: the class loads when it is first used instead.
      }
    }
  }

  /**
   * Holds SYSPRINT and console lines while the system is frozen: they are issued in the window,
   * with their time, and written right after the thaw, in order, so that the outage does not
   * include a write per data set.
   */
  private void holdOutput() {
    task.listing().hold();
    ctx.wto().hold();
  }

  private void releaseOutput() {
    task.listing().release();
    ctx.wto().release();
  }

  private static List<CopySession> sessionsOf(List<CopyPhase.Job> jobs) {
    return jobs.stream().map(CopyPhase.Job::session).toList();
  }

  /** Ends the session of a data set that can no longer be notified (the window closed first). */
  private void endIfEstablished(EstablishedCopy copy) {
    copy.session().ifPresent(s -> endAll(List.of(s)));
  }

  /** Why no further session may be established now, or null when one may. */
  private String refusal(long t0) {
    if (operator.stopRequested()) {
      return "THE OPERATOR STOPPED THE STEP";
    }
    // Before the thaw: at the limit, FreezeLimit thaws the system.
    if (System.nanoTime() - t0 > freezeLimitNanos) {
      return "THE FREEZE LIMIT OF " + ctx.options().freezeLimit().toMillis() + " MS WAS REACHED";
    }
    if (!operator.stillFrozen()) {
      return "THE SYSTEM WAS THAWED BEFORE ITS SESSION WAS ESTABLISHED";
    }
    return null;
  }

  private void notify(ConcurrentCopyNotification n) {
    for (NotifyConcurrentListener l : listeners) {
      try {
        l.concurrentCopyInitialized(n);
      } catch (BwoException failed) {
        throw failed;
      } catch (RuntimeException failed) {
        // An exit is someone else's code: its failure fails this dump with a message and a
        // return code, as an exit that abends fails the DFSMSdss task, not the whole step.
        throw new BwoException(Message.of(Msg.BWO509E, n.dsn(),
            "ITS NOTIFYCC EXIT FAILED: " + failed), failed);
      }
    }
  }

  private void notProcessed(Dsn dsn, String why) {
    task.print(Message.of(Msg.BWO509E, dsn, why));
    task.notProcessed(dsn, why);
  }

  private void tell(Message m) {
    task.print(m);
    ctx.wto().wto(m);
  }

  private void tell(Msg id, Supplier<Message> m) {
    Supplier<Message> once = Messages.once(m);
    task.print(id, once);
    ctx.wto().wto(once);
  }

  /**
   * BWO502I, made after the thaw: formatting a number is not free in a young JVM, and a class of
   * its own, not a lambda, whose first call would spin a class inside the window.
   */
  private record Bwo502i(String at, String holder, long quiescedNanos)
      implements Supplier<Message> {
    @Override
    public Message get() {
      return Message.of(Msg.BWO502I, at, holder, millis(quiescedNanos));
    }
  }

  /**
   * Ends every session, trying them all, and records released those that are gone with their side
   * files ({@link Leftovers#end}: also those whose segment system was lost).
   */
  void endAll(java.util.Collection<CopySession> sessions) {
    for (CopySession s : sessions) {
      try {
        if (Leftovers.end(ctx.system(), s)) {
          ctx.observer().released(Leftovers.of(s));
        }
      } catch (RuntimeException ignored) {
        // The session ends with its holder's connection or the system's restart anyway.
      }
    }
  }

  static String millis(long nanos) {
    return String.format("%.3f", nanos / 1e6);
  }
}
