package io.bwo.segment;

import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.copy.ConcurrentCopyHost;
import io.bwo.copy.CopySession;
import io.bwo.copy.PreservedCis;
import java.time.Duration;
import java.util.List;

/**
 * The segment system of one catalog, the owner of every online update: segments ONLINE or
 * OFFLINE, the system RUNNING or FROZEN, transactions, and the concurrent copy sessions a dump
 * uses. The same contract runs embedded or over the server's socket. Thread-safe.
 */
public interface SegmentSystem extends ConcurrentCopyHost, AutoCloseable {

  /** The state, the segments, the freeze lease and the active copy sessions. */
  SystemStatus status();

  /** Brings segment {@code s} ONLINE; BWO109E when it is not defined. */
  void online(SegmentName s);

  /**
   * Takes segment {@code s} OFFLINE once its in-flight transactions have ended, with a checkpoint;
   * its data sets then refuse access. While the system is frozen, a transaction that the freeze
   * holds before it applies ends only after the thaw, and so does this call. BWO109E when {@code
   * s} is not defined.
   */
  void offline(SegmentName s);

  /**
   * Syncs the data files while transactions keep running. Optional. A {@link #freeze} does not
   * need it (it does not checkpoint: every acknowledged update is in the data files, which a dump
   * reads through the same page cache, and durable in the redo log), and a dump no longer calls it;
   * a server still answers the {@code flush} request of a client that does.
   */
  default void flush() {}

  /**
   * How many times the system has forced its redo log so far, or 0 where it cannot say; only its
   * growth means anything. While it grows, applications are committing, each waiting for its force,
   * and every force makes the disk persist whatever else was written since the last one: a dump
   * that sees it grow forces its own writes in small steps, so that no log force has more than a
   * few MiB of the dump to wait for (DirectDumpOutput).
   */
  default long logForces() {
    return 0;
  }

  /**
   * FREEZE: stops admitting and applying transactions, waits until none is writing the data files
   * (every acknowledged update is then in them, and durable in the redo log; a transaction still
   * waiting for its log flush is held, unacknowledged, and applies after the thaw), and returns
   * the lease of {@code holder}, which ends by itself after {@code lease}. Syncing the data files is
   * {@link #flush}'s job, before the freeze, so that the outage does not include it. The same
   * holder renews its lease; anyone else is refused (BWO207E).
   */
  FreezeLease freeze(String holder, Duration lease);

  /**
   * Extends the freeze of {@code lease} to {@code extension} from now, while it still holds the
   * system frozen (BWO210E otherwise): a holder at work keeps its freeze, one that stops renewing
   * loses it within a lease. Unlike a second {@link #freeze}, it never takes a freeze that ended.
   */
  FreezeLease renew(FreezeLease lease, Duration extension);

  /**
   * FREEZE as {@link #freeze}, and, at the moment it takes effect, the sessions {@code prepared}
   * established (their refusals included, in order): one request to a server instead of two, the
   * point in time being the freeze's own. If they cannot be established the system is thawed and
   * the failure thrown; the prepared sessions are then the caller's to end.
   */
  default FrozenCopies freeze(String holder, Duration lease, PreparedCopies prepared) {
    FreezeLease l = freeze(holder, lease);
    try {
      return new FrozenCopies(l, establishCopies(l, prepared));
    } catch (RuntimeException e) {
      try {
        unfreeze(l);
      } catch (RuntimeException thawedAlready) {
        e.addSuppressed(thawedAlready);
      }
      throw e;
    }
  }

  /**
   * Makes ready, while the applications still run, what {@link #freeze(String, Duration,
   * PreparedCopies)} with the same arguments will do inside the window (a server's client
   * serialises its request). Optional: without it the freeze does the same, only later.
   */
  default void prepareFreeze(String holder, Duration lease, PreparedCopies prepared) {}

  /** UNFREEZE by the lease's holder; BWO206E for anyone else, BWO210E if it has ended. */
  void unfreeze(FreezeLease lease);

  /**
   * UNFREEZE by an operator who names the holder (a freeze taken by {@code bwo segment freeze});
   * BWO206E when someone else holds the freeze.
   */
  void unfreeze(String holder);

  /** The current content of CI {@code ci} of {@code dsn}. */
  byte[] readCi(Dsn dsn, long ci);

  /**
   * Runs one transaction: all of {@code updates} or none, also across a crash; waits while the
   * system is FROZEN; durable when it returns. Refused (BWO208E) if a data set's segment is
   * OFFLINE.
   */
  void commit(List<Update> updates);

  /**
   * Establishes a concurrent copy session for {@code dsn}: its point in time is the freeze of
   * {@code lease}, which must hold the system frozen (BWO210E otherwise).
   */
  CopySession establishCopy(FreezeLease lease, Dsn dsn);

  /**
   * Prepares, while the applications still run, the copy sessions of {@code dsns} (their catalog
   * entries read, their files open, their sessions made), so that the freeze window only marks
   * their point in time. A data set that cannot be made ready gets its refusal; the others go on.
   * Until they are established, the prepared sessions preserve nothing; whoever prepared them ends
   * them if they never are. A system that prepares nothing returns {@link
   * PreparedCopies#unprepared}.
   */
  default PreparedCopies prepareCopies(List<Dsn> dsns) {
    return PreparedCopies.unprepared(dsns);
  }

  /**
   * Establishes the sessions {@link #prepareCopies} made ready, all at one point in time, and
   * returns them (refusals included) in order. One short request to a server, whatever the number
   * of data sets: the freeze window does not grow with them. BWO210E when {@code lease} does not
   * hold the system frozen.
   */
  default List<EstablishedCopy> establishCopies(FreezeLease lease, PreparedCopies prepared) {
    return establishCopies(lease, prepared.dsns());
  }

  /**
   * Establishes the sessions of {@code dsns}, in order, all at the same point in time; a data set
   * whose session cannot be established gets its refusal and the others go on.
   */
  default List<EstablishedCopy> establishCopies(FreezeLease lease, List<Dsn> dsns) {
    List<EstablishedCopy> out = new java.util.ArrayList<>(dsns.size());
    for (Dsn d : dsns) {
      try {
        out.add(EstablishedCopy.of(establishCopy(lease, d)));
      } catch (io.bwo.message.BwoException e) {
        out.add(EstablishedCopy.refused(d, e.message()));
      }
    }
    return out;
  }

  /**
   * Marks CIs {@code [firstCi, firstCi + count)} of the session copied and returns those that
   * were overwritten since the point in time, with their place in the side file.
   */
  @Override
  PreservedCis completeRange(CopySession session, long firstCi, int count);

  /** Ends the session and deletes its side file. */
  void endCopy(CopySession session);

  /**
   * DUMP RESET, once the dump is safe: resets the data-set-changed flag of each of {@code dsns}
   * that no update has reached since the freeze of {@code lease} (its point in time), and returns
   * those it reset. A data set updated since keeps its flag: the next {@code BY(DSCHA,EQ,YES)}
   * dump takes it again. BWO233E, and nothing reset, when the system does not know that freeze
   * (a server started since); this default knows none.
   */
  default List<Dsn> resetChanged(FreezeLease lease, List<Dsn> dsns) {
    throw io.bwo.message.BwoException.of(io.bwo.message.Msg.BWO233E, lease.holder());
  }

  /** Thaws, ends the sessions, checkpoints and lets go of the catalog (or of the connection). */
  @Override
  void close();
}
