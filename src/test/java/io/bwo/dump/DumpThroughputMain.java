package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: measures the dump writer and verify on 1 GiB (or the GiB given) in a temporary
 * directory, against the plain write speed of the same disk (measured first and last, since a
 * virtual disk is often slower on its first gigabyte), and SHA-256 for comparison (the
 * reason the digests of the format do not hash the data). Run it with:
 *
 * <pre>
 *   mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.bwo.dump.DumpThroughputMain
 * </pre>
 *
 * Verify reads a file the writer has just written, so it usually reads from the page cache.
 */
public final class DumpThroughputMain {
  private static final int CI = 4096;
  private static final int WRITE = 1 << 20;
  private static final int DATA_SETS = 4;

  private DumpThroughputMain() {}

  public static void main(String[] args) throws Exception {
    long total = (args.length > 0 ? Long.parseLong(args[0]) : 1) << 30;
    byte[] source = pages(16 << 20);
    Path dir = Files.createTempDirectory("bwo-dump-throughput");
    try {
      plainWrite(dir, total, source, "plain file write + fsync (first)");
      for (Compression c : Compression.values()) {
        long t0 = System.nanoTime();
        try (DumpWriter w = DumpWriter.start(OutputStream.nullOutputStream(), header(c))) {
          copyAll(w, total, source);
          w.finish();
          report("dump write to a discarding stream (CPU only), " + c, total,
              System.nanoTime() - t0, w.bytesWritten());
        }
        Path dump = dir.resolve("dump-" + c);
        t0 = System.nanoTime();
        write(dump, c, total, source);
        report("dump write + fsync, " + c, total, System.nanoTime() - t0, Files.size(dump));
        t0 = System.nanoTime();
        VerifyReport r;
        try (InputStream in = Files.newInputStream(dump)) {
          r = DumpVerifier.verify(in);
        }
        report("verify (" + (r.ok() ? "sound" : r.fault().get().message()) + "), " + c, total,
            System.nanoTime() - t0, Files.size(dump));
        Files.delete(dump);
      }

      plainWrite(dir, total, source, "plain file write + fsync (again)");
      MessageDigest sha = Digests.sha256();
      long t0 = System.nanoTime();
      for (long done = 0; done < total; done += WRITE) {
        sha.update(source, (int) (done % source.length), WRITE);
      }
      sha.digest();
      report("SHA-256 of the data (not used)", total, System.nanoTime() - t0, total);
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  /** Writes {@code total} bytes to a plain file: what the disk can take. */
  private static void plainWrite(Path dir, long total, byte[] source, String what)
      throws IOException {
    Path plain = dir.resolve("plain");
    long t0 = System.nanoTime();
    try (FileOutputStream out = new FileOutputStream(plain.toFile())) {
      for (long done = 0; done < total; done += WRITE) {
        out.write(source, (int) (done % source.length), WRITE);
      }
      out.getFD().sync();
    }
    report(what, total, System.nanoTime() - t0, total);
    Files.delete(plain);
  }

  /** Dumps into {@code file} and forces it to disk. */
  private static void write(Path file, Compression c, long total, byte[] source)
      throws Exception {
    try (FileOutputStream out = new FileOutputStream(file.toFile());
        DumpWriter w = DumpWriter.start(out, header(c))) {
      copyAll(w, total, source);
      w.finish();
      out.getFD().sync();
    }
  }

  /** Dumps {@link #DATA_SETS} data sets of {@code total / DATA_SETS} bytes, two at a time. */
  private static void copyAll(DumpWriter w, long total, byte[] source) throws Exception {
    long cisEach = total / DATA_SETS / CI;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> copies = new ArrayList<>();
      for (int i = 0; i < DATA_SETS; i++) {
        CatalogEntry e = DumpFixture.entry("BWO.THRUPUT.DS" + i, CI, cisEach);
        copies.add(pool.submit(() -> {
          DataSetSink s = w.begin(e);
          for (long ci = 0; ci < cisEach; ci += WRITE / CI) {
            s.writeCis(ci, source, (int) (ci * CI % source.length), WRITE);
          }
          s.end();
        }));
      }
      for (Future<?> f : copies) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static DumpHeader header(Compression c) {
    return DumpFixture.header(c, DumpHeader.DEFAULT_CHUNK_BYTES);
  }

  /** Pages as a page data set holds them: a random first quarter, the rest zero. */
  private static byte[] pages(int length) {
    byte[] b = new byte[length];
    Random r = new Random(1);
    byte[] used = new byte[CI / 4];
    for (int p = 0; p < length; p += CI) {
      r.nextBytes(used);
      System.arraycopy(used, 0, b, p, used.length);
    }
    return b;
  }

  private static void report(String what, long bytes, long nanos, long fileBytes) {
    System.out.printf("%-60s %8.0f MB/s  (%d MB in %.2f s, file %d MB)%n", what,
        bytes / (nanos / 1e9) / 1e6, bytes >> 20, nanos / 1e9, fileBytes >> 20);
  }
}
