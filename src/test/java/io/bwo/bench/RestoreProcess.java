package io.bwo.bench;

import io.bwo.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;

/**
 * One RESTORE as a user runs it: {@code bwo dss} in a process of its own with a {@code RESTORE
 * DATASET(INCLUDE(**)) INDDNAME(TAPE)} deck, into a new, empty catalog (a cold start). The
 * restore's own time is what BWO822I reports: the verify pass over the whole dump, then the write
 * pass (each data set staged, forced, read back and put in place); the process's wall time adds
 * the JVM's start and the catalog's opening.
 */
final class RestoreProcess {
  private static final Pattern RESTORED = Pattern.compile(
      "BWO822I .*, ([0-9]+) BYTES, .*VERIFY ([0-9]+) MS, WRITE ([0-9]+) MS");

  /** What one restore measured. */
  record Figures(long bytes, double verifyMillis, double writeMillis, double wallMillis,
      double peakRssMiB) {
    /** Verify and write: the restore's time, as BWO506I is the dump's. */
    double millis() {
      return verifyMillis + writeMillis;
    }
  }

  private RestoreProcess() {}

  /**
   * Restores every data set of {@code dump} into a new catalog at {@code into}, which is deleted
   * afterwards; fails unless the step ends with return code 0.
   */
  static Figures run(Path bwo, Path dump, Path into, String javaOpts, Path work, String runId)
      throws IOException {
    Path sysin = work.resolve(runId + ".sysin");
    Path sysprint = work.resolve(runId + ".sysprint");
    Files.write(sysin, List.of(" RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)"));
    Catalog target = Catalog.open(into);
    DumpProcess.Ran ran = DumpProcess.dss(bwo, target, sysin, sysprint, Map.of("TAPE", dump),
        javaOpts, List.of(), work, runId);
    String listing = Files.readString(sysprint);
    Matcher m = RESTORED.matcher(listing);
    if (ran.rc() != 0 || !m.find()) {
      throw new IOException("the restore ended with " + ran.rc() + "; see " + sysprint);
    }
    Files.delete(sysprint);
    PathUtils.deleteDirectory(into);
    return new Figures(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)), ran.wallMillis(), ran.peakRssMiB());
  }
}
