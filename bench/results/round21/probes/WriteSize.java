import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import static java.nio.file.StandardOpenOption.*;

/** java WriteSize.java MIB SIZES_KIB_IN_ORDER [nocp]: each step 1 GiB of writes of that size. */
public class WriteSize {
  static void run(String... cmd) throws Exception { new ProcessBuilder(cmd).inheritIO().start().waitFor(); }
  public static void main(String[] a) throws Exception {
    Path out = Path.of("/tmp/probe/out.bin");
    long size = Long.parseLong(a[0]) << 20;
    String[] order = a[1].split(",");
    byte[] src = new byte[1 << 20];
    new java.util.Random(1).nextBytes(src);
    int i = 0;
    for (String v : order) {
      int bs = Integer.parseInt(v) << 10;
      if (a.length < 3) {
        // as the bench: cp + sync of the world, the copy deleted, then the step
        run("cp", "/tmp/probe/src.bin", "/tmp/probe/cp.bin"); run("sync");
        Files.delete(Path.of("/tmp/probe/cp.bin"));
      }
      Files.deleteIfExists(out);
      run("sync");
      Thread.sleep(500);
      ByteBuffer buf = ByteBuffer.allocateDirect(bs + 4096).alignedSlice(4096).limit(bs).slice();
      long t0 = System.nanoTime();
      try (FileChannel ch = FileChannel.open(out, CREATE, WRITE, TRUNCATE_EXISTING)) {
        for (long n = 0; n < size; n += bs) {
          buf.clear();
          buf.put(src, 0, bs).flip();
          while (buf.hasRemaining()) ch.write(buf);
        }
        long tw = System.nanoTime();
        ch.force(false);
        long tf = System.nanoTime();
        System.out.printf("%d %dK write %d total %d%n", i++, bs >> 10, (tw - t0) / 1000000, (tf - t0) / 1000000);
      }
    }
  }
}
