package io.bwo.bench;

import io.bwo.catalog.Catalog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One BWO dump as a user runs it: {@code bwo dss} in a process of its own, with the deck on SYSIN
 * and the dump on DD TAPE. While it runs, its peak RSS (VmHWM) and the side files in the
 * catalog's runtime folder are polled; afterwards its listing gives the freeze window (BWO503I),
 * the quiesce time (BWO502I) and the copy time (BWO506I: copy to publish, fsync included; the
 * read-back of the published dump, BWO518I, comes after it and is only in the wall time).
 */
final class DumpProcess {
  private static final Pattern QUIESCED = Pattern.compile("BWO502I .*QUIESCED IN ([0-9.]+) MS");
  private static final Pattern WINDOW = Pattern.compile("BWO503I .*FREEZE WINDOW ([0-9.]+) MS");
  private static final Pattern COPY =
      Pattern.compile("BWO506I .*, ([0-9]+) BYTES, .*COPY ([0-9]+) MS");
  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+([0-9]+) kB");

  /**
   * What one dump measured. The copy window is when side files existed (sessions established
   * to last session ended), in System.nanoTime; without side files, the process's lifetime.
   * {@code endedAt} is when the process ended: after the copy, the step reads its dump back.
   */
  record Figures(int rc, double quiesceMillis, double windowMillis, long bytes, double copyMillis,
      double peakRssMiB, long peakSideBytes, long copyFrom, long copyTo, long endedAt,
      double wallMillis, Path listing) {
    double mbPerSecond() {
      return bytes / 1e6 / Math.max(copyMillis / 1e3, 1e-9);
    }
  }

  private DumpProcess() {}

  /**
   * Dumps every data set of {@code catalog} to {@code dump}, with {@code keywords} (" COMPRESS",
   * " OPTIMIZE(4)" or "") after the deck's own; files go to {@code work}.
   */
  static Figures run(Path bwo, Catalog catalog, Path dump, String keywords, String javaOpts,
      List<String> dssArgs, Path work, String runId) throws IOException {
    Path sysin = work.resolve(runId + ".sysin");
    Path sysprint = work.resolve(runId + ".sysprint");
    Files.write(sysin, List.of(
        " DUMP DATASET(INCLUDE(" + World.HLQ + ".**)) -",
        "      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT" + keywords));
    Ran ran = dss(bwo, catalog, sysin, sysprint, Map.of("TAPE", dump), javaOpts, dssArgs, work,
        runId);
    String listing = Files.readString(sysprint);
    Matcher copy = COPY.matcher(listing);
    boolean copied = copy.find();
    return new Figures(ran.rc(), number(QUIESCED, listing), number(WINDOW, listing),
        copied ? Long.parseLong(copy.group(1)) : 0,
        copied ? Double.parseDouble(copy.group(2)) : Double.NaN, ran.peakRssMiB(),
        ran.peakSideBytes(), ran.sideFrom(), ran.sideTo(), ran.endedAt(), ran.wallMillis(),
        sysprint);
  }

  /**
   * What a {@code bwo dss} process did: its return code, its peak RSS, and the side files of
   * its catalog (peak, and when they first and last existed, or its lifetime without any).
   */
  record Ran(int rc, double peakRssMiB, long peakSideBytes, long sideFrom, long sideTo,
      long endedAt, double wallMillis) {}

  /**
   * Runs {@code bwo dss} on {@code catalog} as a user does, in its own process, with the deck
   * {@code sysin}, the listing on {@code sysprint} and {@code dds} as further DDs, polling its
   * peak RSS and the catalog's side files until it ends.
   */
  static Ran dss(Path bwo, Catalog catalog, Path sysin, Path sysprint, Map<String, Path> dds,
      String javaOpts, List<String> dssArgs, Path work, String runId) throws IOException {
    List<String> command = new ArrayList<>(List.of(bwo.toString(), "dss", "--catalog",
        catalog.root().toString(), "--run-id", runId));
    command.addAll(dssArgs);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.put("DD_SYSIN", sysin.toString());
    env.put("DD_SYSPRINT", sysprint.toString());
    dds.forEach((dd, file) -> env.put("DD_" + dd, file.toString()));
    env.put("BWO_CONSOLE_LOG", work.resolve("console.log").toString());
    env.put("BWO_JAVA_OPTS", javaOpts);
    pb.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("dss.out").toFile()));
    long started = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    double peakRss = 0;
    long peakSide = 0;
    long sideFrom = 0;
    long sideTo = 0;
    while (p.isAlive()) {
      peakRss = Math.max(peakRss, vmHwmMiB(status));
      long side = sideBytes(catalog.runtimeDir());
      long now = System.nanoTime();
      if (side >= 0) {
        sideFrom = sideFrom == 0 ? now : sideFrom;
        sideTo = now;
        peakSide = Math.max(peakSide, side);
      }
      Bench.sleep(5);
    }
    long ended = System.nanoTime();
    return new Ran(p.exitValue(), peakRss, peakSide, sideFrom == 0 ? started : sideFrom,
        sideFrom == 0 ? ended : sideTo, ended, (ended - started) / 1e6);
  }

  private static double number(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** The process's peak resident set so far, in MiB; 0 once it is gone. */
  private static double vmHwmMiB(Path status) {
    try {
      Matcher m = HWM.matcher(Files.readString(status));
      return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : 0;
    } catch (IOException gone) {
      return 0;
    }
  }

  /** The bytes of all side files now, or -1 when there is none. */
  private static long sideBytes(Path runtimeDir) {
    long total = -1;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(runtimeDir, "*.side")) {
      for (Path f : files) {
        try {
          total = Math.max(total, 0) + Files.size(f);
        } catch (NoSuchFileException ended) {
          // The session ended between the listing and the size.
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }
}
