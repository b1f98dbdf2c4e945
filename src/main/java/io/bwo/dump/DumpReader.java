package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a dump as a stream of checked events: {@link #open} reads the header, then each {@link
 * #next()} reads one record and returns it only once everything it can check so far holds. The
 * first fault ends the reading with a BwoException (BWO403E or BWO404E) that names the data set
 * when known and the byte range of the dump at fault.
 *
 * <p>Memory is bounded whatever the size of the dump: two chunk buffers (at most the header's
 * chunk size or one CI, whichever is larger) and a few counters per data set. Not thread-safe.
 *
 * <p>An input that is also a {@link ReadableByteChannel} is read as it is (it buffers its small
 * reads itself), and a reader given {@link ChunkBuffers} ({@link #lendFrom}) reads each stored
 * chunk's bytes from it straight into one of their buffers and checks them there: a consumer that
 * {@link #claim}s the buffer writes the chunk from it, with no copy of its own.
 */
public final class DumpReader implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  /** The input read into buffers, where it can be: {@code in} itself, or null. */
  private final ReadableByteChannel channel;
  private ChunkBuffers lender;
  /** The buffer of the last chunk read into one of the lender's, until claimed or given back. */
  private ByteBuffer lent;
  private DumpEvent.Chunk lentChunk;
  private final MessageDigest dumpDigest = Digests.sha256();
  private final Map<Integer, OpenDataSet> open = new TreeMap<>();
  private DumpHeader header;
  private long position;
  private int begun;
  private int ended;
  private long cis;
  private long bytes;
  private byte[] stored = new byte[0];
  private byte[] raw = new byte[0];
  private boolean done;

  /** A data set between its DATASET-BEGIN and DATASET-END. */
  private static final class OpenDataSet {
    final CatalogEntry entry;
    final long beginAt;
    final MessageDigest digest = Digests.sha256();
    long nextCi;

    OpenDataSet(CatalogEntry entry, long beginAt) {
      this.entry = entry;
      this.beginAt = beginAt;
    }
  }

  /**
   * Buffers a reader may read chunks into ({@link #lendFrom}), each of {@link #capacity()} bytes,
   * lent one at a time: a buffer comes back either through {@link #giveBack}, from the reader, or
   * with its chunk, from whoever {@link #claim}ed it.
   */
  public interface ChunkBuffers {
    /** The bytes each buffer holds; a larger chunk is read as if there were no buffers. */
    int capacity();

    /** A buffer, cleared; waits for one to come back if none is free. */
    ByteBuffer lend() throws IOException;

    /** Takes back a buffer lent and not claimed. */
    void giveBack(ByteBuffer buffer);
  }

  private boolean concatenationTaken;
  private long bytesOfOtherDumps;

  private DumpReader(InputStream in) {
    this.channel = in instanceof ReadableByteChannel c ? c : null;
    this.in = channel != null ? in : new BufferedInputStream(in, BUFFER);
  }

  /**
   * Takes other dumps after this one's trailer (a DD concatenating dumps) as DFSMSdss takes a
   * concatenation for RESTORE: this dump is read and checked, the others are not read at all
   * ({@link #bytesOfOtherDumps}). Anything else after the trailer is still a fault (BWO404E).
   */
  public DumpReader takingConcatenation() {
    concatenationTaken = true;
    return this;
  }

  /** The bytes after the trailer, of other dumps, when {@link #takingConcatenation}; else 0. */
  public long bytesOfOtherDumps() {
    return bytesOfOtherDumps;
  }

  /**
   * Reads and checks the header of the dump on {@code in}: BWO404E when it is not a sound bwo
   * dump header, BWO408E when its compression does not work on this platform.
   */
  public static DumpReader open(InputStream in) {
    DumpReader r = new DumpReader(in);
    r.header = r.readHeader();
    r.header.compression().checkAvailable();
    return r;
  }

  /**
   * Does now, on the calling thread, the work that reading the first records of a dump costs the
   * first time in a process (building Jackson's readers, running their code cold), so that a
   * step that will read a dump can have it done while it starts: 19-27 ms of a 256 MiB RESTORE
   * otherwise spent between the start of its pass and its first write, and 26-39 ms more of it
   * reading its records interpreted ({@link ReadingRehearsal}). True when it worked; a failure
   * is harmless, the reading then does the work itself.
   */
  public static boolean prepare() {
    try {
      return DumpJson.prepare() && ReadingRehearsal.run();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Reads from now on each stored chunk that fits into a buffer of {@code buffers}, where the
   * input is a {@link ReadableByteChannel}; the other chunks as before. The chunk's data is then
   * a view of that buffer, given back at the next {@link #next()} unless {@link #claim}ed.
   */
  public void lendFrom(ChunkBuffers buffers) {
    this.lender = buffers;
  }

  /**
   * The lent buffer that holds {@code chunk}, the last one read, as a buffer to write from
   * (position 0, limit its length); from now on the caller's, to give back to the {@link
   * ChunkBuffers} that lent it. Empty when the chunk was not read into one, or was claimed.
   */
  public Optional<ByteBuffer> claim(DumpEvent.Chunk chunk) {
    if (chunk != lentChunk || lent == null) {
      return Optional.empty();
    }
    ByteBuffer b = lent;
    lent = null;
    return Optional.of(b);
  }

  /** The dump's header. */
  public DumpHeader header() {
    return header;
  }

  /** How many bytes of the dump have been read. */
  public long position() {
    return position;
  }

  /**
   * Reads the next record and returns its event once checked; after the {@link
   * DumpEvent.Trailer}, there is none. A fault throws BWO403E or BWO404E.
   */
  public DumpEvent next() {
    if (done) {
      throw new IllegalStateException("the trailer has been read");
    }
    giveBack();
    long start = position;
    int code = readByte();
    if (code < 0) {
      throw incomplete(start);
    }
    RecordType type = RecordType.ofCode(code);
    if (type == null) {
      throw fault(DumpFault.Kind.UNKNOWN_RECORD, null, start, position,
          String.format("BYTE X'%02X' STARTS NO RECORD", code));
    }
    byte[] fixed = new byte[type.fixedLength];
    fixed[0] = (byte) code;
    readFully(fixed, 1, fixed.length - 1, start, null);
    if (!RecordType.sealed(fixed)) {
      throw fault(DumpFault.Kind.RECORD_CRC, null, start, position,
          "THE CRC32C OF A " + type + " RECORD DOES NOT MATCH");
    }
    if (!DumpRecord.reservedBitsClear(fixed)) {
      throw fault(DumpFault.Kind.BAD_RECORD, null, start, position,
          "RESERVED BITS OF A " + type + " RECORD ARE SET");
    }
    DumpRecord record = DumpRecord.decode(fixed);
    if (record instanceof DumpRecord.Trailer t) {
      return trailer(t, start);
    }
    dumpDigest.update(fixed);
    if (record instanceof DumpRecord.Begin b) {
      return begin(b, start);
    } else if (record instanceof DumpRecord.Chunk c) {
      return chunk(c, start);
    }
    return end((DumpRecord.End) record, start);
  }

  /** Gives back the buffer of the last chunk if it was lent and not claimed. */
  private void giveBack() {
    if (lent != null) {
      lender.giveBack(lent);
      lent = null;
    }
    lentChunk = null;
  }

  /** Closes the input stream, and gives back a buffer lent and not claimed. */
  @Override
  public void close() {
    giveBack();
    try {
      in.close();
    } catch (IOException e) {
      // Nothing read depends on closing the input.
    }
  }

  private DumpHeader readHeader() {
    byte[] fixed = new byte[DumpRecord.FileHeader.LENGTH];
    int n = readSome(fixed, 0, fixed.length);
    byte[] magic = DumpRecord.FileHeader.MAGIC;
    int seen = Math.min(n, magic.length);
    if (!Arrays.equals(fixed, 0, seen, magic, 0, seen)) {
      throw fault(DumpFault.Kind.BAD_MAGIC, null, 0, seen, "THIS IS NOT A BWO DUMP");
    }
    if (n >= magic.length + 2) {
      int version = ByteBuffer.wrap(fixed).getShort(magic.length) & 0xffff;
      if (version != DumpRecord.FileHeader.VERSION) {
        throw fault(DumpFault.Kind.UNSUPPORTED_VERSION, null, magic.length, magic.length + 2,
            "FORMAT VERSION " + version + " IS NOT SUPPORTED (ONLY "
                + DumpRecord.FileHeader.VERSION + ")");
      }
    }
    if (n < fixed.length) {
      throw fault(DumpFault.Kind.TRUNCATED, null, 0, n, n == 0 ? "THE DUMP IS EMPTY"
          : "THE DUMP ENDS INSIDE ITS HEADER");
    }
    if (!RecordType.sealed(fixed)) {
      throw fault(DumpFault.Kind.BAD_HEADER, null, 0, n, "THE CRC32C OF THE HEADER DOES NOT MATCH");
    }
    DumpRecord.FileHeader h = DumpRecord.FileHeader.decode(fixed);
    if (fixed[10] != 0 || fixed[11] != 0 || h.jsonLength() < 2
        || h.jsonLength() > DumpRecord.FileHeader.MAX_JSON) {
      throw fault(DumpFault.Kind.BAD_HEADER, null, 0, n,
          "THE HEADER'S RESERVED BYTES OR JSON LENGTH " + h.jsonLength() + " ARE OUT OF RANGE");
    }
    byte[] json = new byte[h.jsonLength()];
    readFully(json, 0, json.length, 0, null);
    if (RecordType.crc32c(json, 0, json.length) != h.jsonCrc()) {
      throw fault(DumpFault.Kind.BAD_HEADER, null, 0, position,
          "THE CRC32C OF THE HEADER'S JSON DOES NOT MATCH");
    }
    Optional<DumpHeader> header = DumpJson.header(json);
    if (header.isEmpty()) {
      throw fault(DumpFault.Kind.BAD_HEADER, null, 0, position,
          "THE HEADER'S JSON IS NOT A VALID DUMP HEADER");
    }
    dumpDigest.update(fixed);
    return header.get();
  }

  private DumpEvent begin(DumpRecord.Begin b, long start) {
    if (b.ordinal() != begun + 1) {
      throw fault(DumpFault.Kind.OUT_OF_SEQUENCE, null, start, position,
          "DATASET-BEGIN FOR ORDINAL " + b.ordinal() + " WHERE " + (begun + 1) + " WAS EXPECTED");
    }
    if (b.entryLength() < 2 || b.entryLength() > DumpRecord.Begin.MAX_JSON) {
      throw fault(DumpFault.Kind.BAD_RECORD, null, start, position,
          "CATALOG ENTRY LENGTH " + b.entryLength() + " IS OUT OF RANGE");
    }
    byte[] json = new byte[b.entryLength()];
    readFully(json, 0, json.length, start, null);
    if (RecordType.crc32c(json, 0, json.length) != b.entryCrc()) {
      throw fault(DumpFault.Kind.DATA_CRC, null, start, position,
          "THE CRC32C OF A CATALOG ENTRY DOES NOT MATCH");
    }
    Optional<CatalogEntry> entry = DumpJson.entry(json);
    if (entry.isEmpty()) {
      throw fault(DumpFault.Kind.BAD_ENTRY, null, start, position,
          "DATASET-BEGIN HOLDS NO VALID CATALOG ENTRY");
    }
    begun++;
    open.put(b.ordinal(), new OpenDataSet(entry.get(), start));
    return new DumpEvent.DataSetBegun(b.ordinal(), entry.get());
  }

  private DumpEvent chunk(DumpRecord.Chunk c, long start) {
    OpenDataSet ds = open.get(c.ordinal());
    if (ds == null) {
      throw fault(DumpFault.Kind.OUT_OF_SEQUENCE, null, start, position,
          "CHUNK FOR DATA SET ORDINAL " + c.ordinal() + ", WHICH IS NOT OPEN");
    }
    Dsn dsn = ds.entry.dsn();
    if (c.firstCi() != ds.nextCi) {
      throw fault(DumpFault.Kind.OUT_OF_SEQUENCE, dsn, start, position,
          "CHUNK STARTS AT CI " + c.firstCi() + " WHERE CI " + ds.nextCi + " WAS EXPECTED");
    }
    int ciSize = ds.entry.ciSize();
    if (c.ciCount() < 1 || c.ciCount() > header.cisPerChunk(ciSize)
        || c.firstCi() + c.ciCount() > ds.entry.cis()) {
      throw fault(DumpFault.Kind.BAD_RECORD, dsn, start, position,
          "A CHUNK OF " + c.ciCount() + " CIS FROM CI " + c.firstCi() + " DOES NOT FIT");
    }
    int rawLength = c.ciCount() * ciSize;
    boolean lengthsFit = c.compressed()
        ? header.compression() != Compression.NONE && c.storedLength() > 0
            && c.storedLength() < rawLength
        : c.storedLength() == rawLength && c.storedCrc() == c.rawCrc();
    if (!lengthsFit) {
      throw fault(DumpFault.Kind.BAD_RECORD, dsn, start, position,
          "A CHUNK'S STORED LENGTH " + c.storedLength() + " OR COMPRESSION DOES NOT FIT");
    }
    ByteBuffer data = !c.compressed() && channel != null && lender != null
        && rawLength <= lender.capacity()
        ? readLent(c, start, dsn) : readStored(c, rawLength, start, dsn);
    Digests.addChunk(ds.digest, c.firstCi(), c.ciCount(), c.rawCrc());
    ds.nextCi += c.ciCount();
    DumpEvent.Chunk chunk = new DumpEvent.Chunk(c.ordinal(), c.firstCi(), c.ciCount(), c.rawCrc(),
        data.asReadOnlyBuffer());
    // Only readLent lends, and next() gave back what was lent before.
    lentChunk = lent != null ? chunk : null;
    return chunk;
  }

  /**
   * Reads the stored chunk {@code c} into the reader's own arrays, checks it and expands it:
   * its {@code rawLength} raw bytes.
   */
  private ByteBuffer readStored(DumpRecord.Chunk c, int rawLength, long start, Dsn dsn) {
    if (stored.length < rawLength) {
      stored = new byte[rawLength];
    }
    readFully(stored, 0, c.storedLength(), start, dsn);
    if (RecordType.crc32c(stored, 0, c.storedLength()) != c.storedCrc()) {
      throw storedCrcFault(c, start, dsn);
    }
    byte[] data = stored;
    if (c.compressed()) {
      if (raw.length < rawLength) {
        raw = new byte[rawLength];
      }
      int n = header.compression().decompress(stored, 0, c.storedLength(), raw, rawLength);
      if (n != rawLength || RecordType.crc32c(raw, 0, rawLength) != c.rawCrc()) {
        throw fault(DumpFault.Kind.RAW_CRC, dsn, start, position,
            "THE CHUNK AT CI " + c.firstCi() + " DOES NOT EXPAND TO ITS RAW CRC32C");
      }
      data = raw;
    }
    return ByteBuffer.wrap(data, 0, rawLength);
  }

  /**
   * Reads the stored chunk {@code c} into a buffer of the lender and checks its CRC32C there; the
   * buffer is given back at once when the chunk is short or at fault.
   */
  private ByteBuffer readLent(DumpRecord.Chunk c, long start, Dsn dsn) {
    ByteBuffer b;
    try {
      b = lender.lend();
    } catch (IOException e) {
      throw readError(e);
    }
    boolean sound = false;
    try {
      b.clear().limit(c.storedLength());
      while (b.hasRemaining()) {
        int n = channel.read(b);
        if (n < 0) {
          throw truncated(start, dsn);
        }
        position += n;
      }
      b.flip();
      if (RecordType.crc32c(b.duplicate()) != c.storedCrc()) {
        throw storedCrcFault(c, start, dsn);
      }
      sound = true;
    } catch (IOException e) {
      throw readError(e);
    } finally {
      if (!sound) {
        lender.giveBack(b);
      }
    }
    lent = b;
    return b;
  }

  private DumpFaultException storedCrcFault(DumpRecord.Chunk c, long start, Dsn dsn) {
    return fault(DumpFault.Kind.DATA_CRC, dsn, start, position,
        "THE CRC32C OF THE CHUNK AT CI " + c.firstCi() + " DOES NOT MATCH");
  }

  private DumpEvent end(DumpRecord.End e, long start) {
    OpenDataSet ds = open.remove(e.ordinal());
    if (ds == null) {
      throw fault(DumpFault.Kind.OUT_OF_SEQUENCE, null, start, position,
          "DATASET-END FOR DATA SET ORDINAL " + e.ordinal() + ", WHICH IS NOT OPEN");
    }
    CatalogEntry entry = ds.entry;
    if (e.cis() != ds.nextCi || ds.nextCi != entry.cis() || e.bytes() != entry.sizeBytes()) {
      throw fault(DumpFault.Kind.COUNT_MISMATCH, entry.dsn(), start, position,
          "DATASET-END COUNTS " + e.cis() + " CIS AND " + e.bytes() + " BYTES; THE CHUNKS HELD "
              + ds.nextCi + " OF " + entry.cis() + " CIS");
    }
    if (!MessageDigest.isEqual(e.digest(), ds.digest.digest())) {
      throw fault(DumpFault.Kind.DIGEST_MISMATCH, entry.dsn(), start, position,
          "THE DIGEST OF THE DATA SET DOES NOT MATCH ITS CHUNKS");
    }
    ended++;
    cis += e.cis();
    bytes += e.bytes();
    return new DumpEvent.DataSetEnded(e.ordinal(), entry);
  }

  private DumpEvent trailer(DumpRecord.Trailer t, long start) {
    if (!open.isEmpty()) {
      OpenDataSet first = open.values().iterator().next();
      throw fault(DumpFault.Kind.MISSING_END, first.entry.dsn(), first.beginAt, start,
          "THE DATA SET HAS NO DATASET-END BEFORE THE TRAILER");
    }
    if (t.dataSets() != ended || t.cis() != cis || t.bytes() != bytes) {
      throw fault(DumpFault.Kind.TRAILER_MISMATCH, null, start, position,
          "THE TRAILER COUNTS " + t.dataSets() + " DATA SETS, " + t.cis() + " CIS, " + t.bytes()
              + " BYTES; THE DUMP HOLDS " + ended + ", " + cis + ", " + bytes);
    }
    if (!MessageDigest.isEqual(t.digest(), dumpDigest.digest())) {
      throw fault(DumpFault.Kind.DIGEST_MISMATCH, null, start, position,
          "THE DIGEST OF THE DUMP DOES NOT MATCH ITS RECORDS");
    }
    long end = position;
    byte[] next = new byte[DumpRecord.FileHeader.MAGIC.length];
    int peeked = readSome(next, 0, next.length);
    long extra = peeked + skipToEnd();
    if (extra > 0) {
      boolean anotherDump = Arrays.equals(next, DumpRecord.FileHeader.MAGIC);
      if (!anotherDump || !concatenationTaken) {
        throw fault(DumpFault.Kind.DATA_AFTER_TRAILER, null, end, position,
            extra + " BYTES FOLLOW THE TRAILER"
                + (anotherDump ? ": ANOTHER DUMP (A CONCATENATION OF DUMPS)" : ""));
      }
      bytesOfOtherDumps = extra;
    }
    done = true;
    return new DumpEvent.Trailer(t.dataSets(), t.cis(), t.bytes());
  }

  private DumpFaultException incomplete(long at) {
    Dsn dsn = open.isEmpty() ? null : open.values().iterator().next().entry.dsn();
    return fault(DumpFault.Kind.INCOMPLETE, dsn, at, at,
        "THE DUMP ENDS WITHOUT A TRAILER AFTER " + at + " BYTES: IT IS INCOMPLETE");
  }

  private int readByte() {
    try {
      int b = in.read();
      if (b >= 0) {
        position++;
      }
      return b;
    } catch (IOException e) {
      throw readError(e);
    }
  }

  /** Reads {@code len} bytes of the record at {@code recordStart}: TRUNCATED if they end early. */
  private void readFully(byte[] b, int off, int len, long recordStart, Dsn dsn) {
    if (readSome(b, off, len) < len) {
      throw truncated(recordStart, dsn);
    }
  }

  private DumpFaultException truncated(long recordStart, Dsn dsn) {
    return fault(DumpFault.Kind.TRUNCATED, dsn, recordStart, position,
        "THE DUMP ENDS INSIDE A RECORD");
  }

  private int readSome(byte[] b, int off, int len) {
    try {
      int n = in.readNBytes(b, off, len);
      position += n;
      return n;
    } catch (IOException e) {
      throw readError(e);
    }
  }

  private long skipToEnd() {
    long skipped = 0;
    byte[] scrap = stored.length > 0 ? stored : new byte[BUFFER];
    for (int n; (n = readSome(scrap, 0, scrap.length)) > 0; ) {
      skipped += n;
    }
    return skipped;
  }

  private DumpFaultException readError(IOException e) {
    return fault(DumpFault.Kind.READ_ERROR, null, position, position,
        "THE DUMP CANNOT BE READ: " + e.getMessage());
  }

  private static DumpFaultException fault(
      DumpFault.Kind kind, Dsn dsn, long from, long to, String detail) {
    return new DumpFaultException(new DumpFault(kind, Optional.ofNullable(dsn), from, to, detail));
  }
}
