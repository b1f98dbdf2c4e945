package io.bwo.platform;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;

public class HugeProbe {
  public static void main(String[] a) throws Exception {
    boolean huge = a[0].equals("huge");
    int block = Integer.parseInt(a[1]) << 10;
    long total = 256L << 20;
    Path f = Path.of("/tmp/jh");
    for (int rep = 0; rep < 4; rep++) {
      ByteBuffer[] bufs = new ByteBuffer[4];
      for (int i = 0; i < 4; i++) {
        bufs[i] = huge ? PageAligned.forDirectIo(block, 4096) : PageAligned.allocate(block, 4096);
        while (bufs[i].hasRemaining()) bufs[i].put((byte) i);
      }
      String ah = Files.readAllLines(Path.of("/proc/self/smaps_rollup")).stream()
          .filter(l -> l.startsWith("AnonHuge")).findFirst().orElse("");
      String[] st0 = Files.readString(Path.of("/sys/block/vda/stat")).trim().split("\\s+");
      long t = System.nanoTime();
      DirectIo.Aligned d = DirectIo.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      FileChannel ch = d.channel();
      for (long pos = 0, i = 0; pos < total; pos += block, i++) {
        ByteBuffer b = bufs[(int) (i % 4)].clear();
        while (b.hasRemaining()) ch.write(b, pos + b.position());
      }
      long t1 = System.nanoTime();
      ch.force(true); ch.close();
      long t2 = System.nanoTime();
      String[] st1 = Files.readString(Path.of("/sys/block/vda/stat")).trim().split("\\s+");
      long req = Long.parseLong(st1[4]) - Long.parseLong(st0[4]);
      long sec = Long.parseLong(st1[6]) - Long.parseLong(st0[6]);
      System.out.printf("%s %d KiB: write %d ms force %d ms total %d, %d req avg %d KiB, %s%n", a[0], block >> 10,
          (t1 - t) / 1000000, (t2 - t1) / 1000000, (t2 - t) / 1000000, req, req == 0 ? 0 : sec / 2 / req, ah.replaceAll("\\s+", " "));
      Files.delete(f);
    }
  }
}
