package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Where one data set's CIs go in a dump: cuts them into chunks, checksums and compresses each in
 * the caller's thread, and hands whole records to the {@link DumpWriter}. Used by one thread at a
 * time; sinks of different data sets may be used from different threads at once.
 */
public final class DataSetSink {
  private final DumpWriter writer;
  private final int ordinal;
  private final CatalogEntry entry;
  private final Compression compression;
  private final int cisPerChunk;
  private final MessageDigest digest = Digests.sha256();
  private byte[] packed;
  private long nextCi;
  private boolean ended;

  DataSetSink(DumpWriter writer, int ordinal, CatalogEntry entry, DumpHeader header) {
    this.writer = writer;
    this.ordinal = ordinal;
    this.entry = entry;
    this.compression = header.compression();
    this.cisPerChunk = header.cisPerChunk(entry.ciSize());
  }

  /** The catalog entry this sink dumps. */
  public CatalogEntry entry() {
    return entry;
  }

  /**
   * Writes the CIs from {@code firstCi} held in {@code buf[off, off+len)}; {@code len} is a
   * multiple of the CI size and {@code firstCi} is the CI after the last one written.
   */
  public void writeCis(long firstCi, byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    int ciSize = entry.ciSize();
    if (ended) {
      throw new IllegalStateException(entry.dsn() + " is already ended");
    }
    if (len % ciSize != 0) {
      throw new IllegalArgumentException(len + " bytes are not whole CIs of " + ciSize);
    }
    if (firstCi != nextCi) {
      throw new IllegalStateException(
          entry.dsn() + ": CIs come in order; expected CI " + nextCi + ", got " + firstCi);
    }
    if (firstCi + len / ciSize > entry.cis()) {
      throw new IllegalArgumentException(entry.dsn() + " has only " + entry.cis() + " CIs");
    }
    for (int p = off; p < off + len; ) {
      int count = Math.min(cisPerChunk, (off + len - p) / ciSize);
      writeChunk(count, buf, p, count * ciSize);
      p += count * ciSize;
      nextCi += count;
    }
  }

  /** Writes the DATASET-END record; every CI of the data set must have been written. */
  public void end() {
    if (ended) {
      throw new IllegalStateException(entry.dsn() + " is already ended");
    }
    if (nextCi != entry.cis()) {
      throw new IllegalStateException(
          entry.dsn() + ": only " + nextCi + " of " + entry.cis() + " CIs were written");
    }
    ended = true;
    packed = null;
    writer.end(new DumpRecord.End(ordinal, nextCi, nextCi * entry.ciSize(), digest.digest()));
  }

  private void writeChunk(int count, byte[] buf, int off, int rawLength) {
    int rawCrc = RecordType.crc32c(buf, off, rawLength);
    Digests.addChunk(digest, nextCi, count, rawCrc);
    if (compression != Compression.NONE) {
      if (packed == null) {
        packed = new byte[compression.maxCompressedLength(cisPerChunk * entry.ciSize())];
      }
      int n = compression.compress(buf, off, rawLength, packed);
      if (n >= 0 && n < rawLength) {
        int storedCrc = RecordType.crc32c(packed, 0, n);
        writer.writeChunk(
            new DumpRecord.Chunk(ordinal, true, nextCi, count, n, storedCrc, rawCrc).encode(),
            packed, 0, n);
        return;
      }
    }
    writer.writeChunk(
        new DumpRecord.Chunk(ordinal, false, nextCi, count, rawLength, rawCrc, rawCrc).encode(),
        buf, off, rawLength);
  }
}
