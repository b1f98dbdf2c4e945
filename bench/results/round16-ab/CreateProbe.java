import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

public class CreateProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a[0]);
    byte[] bytes = new byte[300];
    for (int r = 0; r < 4; r++) {
      for (int t : new int[] {1, 4}) {
        Path d = Files.createDirectories(dir.resolve("r" + r + "t" + t));
        ExecutorService ex = Executors.newFixedThreadPool(t);
        long t0 = System.nanoTime();
        List<Future<FileChannel>> fs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
          Path p = d.resolve("E" + i + ".tmp");
          fs.add(ex.submit(() -> { FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE); ch.write(ByteBuffer.wrap(bytes)); return ch; }));
        }
        for (Future<FileChannel> f : fs) f.get().close();
        long t1 = System.nanoTime();
        ex.shutdown();
        System.out.printf("round %d threads %d: create+write %.1f ms%n", r, t, (t1 - t0) / 1e6);
      }
    }
  }
}
