package io.bwo.platform;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

public class Contend {
  static long readCrc(Path dump, ByteBuffer read) throws Exception {
    long t = System.nanoTime();
    CRC32C crc = new CRC32C();
    try (FileChannel ch = FileChannel.open(dump, StandardOpenOption.READ)) {
      for (;;) {
        read.clear().limit(1 << 20);
        int k = ch.read(read);
        if (k < 0) break;
        read.flip();
        crc.update(read);
      }
    }
    return System.nanoTime() - t;
  }
  static long write(Path out, ByteBuffer buf) throws Exception {
    long t = System.nanoTime();
    DirectIo.Aligned d = DirectIo.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    try (FileChannel ch = d.channel()) {
      for (long at = 0; at < (256L << 20); at += 1 << 20) {
        buf.clear();
        ch.write(buf, at);
      }
    }
    return System.nanoTime() - t;
  }
  public static void main(String[] a) throws Exception {
    Path dump = Path.of(a[0]);
    Path out = Path.of(a[1]);
    var bufs = PageAligned.forDirectIo(2, 1 << 20, 4096);
    for (int rep = 0; rep < 4; rep++) {
      long alone = readCrc(dump, bufs.get(0));
      long walone = write(out, bufs.get(1));
      Files.delete(out);
      long[] w = new long[1];
      Thread t = new Thread(() -> { try { w[0] = write(out, bufs.get(1)); } catch (Exception e) { throw new RuntimeException(e); } });
      t.start();
      long both = readCrc(dump, bufs.get(0));
      t.join();
      Files.delete(out);
      System.out.printf("read+crc alone %.0f ms, write alone %.0f ms; together read %.0f, write %.0f ms%n", alone / 1e6, walone / 1e6, both / 1e6, w[0] / 1e6);
    }
  }
}
