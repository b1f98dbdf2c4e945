package io.bwo.dss;

import io.bwo.journal.RunId;
import io.bwo.journal.RunIds;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The run's options from outside SYSIN: the EXEC PARM (as DFSMSdss takes {@code TYPRUN=NORUN})
 * and bwo's own.
 *
 * @param noRun {@code TYPRUN=NORUN}: list what would be processed, process nothing
 * @param runId the run id given and where it came from, if any (else the run derives one)
 * @param freezeLimit the longest the system may stay frozen while sessions are established
 * @param lease the freeze lease: how long a freeze outlives a holder that stops answering
 * @param copyThreads how many data sets are copied at once
 */
public record DssOptions(
    boolean noRun, Optional<RunIds.Resolved> runId, Duration freezeLimit, Duration lease,
    int copyThreads) {

  /** The defaults: a 10 s freeze limit, a 60 s lease, 4 copy threads. */
  public static DssOptions defaults() {
    return new DssOptions(false, Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(60),
        4);
  }

  /**
   * These options with the EXEC PARM applied: comma-separated {@code TYPRUN=NORUN|RUN} and
   * {@code RUNID=id}; BWO515E names anything else.
   */
  public DssOptions withParm(String parm) {
    DssOptions o = this;
    if (parm == null || parm.isBlank()) {
      return o;
    }
    for (String item : parm.split(",")) {
      String p = item.trim();
      String upper = p.toUpperCase(Locale.ROOT);
      if (upper.equals("TYPRUN=NORUN")) {
        o = new DssOptions(true, o.runId, o.freezeLimit, o.lease, o.copyThreads);
      } else if (upper.equals("TYPRUN=RUN") || upper.isEmpty()) {
        o = new DssOptions(false, o.runId, o.freezeLimit, o.lease, o.copyThreads);
      } else if (upper.startsWith("RUNID=")) {
        continue; // resolved with the option and BWO_RUN_ID by RunIds, in their order
      } else {
        throw BwoException.of(Msg.BWO515E, "PARM '" + p + "'",
            "THE PARM TAKES TYPRUN=NORUN AND RUNID=id");
      }
    }
    return o;
  }

  /** These options with run id {@code id}, given by the caller. */
  public DssOptions withRunId(String id) {
    return withRunId(Optional.of(new RunIds.Resolved(RunId.parse(id), "THE CALLER")));
  }

  /** These options with the run id resolved by {@link RunIds#resolve}, if any. */
  public DssOptions withRunId(Optional<RunIds.Resolved> id) {
    return new DssOptions(noRun, id, freezeLimit, lease, copyThreads);
  }
}
