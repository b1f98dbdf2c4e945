import java.nio.*; import java.nio.channels.*; import java.nio.file.*; import java.util.*;
public class DioProbe {
  static long dirtyKb() throws Exception { for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) if (l.startsWith("Dirty:")) return Long.parseLong(l.replaceAll("[^0-9]", "")); return -1; }
  public static void main(String[] a) throws Exception {
    int files = Integer.parseInt(a[0]); long per = Long.parseLong(a[1]) << 20; boolean forceEach = a[2].equals("each");
    Path dir = Files.createTempDirectory(Path.of("/tmp/probe"), "dio");
    ByteBuffer raw = ByteBuffer.allocateDirect((1 << 20) + 4096);
    long addr = ((sun.nio.ch.DirectBuffer) raw).address(); int off = (int) ((4096 - addr % 4096) % 4096);
    raw.position(off).limit(off + (1 << 20)); ByteBuffer b = raw.slice(); new Random(1).ints(1 << 18).forEach(b::putInt);
    List<FileChannel> chs = new ArrayList<>();
    long d0 = dirtyKb(); long t0 = System.nanoTime(); long fs = 0;
    for (int f = 0; f < files; f++) {
      FileChannel ch = FileChannel.open(dir.resolve("f" + f), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, com.sun.nio.file.ExtendedOpenOption.DIRECT);
      for (long at = 0; at < per; at += 1 << 20) { b.clear(); ch.write(b, at); }
      if (forceEach) { long s = System.nanoTime(); ch.force(true); fs += System.nanoTime() - s; ch.close(); } else chs.add(ch);
    }
    long t1 = System.nanoTime(); long d1 = dirtyKb();
    if (a[2].equals("endpar")) { chs.parallelStream().forEach(ch -> { try { ch.force(true); ch.close(); } catch (Exception e) { throw new RuntimeException(e); } }); }
    else if (a[2].equals("endone")) { chs.get(chs.size() - 1).force(true); long tm = System.nanoTime(); for (FileChannel ch : chs) { ch.force(true); ch.close(); } System.out.printf("after the first: %.1f ms; ", (System.nanoTime() - tm) / 1e6); }
    else for (FileChannel ch : chs) { ch.force(true); ch.close(); }
    long t2 = System.nanoTime();
    System.out.printf("%d x %d MiB %s: writes %.0f ms (forces among them %.0f), dirty %d->%d kB, end forces %.0f ms, total %.0f%n", files, per >> 20, a[2], (t1 - t0) / 1e6, fs / 1e6, d0, d1, (t2 - t1) / 1e6, (t2 - t0) / 1e6);
    try (var s = Files.walk(dir)) { s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
  }
}
