package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.dss.Adrdssu;
import io.bwo.dss.DssOptions;
import io.bwo.dss.ExecParm;
import io.bwo.dss.PhaseObserver;
import io.bwo.journal.RunIds;
import io.bwo.journal.RunJournal;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.platform.Platform;
import io.bwo.segment.SegmentSystems;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bwo dss}: the ADRDSSU of this world. Control statements from the SYSIN DD, the listing
 * to the SYSPRINT DD, dumps to the DDs that OUTDDNAME names; the exit code is the step's return
 * code.
 */
@Command(
    name = "dss",
    description = {"Run DFSMSdss control statements (DUMP, RESTORE) from the SYSIN DD.",
        "DDs come from DD_<NAME> environment variables or --dd NAME=PATH."},
    mixinStandardHelpOptions = true)
final class DssCommand implements Callable<Integer> {
  @Mixin CatalogOption catalog;

  @Option(names = "--dd", paramLabel = "NAME=PATH",
      description = "Allocate DD NAME to PATH (as DD_NAME=PATH does).")
  Map<String, String> dds = Map.of();

  @Option(names = "--parm", paramLabel = "PARM",
      description = "The EXEC PARM (comma-separated): TYPRUN=NORUN|SCAN, LINECNT=n, PAGENO=n,"
          + " RUNID=id; ADRDSSU's other keywords are checked and have no effect.")
  String parm;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: $BWO_RUN_ID, "
      + "else derived from the job name and id).")
  String runId;

  @Option(names = "--freeze-limit", paramLabel = "MS", defaultValue = "10000",
      description = "Longest freeze while sessions are established (default ${DEFAULT-VALUE}).")
  long freezeLimitMillis;

  @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "60",
      description = "Freeze lease: a dead or stopped holder's freeze ends after this (default "
          + "${DEFAULT-VALUE}); a concurrent copy's, at the latest 2 s after the freeze limit.")
  long leaseSeconds;

  @Option(names = "--copy-threads", paramLabel = "N", defaultValue = "4",
      description = "Data sets copied at once (default ${DEFAULT-VALUE}).")
  int copyThreads;

  @Override
  public Integer call() {
    positive("--freeze-limit", freezeLimitMillis);
    positive("--lease", leaseSeconds);
    positive("--copy-threads", copyThreads);
    dds.forEach(Platform::defineDd);
    Platform platform = Platform.jzos();
    Clock clock = Clock.systemDefaultZone();
    String product = new VersionProvider().getVersion()[0].toUpperCase();
    DssOptions options = new DssOptions(ExecParm.NONE, Optional.empty(),
        Duration.ofMillis(freezeLimitMillis), Duration.ofSeconds(leaseSeconds), copyThreads);
    try {
      options = options.withParm(parm);
    } catch (BwoException e) {
      // As DFSMSdss ends a job whose PARM it does not take: in the listing, before SYSIN is read.
      return Adrdssu.refuse(platform, clock, product, e.message());
    }
    Catalog cat = catalog.open();
    options = options.withRunId(RunIds.resolve(Optional.ofNullable(runId),
        Optional.ofNullable(parm), System.getenv()));
    return Adrdssu.run(new Adrdssu.Run(platform, cat,
        events -> SegmentSystems.connect(cat, clock, events), clock, options, List.of(),
        PhaseObserver.NONE, product, true, Optional.of(RunJournal.open(cat))));
  }

  private static void positive(String option, long value) {
    if (value <= 0) {
      throw BwoException.of(Msg.BWO003E, option, value, "A NUMBER GREATER THAN 0");
    }
  }
}
