package io.bwo.bench;

import io.bwo.catalog.SegmentName;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.platform.DirectIo;
import io.bwo.platform.DumpInputs;
import io.bwo.platform.PageAligned;
import io.bwo.segment.SegmentSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.io.file.PathUtils;

/**
 * What a user would do instead, and the physical limits, each timed in milliseconds: {@code cp}
 * of the data files followed by {@code sync} of the copies (a copy is not safe before), a plain
 * read ({@code cat > /dev/null}), the offline way (segments OFFLINE, cp, ONLINE), bwo's own
 * verify of a dump, in this process, and the disk's limit for the way bwo writes: one stream of
 * direct writes, then a force, and the same writes each persisted as it is made.
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

  /**
   * Writes {@code bytes} of random data to a new {@code file} (deleted afterwards) as bwo's dump
   * and RESTORE write: 1 MiB page-aligned blocks with direct I/O, one after the other, then a
   * force; NaN where the file system refuses direct I/O.
   */
  static double directWriteMillis(Path file, long bytes) throws IOException {
    return directWrite(file, bytes);
  }

  /**
   * As {@link #directWriteMillis}, each block written with {@code O_DSYNC} as well, as a direct
   * dump writes while the applications commit (DirectDumpOutput): each write returns once the
   * disk has persisted it, so a commit's log force never finds more than the blocks in flight to
   * persist first. The limit of a dump that keeps the commits quick, where {@code cp} + {@code
   * sync} is the limit of one that does not.
   */
  static double syncedDirectWriteMillis(Path file, long bytes) throws IOException {
    return directWrite(file, bytes, StandardOpenOption.DSYNC);
  }

  private static double directWrite(Path file, long bytes, OpenOption... more)
      throws IOException {
    List<OpenOption> options = new ArrayList<>(
        List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    options.addAll(List.of(more));
    DirectIo.Aligned d = DirectIo.open(file, options.toArray(OpenOption[]::new));
    if (d == null) {
      return Double.NaN;
    }
    ByteBuffer block = PageAligned.allocate(1 << 20);
    new SplittableRandom(bytes).ints(block.capacity() / Integer.BYTES)
        .forEach(i -> block.putInt(i));
    try (FileChannel ch = d.channel()) {
      long t0 = System.nanoTime();
      for (long at = 0; at < bytes; at += block.capacity()) {
        block.clear();
        while (block.hasRemaining()) {
          ch.write(block, at + block.position());
        }
      }
      ch.force(true);
      return (System.nanoTime() - t0) / 1e6;
    } finally {
      Files.delete(file);
    }
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
    // As bwo verify FILE reads it: from the disk with direct I/O where it is not in the page cache.
    try (InputStream in = DumpInputs.open(dump)) {
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
