import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.dump.Compression;
import io.bwo.dump.DataSetSink;
import io.bwo.dump.DumpEvent;
import io.bwo.dump.DumpHeader;
import io.bwo.dump.DumpReader;
import io.bwo.dump.DumpWriter;
import io.bwo.platform.PageAligned;
import io.bwo.platform.Platform;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/**
 * The work of RESTORE's reading thread on a dump held in the page cache, timed alone: the dump
 * read from DD TAPE as RESTORE opens it (Platform.openDumpInput), every record checked by
 * DumpReader, and each chunk copied into a page-aligned buffer as StagedDataSet.write does.
 * Against it, in the same process: the file read into a direct buffer with one CRC32C per MiB
 * (the least any checked reading can do), and that plus the copy into the writers' buffer.
 */
public class ReaderProbe {
  private static final int MIB = 1 << 20;
  private static final int CI = 4096;

  public static void main(String[] args) throws Exception {
    Path dump = Path.of(args[0]);
    if (!Files.exists(dump)) {
      write(dump, 16, 16L * MIB);
    }
    ByteBuffer aligned = PageAligned.allocate(MIB);
    ByteBuffer stored = PageAligned.allocateForReads(MIB);
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      long chunks = 0;
      try (InputStream in = Platform.jzos().openDumpInput("TAPE", true);
          DumpReader reader = DumpReader.open(in)) {
        for (DumpEvent e = reader.next(); !(e instanceof DumpEvent.Trailer); e = reader.next()) {
          if (e instanceof DumpEvent.Chunk c) {
            aligned.clear();
            aligned.put(c.data().duplicate()).flip();
            chunks++;
          }
        }
      }
      long t1 = System.nanoTime();
      int crcs = readDirect(dump, stored, null);
      long t2 = System.nanoTime();
      crcs += readDirect(dump, stored, aligned);
      long t3 = System.nanoTime();
      System.out.printf("round %d: RESTORE's reading %d ms (%d chunks); direct read + CRC32C %d ms;"
          + " + copy %d ms (%x)%n", round, ms(t1 - t0), chunks, ms(t2 - t1), ms(t3 - t2), crcs);
    }
  }

  private static int readDirect(Path dump, ByteBuffer stored, ByteBuffer copyTo)
      throws Exception {
    int crcs = 0;
    try (FileChannel ch = FileChannel.open(dump)) {
      while (true) {
        stored.clear();
        if (ch.read(stored) < 0) {
          return crcs;
        }
        stored.flip();
        CRC32C crc = new CRC32C();
        crc.update(stored.duplicate());
        crcs += (int) crc.getValue();
        if (copyTo != null) {
          copyTo.clear();
          copyTo.put(stored).flip();
        }
      }
    }
  }

  private static void write(Path dump, int sets, long bytesEach) throws Exception {
    byte[] buf = new byte[MIB];
    SplittableRandom random = new SplittableRandom(1);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), MIB);
        DumpWriter w = DumpWriter.start(out,
            DumpHeader.of(Instant.now(), "PROBE", "PROBE", Compression.NONE))) {
      for (int s = 0; s < sets; s++) {
        DataSetSink sink = w.begin(CatalogEntry.linear(Dsn.parse("PROBE.DS" + s),
            SegmentName.parse("PROBE"), CI, bytesEach / CI, true, Instant.now()));
        for (long at = 0; at < bytesEach; at += MIB) {
          for (int i = 0; i < MIB; i += 8) {
            long v = random.nextLong();
            for (int b = 0; b < 8; b++) {
              buf[i + b] = (byte) (v >>> (8 * b));
            }
          }
          sink.writeCis(at / CI, buf, 0, MIB);
        }
        sink.end();
      }
      w.finish();
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
