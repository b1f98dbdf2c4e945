package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one dump to an output stream: the header, each data set's records as its {@link
 * DataSetSink} delivers them, and, on {@link #finish()}, the trailer. Until the trailer is
 * written the output is an incomplete dump, which {@link DumpVerifier} reports as such.
 *
 * <p>Shared between threads: the sinks of different data sets may write at the same time. Each
 * sink checksums and compresses in its caller's thread; the writer only serialises whole records
 * onto the stream under its lock, so a caller waits for the stream rather than queueing data, and
 * memory stays at one chunk per writing thread. The writer owns the stream and closes it.
 */
public final class DumpWriter implements AutoCloseable {
  private enum State { OPEN, FINISHED, CLOSED, FAILED }

  private static final int BUFFER = 1 << 16;
  private static final byte[] NO_PAYLOAD = {};

  private final DumpHeader header;
  private final Object lock = new Object();
  private String digestHex = "";
  private String firstFailure = "";
  // Guarded by lock.
  private final OutputStream out;
  private final MessageDigest dumpDigest = Digests.sha256();
  private State state = State.OPEN;
  private long position;
  private int dataSets;
  private int openDataSets;
  private long cis;
  private long bytes;
  /** DATASET-BEGIN texts made by {@link #prepare}, by entry. */
  private final Map<CatalogEntry, byte[]> prepared = new java.util.concurrent.ConcurrentHashMap<>();

  private DumpWriter(OutputStream out, DumpHeader header) {
    this.out = new BufferedOutputStream(out, BUFFER);
    this.header = header;
  }

  /**
   * Starts a dump on {@code out} by writing its header; BWO408E when the header's compression
   * does not work on this platform, BWO406E when the stream fails.
   */
  public static DumpWriter start(OutputStream out, DumpHeader header) {
    Objects.requireNonNull(out, "out");
    header.compression().checkAvailable();
    DumpWriter w = new DumpWriter(out, header);
    byte[] json = DumpJson.write(header);
    byte[] fixed = new DumpRecord.FileHeader(DumpRecord.FileHeader.VERSION, json.length,
        RecordType.crc32c(json, 0, json.length)).encode();
    try {
      synchronized (w.lock) {
        w.write(fixed, json, 0, json.length);
      }
    } catch (BwoException e) {
      w.close();
      throw e;
    }
    return w;
  }

  /**
   * Makes the DATASET-BEGIN text of each of {@code entries} now, for {@link #begin} to use: the
   * first serialisation of a catalog entry builds its serializer (17-39 ms in a young JVM here),
   * which the copy, its side files live, would otherwise wait for.
   */
  public void prepare(Collection<CatalogEntry> entries) {
    for (CatalogEntry e : entries) {
      prepared.put(e, DumpJson.write(e));
    }
  }

  /**
   * Writes the DATASET-BEGIN record of {@code entry} and returns the sink for its CIs, which
   * must then receive CIs 0 to {@code entry.cis() - 1} in ascending order and be ended.
   */
  public DataSetSink begin(CatalogEntry entry) {
    byte[] json = prepared.remove(entry);
    if (json == null) {
      json = DumpJson.write(entry);
    }
    int crc = RecordType.crc32c(json, 0, json.length);
    synchronized (lock) {
      checkOpen();
      int ordinal = dataSets + 1;
      write(new DumpRecord.Begin(ordinal, json.length, crc).encode(), json, 0, json.length);
      dataSets = ordinal;
      openDataSets++;
      return new DataSetSink(this, ordinal, entry, header);
    }
  }

  /**
   * Writes the trailer, which makes the dump complete, and flushes the stream. Every sink must
   * have been ended. To make the dump durable, force the underlying file after this and before
   * {@link #close()}.
   */
  public void finish() {
    synchronized (lock) {
      checkOpen();
      if (openDataSets > 0) {
        throw new IllegalStateException(openDataSets + " data sets are not ended");
      }
      byte[] digest = dumpDigest.digest();
      digestHex = java.util.HexFormat.of().formatHex(digest);
      byte[] trailer = new DumpRecord.Trailer(dataSets, cis, bytes, digest).encode();
      try {
        out.write(trailer);
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
      position += trailer.length;
      state = State.FINISHED;
    }
  }

  /**
   * Flushes and closes the stream. Without {@link #finish()} first, what was written is left as
   * an incomplete dump.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (state == State.CLOSED) {
        return;
      }
      State was = state;
      state = State.CLOSED;
      try {
        out.close();
      } catch (IOException e) {
        if (was == State.FINISHED) {
          throw BwoException.of(Msg.BWO406E, String.valueOf(e.getMessage()));
        }
        // An unfinished dump is incomplete whether or not its last bytes reached the file.
      }
    }
  }

  /** The whole-dump digest the trailer carries, in hex; empty before {@link #finish()}. */
  public String digest() {
    synchronized (lock) {
      return digestHex;
    }
  }

  /** How many bytes of dump have been written so far (buffered ones included). */
  public long bytesWritten() {
    synchronized (lock) {
      return position;
    }
  }

  /** Writes a CHUNK record: its fixed part, then its stored bytes {@code data[off, off+len)}. */
  void writeChunk(byte[] fixed, byte[] data, int off, int len) {
    synchronized (lock) {
      checkOpen();
      write(fixed, data, off, len);
    }
  }

  /** Writes a data set's DATASET-END record and counts it into the trailer's totals. */
  void end(DumpRecord.End end) {
    synchronized (lock) {
      checkOpen();
      write(end.encode(), NO_PAYLOAD, 0, 0);
      openDataSets--;
      cis += end.cis();
      bytes += end.bytes();
    }
  }

  // Called with the lock held.
  private void write(byte[] fixed, byte[] payload, int off, int len) {
    try {
      out.write(fixed);
      out.write(payload, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
    dumpDigest.update(fixed);
    position += fixed.length + len;
  }

  // Called with the lock held.
  private void checkOpen() {
    switch (state) {
      case OPEN:
        return;
      case FAILED:
        throw BwoException.of(Msg.BWO406E, "AN EARLIER WRITE TO THE DUMP FAILED: " + firstFailure);
      default:
        throw new IllegalStateException("the dump is already " + state.name().toLowerCase());
    }
  }

  // Called with the lock held.
  private BwoException failed(IOException e) {
    state = State.FAILED;
    // Several copy threads write: the first failure is the cause the others report.
    firstFailure = String.valueOf(e.getMessage());
    return BwoException.of(Msg.BWO406E, String.valueOf(e.getMessage()));
  }
}
