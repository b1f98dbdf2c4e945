package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * A small dump written and read back in memory, as RESTORE reads a dump (through a channel, into
 * lent direct buffers), so that the reading's code runs compiled by the time a RESTORE's pass
 * starts. A 256 MiB RESTORE reads some 300 records; in a young JVM most of them ran interpreted,
 * and their checks and digests (not the bytes' copies and CRC32Cs) took 26-39 ms of its pass
 * (bench/README.md, thirty-ninth round). Done on a thread of its own while the step starts
 * ({@link DumpReader#prepare}).
 */
final class ReadingRehearsal {
  /** Enough records for the client compiler to compile what reads them (200 calls or so). */
  private static final int DATA_SETS = 4;
  private static final int CIS = 128;
  private static final int CI_SIZE = 512;
  private static final int ROUNDS = 3;

  private ReadingRehearsal() {}

  /** Writes the dump and reads it {@link #ROUNDS} times; whether every reading was sound. */
  static boolean run() {
    byte[] dump = write();
    ByteBuffer lent = ByteBuffer.allocateDirect(CI_SIZE);
    DumpReader.ChunkBuffers buffers = new DumpReader.ChunkBuffers() {
      @Override
      public int capacity() {
        return CI_SIZE;
      }

      @Override
      public ByteBuffer lend() {
        return lent.clear();
      }

      @Override
      public void giveBack(ByteBuffer buffer) {
        // One buffer, lent again.
      }
    };
    long cis = 0;
    for (int round = 0; round < ROUNDS; round++) {
      try (DumpReader reader = DumpReader.open(new MemoryDumpInput(dump))) {
        reader.lendFrom(buffers);
        DumpEvent e = reader.next();
        for (; !(e instanceof DumpEvent.Trailer); e = reader.next()) {
          if (e instanceof DumpEvent.Chunk c) {
            reader.claim(c);
          }
        }
        cis += ((DumpEvent.Trailer) e).cis();
      }
    }
    return cis == (long) ROUNDS * DATA_SETS * CIS;
  }

  /** The dump: {@link #DATA_SETS} data sets of {@link #CIS} CIs, one CI a chunk. */
  private static byte[] write() {
    Instant now = Instant.now();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] ci = new byte[CI_SIZE];
    try (DumpWriter w = DumpWriter.start(out,
        new DumpHeader(now, "PREPARE", "PREPARE", Compression.NONE, CI_SIZE))) {
      for (int d = 0; d < DATA_SETS; d++) {
        DataSetSink sink = w.begin(CatalogEntry.linear(Dsn.parse("BWO.PREPARE.D" + d),
            SegmentName.parse("BWO"), CI_SIZE, CIS, true, now));
        for (int i = 0; i < CIS; i++) {
          ci[0] = (byte) i;
          sink.writeCis(i, ci, 0, CI_SIZE);
        }
        sink.end();
      }
      w.finish();
    }
    return out.toByteArray();
  }
}
