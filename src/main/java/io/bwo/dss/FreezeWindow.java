package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
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
    ctx.observer().phase(Phase.FROZEN, ctx.holder());
    long t0 = System.nanoTime();
    FreezeLease lease = ctx.system().freeze(ctx.holder(), ctx.options().lease());
    ctx.operator().frozen(ctx.system(), lease);
    ctx.progress().phase(Phase.FROZEN);
    tell(Message.of(Msg.BWO502I, task.listing().timestamp(), ctx.holder(),
        millis(System.nanoTime() - t0)));
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
        ctx.observer().phase(Phase.NOTIFIED, e.dsn().name());
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
      }
    } catch (RuntimeException failure) {
      endAll(sessions);
      throw failure;
    } finally {
      boolean thawedHere = thaw(sessions);
      windowNanos = System.nanoTime() - t0;
      ctx.progress().phase(Phase.UNFROZEN);
      if (thawedHere) {
        tell(Message.of(Msg.BWO503I, task.listing().timestamp(), notified, dataSets.size(),
            millis(windowNanos)));
      }
    }
    return new Established(sessions, unserialized, windowNanos / 1_000_000);
  }

  /**
   * Tells the observer, then UNFREEZE, even if the observer fails; true when this call thawed the
   * system. If either fails (the journal cannot record the phase, or the freeze ended without us
   * because its lease ran out: BWO210E), the failure goes on, but not before every session is
   * ended: none may outlive a window that failed, preserving CIs for a dump never written.
   */
  private boolean thaw(Map<CatalogEntry, CopySession> sessions) {
    boolean thawed;
    try {
      try {
        ctx.observer().phase(Phase.UNFROZEN, ctx.holder());
      } finally {
        thawed = ctx.operator().unfreeze();
      }
      return thawed;
    } catch (RuntimeException failed) {
      endAll(sessions);
      throw failed;
    }
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
    ctx.platform().wto(m.toString());
  }

  /** Ends every session, keeping the first failure but trying them all. */
  void endAll(Map<CatalogEntry, CopySession> sessions) {
    for (CopySession s : sessions.values()) {
      try {
        ctx.system().endCopy(s);
      } catch (RuntimeException ignored) {
        // The session ends with its holder's connection or the system's restart anyway.
      }
    }
  }

  static String millis(long nanos) {
    return String.format("%.3f", nanos / 1e6);
  }
}
