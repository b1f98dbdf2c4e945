package io.bwo.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the last attempt of a run ended as, told by {@link Attempt#previous()}. */
public sealed interface PriorOutcome {

  /** The run id has no attempt in the journal: do the run. */
  record NeverRan() implements PriorOutcome {}

  /**
   * The run succeeded in attempt {@code attempt} at {@code at}, publishing {@code dumps} in that
   * order, with {@code returnCode} (0 to 7: a warning, or a deck's SET MAXCC): do no work, say so
   * (BWO604I, and a BWO605I for each dump) and end with that return code, so that a re-run tells
   * a scheduler and the job's later steps what the run told them.
   */
  record Succeeded(int attempt, Instant at, List<PublishedDump> dumps, int returnCode)
      implements PriorOutcome {
    public Succeeded {
      Objects.requireNonNull(at, "at");
      dumps = List.copyOf(dumps);
      if (returnCode < 0 || returnCode > 7) {
        throw new IllegalArgumentException("returnCode " + returnCode);
      }
    }

    /** A run that succeeded with return code 0. */
    public Succeeded(int attempt, Instant at, List<PublishedDump> dumps) {
      this(attempt, at, dumps, 0);
    }
  }

  /**
   * Attempt {@code attempt} failed, or was abandoned (its process died), after {@code lastPhase}:
   * clean up {@code leftovers} (BWO606W) and do the run again. {@code sysinDigest} is that
   * attempt's SYSIN digest (empty if unknown), so the dss can tell when the deck changed.
   */
  record Unfinished(
      int attempt,
      Ending ending,
      RunPhase lastPhase,
      String node,
      String sysinDigest,
      List<Leftover> leftovers)
      implements PriorOutcome {
    public Unfinished {
      Objects.requireNonNull(ending, "ending");
      Objects.requireNonNull(lastPhase, "lastPhase");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(sysinDigest, "sysinDigest");
      leftovers = List.copyOf(leftovers);
    }
  }

  /** How an unfinished attempt ended. */
  enum Ending {
    /** It recorded FAILED. */
    FAILED,
    /** It stopped without a word: killed, crashed, or its node died. */
    ABANDONED
  }
}
