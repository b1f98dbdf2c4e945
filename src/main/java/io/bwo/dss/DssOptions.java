package io.bwo.dss;

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
 * @param runId the run id given, if any (else the run derives one)
 * @param freezeLimit the longest the system may stay frozen while sessions are established
 * @param lease the freeze lease: how long a freeze outlives a holder that stops answering
 * @param copyThreads how many data sets are copied at once
 */
public record DssOptions(
    boolean noRun, Optional<String> runId, Duration freezeLimit, Duration lease, int copyThreads) {

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
        o = new DssOptions(o.noRun, Optional.of(p.substring(6)), o.freezeLimit, o.lease,
            o.copyThreads);
      } else {
        throw BwoException.of(Msg.BWO515E, "PARM '" + p + "'",
            "THE PARM TAKES TYPRUN=NORUN AND RUNID=id");
      }
    }
    return o;
  }

  /** These options with run id {@code id}. */
  public DssOptions withRunId(String id) {
    return new DssOptions(noRun, Optional.ofNullable(id), freezeLimit, lease, copyThreads);
  }
}
