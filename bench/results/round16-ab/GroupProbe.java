import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/** 1,000 small files in groups of 64: create+write the group, then force it (16 threads). */
public class GroupProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a[0]);
    int group = Integer.parseInt(a[1]);
    byte[] bytes = new byte[300];
    ExecutorService ex = Executors.newFixedThreadPool(16);
    for (int r = 0; r < 3; r++) {
      Path d = Files.createDirectories(dir.resolve("r" + r));
      long create = 0, force = 0;
      for (int g = 0; g < 1000; g += group) {
        List<FileChannel> open = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = g; i < Math.min(1000, g + group); i++) {
          FileChannel ch = FileChannel.open(d.resolve("E" + i + ".tmp"), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
          ch.write(ByteBuffer.wrap(bytes));
          open.add(ch);
        }
        long t1 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (FileChannel ch : open) fs.add(ex.submit(() -> { ch.force(true); return null; }));
        for (Future<?> f : fs) f.get();
        for (FileChannel ch : open) ch.close();
        long t2 = System.nanoTime();
        create += t1 - t0; force += t2 - t1;
      }
      System.out.printf("group %d round %d: create+write %.1f ms, force %.1f ms%n", group, r, create / 1e6, force / 1e6);
    }
    ex.shutdown();
  }
}
