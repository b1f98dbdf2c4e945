package io.bwo.dss;

import io.bwo.journal.RunPhase;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
import io.bwo.journal.Leftover;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 4 to 6 of the BWO procedure: FREEZE, establish each data set's concurrent copy session
 * and fire its NotifyCC callbacks, then UNFREEZE as soon as the last one is notified. Whatever
 * happens in between, the system is thawed before {@link #open} returns or throws.
 */
final class FreezeWindow {

  /** The sessions established, and the data sets to dump without serialization. */
  record Established(Map<CatalogEntry, CopySession> sessions, List<CatalogEntry> unserialized,
      long windowMillis) {}

  private final TaskContext ctx;
  private final TaskResult task;

  FreezeWindow(TaskContext ctx, TaskResult task) {
    this.ctx = ctx;
    this.task = task;
  }

  /**
   * Freezes, establishes a session for each of {@code dataSets} (in order), and thaws. With
   * {@code required}, a data set whose session fails is not processed; otherwise a BWO-eligible
   * one is dumped without serialization, with a warning, as DFSMSdss does.
   */
  Established open(List<CatalogEntry> dataSets, boolean required) {
    Map<CatalogEntry, CopySession> sessions = new LinkedHashMap<>();
    List<CatalogEntry> unserialized = new ArrayList<>();
    PausePoint.BEFORE_FREEZE.reached();
    ctx.observer().phase(RunPhase.FROZEN, ctx.holder(), List.of(new Leftover.Freeze(ctx.holder())));
    long t0 = System.nanoTime();
    FreezeLease lease = ctx.system().freeze(ctx.holder(), ctx.options().lease());
    ctx.operator().frozen(ctx.system(), lease);
    ctx.progress().phase(RunPhase.FROZEN);
    tell(Message.of(Msg.BWO502I, task.listing().timestamp(), ctx.holder(),
        millis(System.nanoTime() - t0)));
    PausePoint.FROZEN.reached();
    long windowNanos;
    int notified = 0;
    try {
      int index = 0;
      for (CatalogEntry e : dataSets) {
        index++;
        String refusal = refusal(t0);
        if (refusal != null) {
          notProcessed(e.dsn(), refusal);
          continue;
        }
        CopySession session;
        try {
          session = ctx.system().establishCopy(lease, e.dsn());
        } catch (BwoException failed) {
          task.print(Message.of(Msg.ADR735W, task.listing().timestamp(), e.dsn(),
              failed.message().toString()));
          if (required || !e.bwoEligible()) {
            notProcessed(e.dsn(), "CONCURRENT COPY COULD NOT BE INITIALIZED");
          } else {
            unserialized.add(e);
          }
          continue;
        }
        sessions.put(e, session);
        notified++;
        ctx.progress().notifiedOne();
        notify(new ConcurrentCopyNotification(task.taskId(), e.dsn(), ctx.clock().instant(), 0,
            index, dataSets.size()));
        if (notified == 1) {
          PausePoint.NOTIFIED.reached();
        }
      }
    } catch (RuntimeException failure) {
      endAll(sessions);
      throw failure;
    } finally {
      boolean thawedHere = ctx.operator().unfreeze();
      windowNanos = System.nanoTime() - t0;
      PausePoint.UNFROZEN.reached();
      // The journal is written after the thaw, not inside the window: its forced writes would
      // make the freeze grow with the number of data sets. A session lost with a dead job is
      // ended by its segment system (the server ends a dead client's sessions; an embedded one
      // removes leftover side files when it starts), so nothing escapes the clean-up.
      sessions.forEach((e, s) -> ctx.observer().phase(RunPhase.NOTIFIED, e.dsn().name(),
          Leftovers.of(s)));
      ctx.observer().phase(RunPhase.UNFROZEN, ctx.holder());
      ctx.observer().released(List.of(new Leftover.Freeze(ctx.holder())));
      ctx.progress().phase(RunPhase.UNFROZEN);
      if (thawedHere) {
        tell(Message.of(Msg.BWO503I, task.listing().timestamp(), notified, dataSets.size(),
            millis(windowNanos)));
      }
    }
    return new Established(sessions, unserialized, windowNanos / 1_000_000);
  }

  /** Why no further session may be established now, or null when one may. */
  private String refusal(long t0) {
    if (ctx.operator().stopRequested()) {
      return "THE OPERATOR STOPPED THE STEP";
    }
    if (!ctx.operator().stillFrozen()) {
      return "THE SYSTEM WAS THAWED BEFORE ITS SESSION WAS ESTABLISHED";
    }
    if (System.nanoTime() - t0 > ctx.options().freezeLimit().toNanos()) {
      return "THE FREEZE LIMIT OF " + ctx.options().freezeLimit().toMillis() + " MS WAS REACHED";
    }
    return null;
  }

  private void notify(ConcurrentCopyNotification n) {
    for (NotifyConcurrentListener l : ctx.listeners()) {
      l.concurrentCopyInitialized(n);
    }
  }

  private void notProcessed(Dsn dsn, String why) {
    task.print(Message.of(Msg.BWO509E, dsn, why));
    task.notProcessed(dsn, why);
  }

  private void tell(Message m) {
    task.print(m);
    ctx.platform().wto(m.toString());
  }

  /** Ends every session, keeping the first failure but trying them all. */
  void endAll(Map<CatalogEntry, CopySession> sessions) {
    for (CopySession s : sessions.values()) {
      try {
        ctx.system().endCopy(s);
        ctx.observer().released(Leftovers.of(s));
      } catch (RuntimeException ignored) {
        // The session ends with its holder's connection or the system's restart anyway.
      }
    }
  }

  static String millis(long nanos) {
    return String.format("%.3f", nanos / 1e6);
  }
}
