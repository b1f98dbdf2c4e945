import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/** 1,000 small files written, then forced: one thread, or N threads side by side. */
public class ForceProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a[0]);
    int n = Integer.parseInt(a[1]);
    int size = Integer.parseInt(a[2]);
    int[] threads = Arrays.stream(a[3].split(",")).mapToInt(Integer::parseInt).toArray();
    int rounds = Integer.parseInt(a[4]);
    byte[] bytes = new byte[size];
    new Random(1).nextBytes(bytes);
    for (int r = 0; r < rounds; r++) {
      for (int t : threads) {
        Path d = Files.createDirectories(dir.resolve("r" + r + "t" + t));
        List<FileChannel> open = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          FileChannel ch = FileChannel.open(d.resolve("f" + i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          ch.write(ByteBuffer.wrap(bytes));
          open.add(ch);
        }
        long t1 = System.nanoTime();
        if (t == 1) {
          for (FileChannel ch : open) ch.force(true);
        } else {
          ExecutorService ex = Executors.newFixedThreadPool(t);
          List<Future<?>> fs = new ArrayList<>();
          for (FileChannel ch : open) fs.add(ex.submit(() -> { ch.force(true); return null; }));
          for (Future<?> f : fs) f.get();
          ex.shutdown();
        }
        long t2 = System.nanoTime();
        for (FileChannel ch : open) ch.close();
        System.out.printf("round %d threads %2d: write %6.1f ms, force %6.1f ms%n", r, t, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
      }
    }
  }
}
