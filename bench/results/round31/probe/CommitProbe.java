import com.sun.nio.file.ExtendedOpenOption;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Round 31's probe: a committer appends a 512-byte record and fdatasyncs it 200 times a second,
 * to a log that grows ("extend", as the redo log does) or to one written with zeros beforehand
 * ("overwrite", as a preformatted log), while nothing else runs ("none") or a dump-like writer
 * writes MIB MiB to a new file: "dsync" O_DIRECT|O_DSYNC 2 MiB blocks, 3 in flight (OPTIMIZE(4)
 * while committing); "direct" O_DIRECT 1 MiB blocks unsynced at 128 MiB/s; "dsyncpaced"
 * O_DIRECT|O_DSYNC blocks, 3 in flight, in 1 MiB bursts at 128 MiB/s (OPTIMIZE(1) while
 * committing, its chunk a read). -DblockKib=N sets the block (default 2048 for dsync, 1024 else).
 *   java [-DblockKib=N] CommitProbe.java DIR extend|overwrite none|dsync|direct|dsyncpaced MIB
 *     [SECONDS for none]
 */
public class CommitProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    boolean overwrite = a[1].equals("overwrite");
    String writer = a[2];
    long bytes = Long.parseLong(a[3]) << 20;
    double seconds = a.length > 4 ? Double.parseDouble(a[4]) : 5;
    Path log = dir.resolve("probe-log-" + System.nanoTime());
    FileChannel lc = FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (overwrite) {
      ByteBuffer z = ByteBuffer.allocate(1 << 20);
      for (long p = 0; p < (64L << 20); p += z.capacity()) { z.clear(); lc.write(z, p); }
      lc.force(true);
    }
    AtomicBoolean stop = new AtomicBoolean();
    List<Double> commits = Collections.synchronizedList(new ArrayList<>());
    Thread committer = new Thread(() -> {
      ByteBuffer b = ByteBuffer.allocate(512);
      long pos = 0; long next = System.nanoTime();
      try {
        while (!stop.get()) {
          long t = System.nanoTime();
          b.clear(); lc.write(b, pos); pos += 512; if (pos >= (64L << 20)) pos = 0; lc.force(false);
          commits.add((System.nanoTime() - t) / 1e6);
          next += 5_000_000; long w = next - System.nanoTime(); if (w > 0) Thread.sleep(w / 1_000_000, (int) (w % 1_000_000));
        }
      } catch (Exception e) { throw new RuntimeException(e); }
    });
    committer.start();
    Thread.sleep(300);
    commits.clear();
    long t0 = System.nanoTime();
    if (writer.equals("none")) {
      Thread.sleep((long) (seconds * 1000));
    } else {
      boolean dsync = writer.startsWith("dsync");
      boolean paced = writer.equals("dsyncpaced");
      int block = Integer.getInteger("blockKib", dsync ? 2048 : 1024) << 10;
      int inflight = dsync ? 3 : 1;
      long burst = 1 << 20;
      Path f = dir.resolve("probe-" + System.nanoTime());
      List<OpenOption> o = new ArrayList<>(List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT));
      if (dsync) o.add(StandardOpenOption.DSYNC);
      FileChannel ch = FileChannel.open(f, o.toArray(OpenOption[]::new));
      ExecutorService pool = Executors.newFixedThreadPool(inflight);
      ArrayBlockingQueue<ByteBuffer> bufs = new ArrayBlockingQueue<>(inflight);
      for (int i = 0; i < inflight; i++) {
        ByteBuffer b = ByteBuffer.allocateDirect(block + 4096).alignedSlice(4096);
        Random r = new Random(i); while (b.hasRemaining()) b.put((byte) r.nextInt());
        bufs.add(b);
      }
      long due = System.nanoTime();
      for (long at = 0; at < bytes; at += block) {
        if ((!dsync || paced) && at % burst == 0) { due += burst * 1_000_000_000L / (128L << 20); long w = due - System.nanoTime(); if (w > 0) Thread.sleep(w / 1_000_000, (int) (w % 1_000_000)); }
        ByteBuffer b = bufs.take();
        long pos = at;
        pool.execute(() -> {
          try { b.clear(); while (b.hasRemaining()) ch.write(b, pos + b.position()); } catch (Exception e) { e.printStackTrace(); }
          bufs.add(b);
        });
      }
      pool.shutdown(); pool.awaitTermination(1, TimeUnit.HOURS);
      ch.force(true);
      ch.close(); Files.delete(f);
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    stop.set(true); committer.join();
    lc.close(); Files.delete(log);
    List<Double> c = new ArrayList<>(commits); Collections.sort(c);
    System.out.printf("%s %s block %s: %.0f ms%s; commits %d p50 %.2f p99 %.2f max %.2f ms%n",
      a[1], writer, Integer.getInteger("blockKib", -1), ms, writer.equals("none") ? "" : String.format(", %.0f MB/s", bytes / 1e3 / ms),
      c.size(), c.get(c.size() / 2), c.get(c.size() * 99 / 100), c.get(c.size() - 1));
  }
}
