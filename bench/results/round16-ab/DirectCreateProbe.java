import com.sun.nio.file.ExtendedOpenOption;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/** 1,000 files of 64 KiB: create (direct or not) and write, writes on 3 threads; time the creates. */
public class DirectCreateProbe {
  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a[0]);
    ByteBuffer block = ByteBuffer.allocateDirect(65536 + 4096);
    int off = (int) (4096 - (((sun.nio.ch.DirectBuffer) block).address() % 4096)) % 4096;
    block.position(off).limit(off + 65536);
    ByteBuffer aligned = block.slice();
    new Random(1).nextBytes(new byte[1]);
    for (int r = 0; r < 3; r++) {
      for (String mode : new String[] {"direct", "direct-nowrite", "plain-nowrite"}) {
        Path d = Files.createDirectories(dir.resolve("r" + r + mode));
        ExecutorService ex = Executors.newFixedThreadPool(3);
        List<Future<?>> fs = new ArrayList<>();
        long create = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          long c0 = System.nanoTime();
          FileChannel ch = mode.startsWith("direct")
              ? FileChannel.open(d.resolve("F" + i + ".rst"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS, ExtendedOpenOption.DIRECT)
              : FileChannel.open(d.resolve("F" + i + ".rst"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
          create += System.nanoTime() - c0;
          if (mode.equals("direct")) {
            fs.add(ex.submit(() -> { ch.write(aligned.duplicate(), 0); ch.close(); return null; }));
          } else {
            ch.close();
          }
        }
        for (Future<?> f : fs) f.get();
        long t1 = System.nanoTime();
        ex.shutdown();
        System.out.printf("round %d %-15s creates %.1f ms, all %.1f ms%n", r, mode, create / 1e6, (t1 - t0) / 1e6);
      }
    }
  }
}
