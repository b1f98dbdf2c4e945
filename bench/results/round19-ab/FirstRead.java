import java.nio.*; import java.nio.channels.*; import java.nio.file.*;
public class FirstRead2 {
  public static void main(String[] a) throws Exception {
    Path f = Path.of(a[0]);
    long sleep = Long.parseLong(a[1]);
    String mode = a[2];
    ByteBuffer[] bufs = new ByteBuffer[4];
    for (int i = 0; i < 4; i++) bufs[i] = ByteBuffer.allocateDirect(4 << 20);
    if (mode.equals("touch")) for (ByteBuffer b : bufs) for (int p = 0; p < b.capacity(); p += 4096) b.put(p, (byte) 1);
    if (mode.equals("readtwice")) try (FileChannel ch = FileChannel.open(f)) { for (ByteBuffer b : bufs) { b.clear(); ch.read(b, 0); } }
    Thread.sleep(sleep);
    try (FileChannel ch = FileChannel.open(f)) {
      for (int i = 0; i < 4; i++) {
        for (int rep = 0; rep < 2; rep++) {
          bufs[i].clear();
          long t0 = System.nanoTime();
          while (bufs[i].hasRemaining()) if (ch.read(bufs[i], (long) i * (4 << 20) + (4 << 20) - bufs[i].remaining()) < 0) break;
          long t1 = System.nanoTime();
          System.out.printf("%s buf %d rep %d: %.2f ms%n", mode, i, rep, (t1 - t0) / 1e6);
        }
      }
    }
  }
}
