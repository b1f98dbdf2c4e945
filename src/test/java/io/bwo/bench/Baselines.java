package io.bwo.bench;

import io.bwo.catalog.SegmentName;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.segment.SegmentSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * What a user would do instead, and the physical limits, each timed in milliseconds: {@code cp}
 * of the data files followed by {@code sync} of the copies (a copy is not safe before), a plain
 * read ({@code cat > /dev/null}), the offline way (segments OFFLINE, cp, ONLINE), and bwo's own
 * verify of a dump, in this process.
 */
final class Baselines {
  private Baselines() {}

  /** {@code cp} of {@code files} into {@code into} (created, then deleted), then {@code sync}. */
  static double copyMillis(List<Path> files, Path into) throws IOException {
    Files.createDirectories(into);
    List<String> cp = new ArrayList<>(List.of("cp"));
    files.forEach(f -> cp.add(f.toString()));
    cp.add(into.toString());
    List<String> sync = new ArrayList<>(List.of("sync"));
    files.forEach(f -> sync.add(into.resolve(f.getFileName()).toString()));
    long t0 = System.nanoTime();
    exec(cp);
    exec(sync);
    double millis = (System.nanoTime() - t0) / 1e6;
    PathUtils.deleteDirectory(into);
    return millis;
  }

  /** {@code cat file > /dev/null}. */
  static double readMillis(Path file) throws IOException {
    long t0 = System.nanoTime();
    exec(List.of("sh", "-c", "cat \"$0\" > /dev/null", file.toString()));
    return (System.nanoTime() - t0) / 1e6;
  }

  /** The offline way's outage: every segment OFFLINE, cp and sync the files, ONLINE again. */
  static double offlineOutageMillis(SegmentSystem system, List<SegmentName> segments,
      List<Path> files, Path into) throws IOException {
    long t0 = System.nanoTime();
    segments.forEach(system::offline);
    try {
      copyMillis(files, into);
    } finally {
      segments.forEach(system::online);
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  /** {@code bwo verify}'s work on {@code dump}, in this process; fails unless the dump is sound. */
  static double verifyMillis(Path dump) throws IOException {
    long t0 = System.nanoTime();
    VerifyReport report;
    try (InputStream in = Files.newInputStream(dump)) {
      report = DumpVerifier.verify(in);
    }
    if (!report.ok()) {
      throw new IOException("the dump " + dump + " is not sound: " + report.fault());
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void exec(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    try {
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IOException(String.join(" ", command.subList(0, 1)) + " ended with " + rc);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted", e);
    }
  }
}
