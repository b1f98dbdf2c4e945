package io.bwo.dss;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * DUMP RESET's work, held until the step's outcome is journaled. A re-run of a failed attempt
 * dumps again, and its {@code BY(DSCHA,EQ,YES)} would leave out every data set this attempt had
 * reset, to a dump that replaces this attempt's: so the flags are reset only once the attempt is
 * recorded SUCCEEDED, when a re-run does nothing. A crash after that leaves flags set, and the
 * next dump takes those data sets again: the safe way to be wrong.
 *
 * <p>Thread-safe.
 */
final class ChangedFlagResets {
  private record Pending(String taskId, FreezeLease lease, List<Dsn> dsns) {}

  private final List<Pending> pending = new ArrayList<>();

  /**
   * Holds the reset of {@code dsns}, dumped by task {@code taskId} at the point in time of the
   * freeze of {@code lease}.
   */
  synchronized void add(String taskId, FreezeLease lease, List<Dsn> dsns) {
    if (!dsns.isEmpty()) {
      pending.add(new Pending(taskId, lease, List.copyOf(dsns)));
    }
  }

  /** Resets what was held, listing BWO529I for each task (BWO530W when the system fails it). */
  synchronized void apply(SegmentSystem system, Listing listing) {
    for (Pending p : pending) {
      Message outcome;
      try {
        List<Dsn> reset = system.resetChanged(p.lease(), p.dsns());
        outcome = Message.of(Msg.BWO529I, reset.size(), p.dsns().size());
      } catch (BwoException e) {
        outcome = Message.of(Msg.BWO530W, p.dsns().size(), e.message().toString());
      }
      listing.print(p.taskId(), outcome);
    }
    pending.clear();
  }
}
