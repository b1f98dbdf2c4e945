import com.sun.nio.file.ExtendedOpenOption;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Round 30's probe of synced direct writes: MIB MiB to a new file in DIR with O_DIRECT (and
 * O_DSYNC with "dsync"), blocks of BLOCKKIB KiB, INFLIGHT at once; with "commit", a thread writes
 * 4 KiB and fdatasyncs another file 200 times a second meanwhile; -Dfalloc=1 preallocates the
 * file with fallocate(1) first; "prealloc" sets its length (a hole) first.
 *   java SyncProbe.java DIR MIB INFLIGHT BLOCKKIB [dsync|plain] [commit] [prealloc]
 */
public class SyncProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    long bytes = Long.parseLong(a[1]) << 20;
    int inflight = Integer.parseInt(a[2]);
    int block = Integer.parseInt(a[3]) << 10;
    boolean dsync = a.length > 4 && a[4].equals("dsync");
    boolean commit = a.length > 5 && a[5].equals("commit");
    boolean prealloc = a.length > 6 && a[6].equals("prealloc");
    Path f = dir.resolve("probe-" + System.nanoTime());
    List<OpenOption> o = new ArrayList<>(List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT));
    if (dsync) o.add(StandardOpenOption.DSYNC);
    FileChannel ch = FileChannel.open(f, o.toArray(OpenOption[]::new));
    if (System.getProperty("falloc") != null) {
      new ProcessBuilder("fallocate", "-l", Long.toString(bytes), f.toString()).inheritIO().start().waitFor();
    }
    if (prealloc) {
      try (var raf = new java.io.RandomAccessFile(f.toFile(), "rw")) { raf.setLength(bytes); }
    }
    AtomicBoolean stop = new AtomicBoolean();
    List<Double> commits = Collections.synchronizedList(new ArrayList<>());
    Thread committer = null;
    if (commit) {
      Path log = dir.resolve("probe-log-" + System.nanoTime());
      FileChannel lc = FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      committer = new Thread(() -> {
        ByteBuffer b = ByteBuffer.allocate(4096);
        long pos = 0; long next = System.nanoTime();
        try {
          while (!stop.get()) {
            long t = System.nanoTime();
            b.clear(); lc.write(b, pos); pos += 4096; lc.force(false);
            commits.add((System.nanoTime() - t) / 1e6);
            next += 5_000_000; long w = next - System.nanoTime(); if (w > 0) Thread.sleep(w / 1_000_000, (int) (w % 1_000_000));
          }
          lc.close(); Files.delete(log);
        } catch (Exception e) { throw new RuntimeException(e); }
      });
      committer.start();
      Thread.sleep(200);
    }
    ExecutorService pool = Executors.newFixedThreadPool(inflight);
    Semaphore sem = new Semaphore(inflight);
    ArrayBlockingQueue<ByteBuffer> bufs = new ArrayBlockingQueue<>(inflight);
    for (int i = 0; i < inflight; i++) {
      ByteBuffer b = ByteBuffer.allocateDirect(block + 4096).alignedSlice(4096);
      Random r = new Random(i); while (b.hasRemaining()) b.put((byte) r.nextInt());
      bufs.add(b);
    }
    List<Double> lat = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    for (long at = 0; at < bytes; at += block) {
      ByteBuffer b = bufs.take();
      long pos = at;
      pool.execute(() -> {
        try {
          long t = System.nanoTime();
          b.clear();
          while (b.hasRemaining()) ch.write(b, pos + b.position());
          lat.add((System.nanoTime() - t) / 1e6);
        } catch (Exception e) { e.printStackTrace(); }
        bufs.add(b);
      });
    }
    pool.shutdown(); pool.awaitTermination(1, TimeUnit.HOURS);
    ch.force(true);
    double ms = (System.nanoTime() - t0) / 1e6;
    stop.set(true); if (committer != null) committer.join();
    ch.close(); Files.delete(f);
    Collections.sort(lat); List<Double> c = new ArrayList<>(commits); Collections.sort(c);
    System.out.printf("inflight=%d block=%dK %s%s%s: %.0f ms, %.0f MB/s, write p50 %.2f p99 %.2f ms; commits %d p50 %.2f p99 %.2f%n",
      inflight, block >> 10, dsync ? "dsync" : "plain", commit ? " commit" : "", (prealloc ? " prealloc" : "") + (System.getProperty("falloc") != null ? " falloc" : ""), ms, bytes / 1e3 / ms,
      lat.get(lat.size() / 2), lat.get(lat.size() * 99 / 100), c.size(), c.isEmpty() ? 0 : c.get(c.size() / 2), c.isEmpty() ? 0 : c.get(c.size() * 99 / 100));
  }
}
