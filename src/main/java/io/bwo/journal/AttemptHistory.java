package io.bwo.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a run as its journal file tells it.
 *
 * @param node the node that ran it; empty when its STARTED line was torn
 * @param sysinDigest its SYSIN digest; empty when unknown
 * @param leftovers what it would leave behind if it stopped now: inherited from the attempt
 *     before, plus what it acquired, less what it released
 * @param dumps every dump it published (a PUBLISHED line each), in the order it published them:
 *     a deck of several DUMP commands publishes one per command
 * @param damagedLines the line numbers (from 1) torn or damaged by a crash and ignored
 */
public record AttemptHistory(
    int number,
    String node,
    long pid,
    String sysinDigest,
    List<PhaseRecord> phases,
    List<Leftover> leftovers,
    List<PublishedDump> dumps,
    List<Integer> damagedLines) {

  public AttemptHistory {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(sysinDigest, "sysinDigest");
    phases = List.copyOf(phases);
    leftovers = List.copyOf(leftovers);
    dumps = List.copyOf(dumps);
    damagedLines = List.copyOf(damagedLines);
  }

  /** The last dump it published, empty when it published none. */
  public Optional<PublishedDump> dump() {
    return dumps.isEmpty() ? Optional.empty() : Optional.of(dumps.get(dumps.size() - 1));
  }

  /** SUCCEEDED or FAILED when the attempt ended so, empty while it runs or after it died. */
  public Optional<RunPhase> ending() {
    return phases.stream().map(PhaseRecord::phase).filter(RunPhase::terminal).findFirst();
  }

  /** When it ended, if it did. */
  public Optional<Instant> endedAt() {
    return phases.stream().filter(p -> p.phase().terminal()).map(PhaseRecord::at).findFirst();
  }

  /** The last phase it reached before ending; STARTED when it recorded none. */
  public RunPhase reached() {
    RunPhase last = RunPhase.STARTED;
    for (PhaseRecord p : phases) {
      if (!p.phase().terminal()) {
        last = p.phase();
      }
    }
    return last;
  }

  /**
   * The return code its ending recorded (the dss records it as the listing prints it, "0004"),
   * 0 when it recorded none it can be read from (a journal of an earlier version: "RC 0").
   */
  public int returnCode() {
    String detail = phases.stream().filter(p -> p.phase().terminal()).map(PhaseRecord::detail)
        .findFirst().orElse("").replaceAll("[^0-9]", "");
    return detail.isEmpty() || detail.length() > 4 ? 0 : Integer.parseInt(detail);
  }

  /** True when the attempt recorded SUCCEEDED. */
  public boolean succeeded() {
    return ending().filter(p -> p == RunPhase.SUCCEEDED).isPresent();
  }
}
