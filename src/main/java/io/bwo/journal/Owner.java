package io.bwo.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who holds (or last held) a run: the attempt, its node and process, and its heartbeat, which the
 * attempt refreshes while it runs. Kept in {@code owner.json} in the run's folder, replaced
 * atomically, so that another node, which cannot see this node's file lock, can judge by time.
 *
 * @param closed true once the attempt was closed: its node no longer holds the run, whatever
 *     the heartbeat's age
 */
public record Owner(int attempt, String node, long pid, Instant started, Instant heartbeat,
    boolean closed) {

  public Owner {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }

  /** The age of the heartbeat at {@code now}. */
  public Duration age(Instant now) {
    return Duration.between(heartbeat, now);
  }

  Owner beating(Instant now) {
    return new Owner(attempt, node, pid, started, now, closed);
  }

  Owner closing(Instant now) {
    return new Owner(attempt, node, pid, started, now, true);
  }
}
