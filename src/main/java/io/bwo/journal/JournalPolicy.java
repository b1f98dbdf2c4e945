package io.bwo.journal;

import java.time.Duration;

/**
 * The journal's timings and bounds.
 *
 * @param heartbeatEvery how often a running attempt refreshes its heartbeat
 * @param staleAfter a heartbeat older than this, written on another node, means that node's
 *     attempt is dead (the failover rule); must exceed {@code heartbeatEvery} plus the nodes'
 *     clock skew
 * @param lockWait how long to keep trying a run's lock that another process holds for a moment
 *     (a {@code bwo status} probing it) before judging the run running
 * @param keepAttempts how many attempt files of a run are kept; older ones are deleted
 */
record JournalPolicy(Duration heartbeatEvery, Duration staleAfter, Duration lockWait,
    int keepAttempts) {

  static final JournalPolicy DEFAULT =
      new JournalPolicy(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 16);

  JournalPolicy {
    if (staleAfter.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("staleAfter must be at least two heartbeats");
    }
    if (keepAttempts < 2) {
      // The attempt before the last may be needed for the leftovers of a torn last attempt.
      throw new IllegalArgumentException("keep at least 2 attempts");
    }
  }

  /** How often a lock held by another process is tried again within {@link #lockWait}. */
  Duration lockPoll() {
    return Duration.ofMillis(20);
  }

  /** How often a begin waiting out another node's heartbeat reads it again. */
  Duration leasePoll() {
    return heartbeatEvery.dividedBy(2);
  }
}
