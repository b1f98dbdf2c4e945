package io.bwo.dss;

import io.bwo.journal.RunId;
import io.bwo.journal.RunIds;
import java.time.Duration;
import java.util.Optional;

/**
 * The run's options from outside SYSIN: the EXEC PARM ({@link ExecParm}) and bwo's own.
 *
 * @param parm the EXEC PARM
 * @param runId the run id given and where it came from, if any (else the run derives one)
 * @param freezeLimit the longest the system may stay frozen while sessions are established
 * @param lease the freeze lease: how long a freeze outlives a holder that stops answering (a
 *     concurrent copy's freeze, at most {@link #windowLease})
 * @param copyThreads how many data sets are copied at once
 */
public record DssOptions(
    ExecParm parm, Optional<RunIds.Resolved> runId, Duration freezeLimit, Duration lease,
    int copyThreads) {

  /** How long after the freeze limit the segment system ends a window's freeze by itself. */
  static final Duration WINDOW_MARGIN = Duration.ofSeconds(2);

  /** The defaults: a 10 s freeze limit, a 60 s lease, 4 copy threads. */
  public static DssOptions defaults() {
    return new DssOptions(ExecParm.NONE, Optional.empty(), Duration.ofSeconds(10),
        Duration.ofSeconds(60), 4);
  }

  /**
   * The lease of a concurrent copy's freeze: the freeze limit and {@link #WINDOW_MARGIN}, or the
   * lease where that is shorter. The step thaws the system itself at the limit (FreezeLimit); a
   * step that stops answering inside the window (stopped, paged out, hung) leaves it frozen only
   * until this lease runs out, not for the whole lease a copy held frozen throughout may need.
   */
  public Duration windowLease() {
    Duration bound = freezeLimit.plus(WINDOW_MARGIN);
    return bound.compareTo(lease) < 0 ? bound : lease;
  }

  /** {@code TYPRUN=NORUN}: list what would be processed, process nothing. */
  public boolean noRun() {
    return parm.noRun();
  }

  /**
   * These options with the EXEC PARM {@code parm} ({@link ExecParm#parse}).
   *
   * @throws io.bwo.message.BwoException ADR009T or BWO515E for a keyword or value not taken
   */
  public DssOptions withParm(String parm) {
    return new DssOptions(ExecParm.parse(parm), runId, freezeLimit, lease, copyThreads);
  }

  /** These options with run id {@code id}, given by the caller. */
  public DssOptions withRunId(String id) {
    return withRunId(Optional.of(new RunIds.Resolved(RunId.parse(id), "THE CALLER")));
  }

  /** These options with the run id resolved by {@link RunIds#resolve}, if any. */
  public DssOptions withRunId(Optional<RunIds.Resolved> id) {
    return new DssOptions(parm, id, freezeLimit, lease, copyThreads);
  }
}
