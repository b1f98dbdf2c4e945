package io.bwo.copy;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a data set's point-in-time image for a concurrent copy session: each chunk is read in one
 * large sequential read of the live data file, then the host says which of its CIs were
 * overwritten since the point in time, and their images are taken from the side file. The order
 * (live read first, {@link ConcurrentCopyHost#completeRange} after) is what makes the image exact;
 * the argument is in {@code Session}.
 *
 * <p>Works in the process of the segment system or in another one: both files are read straight
 * from disk. Each CI may be read once; used by one thread.
 */
public final class PointInTimeReader implements AutoCloseable {
  /** A good chunk size: large sequential reads, a buffer that fits in any heap. */
  public static final int DEFAULT_CHUNK_BYTES = 1 << 20;

  private final ConcurrentCopyHost host;
  private final CopySession session;
  private final Path dataFile;
  private final FileChannel data;
  /** Opened at the first preserved CI: the side file exists only once something was preserved. */
  private FileChannel side;

  /**
   * A reader of {@code session}'s image of the data set whose live data is {@code dataFile}, asking
   * {@code host} (the segment system that keeps the session) what was preserved.
   */
  public PointInTimeReader(ConcurrentCopyHost host, CopySession session, Path dataFile) {
    this.host = host;
    this.session = session;
    this.dataFile = dataFile;
    try {
      this.data = FileChannel.open(dataFile, StandardOpenOption.READ);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The session whose image this reads. */
  public CopySession session() {
    return session;
  }

  /**
   * Reads the point-in-time image of as many whole CIs from {@code firstCi} as fit in {@code
   * dst}'s remaining space (at most to the end of the data set), advances {@code dst}'s position
   * past them and returns how many CIs it read: 0 only at the end of the data set.
   */
  public int read(long firstCi, ByteBuffer dst) {
    int ciSize = session.ciSize();
    if (firstCi < 0 || firstCi > session.cis()) {
      throw new IllegalArgumentException("CI " + firstCi + " is outside " + session.dsn());
    }
    int n = (int) Math.min(dst.remaining() / ciSize, session.cis() - firstCi);
    if (n == 0) {
      if (firstCi == session.cis()) {
        return 0;
      }
      throw new IllegalArgumentException("a buffer of " + dst.remaining() + " bytes holds no CI");
    }
    int start = dst.position();
    try {
      ByteBuffer live = dst.duplicate();
      live.limit(start + n * ciSize);
      readFully(data, live, firstCi * ciSize);
      PreservedCis preserved = host.completeRange(session, firstCi, n);
      for (PreservedCis.Image image : preserved.images()) {
        long index = image.ci() - firstCi;
        if (index < 0 || index >= n) {
          throw new IllegalStateException("preserved CI " + image.ci() + " is outside the range");
        }
        ByteBuffer slot = dst.duplicate();
        slot.position(start + (int) index * ciSize).limit(start + ((int) index + 1) * ciSize);
        if (side == null) {
          side = FileChannel.open(session.sideFile(), StandardOpenOption.READ);
        }
        readFully(side, slot, image.sideFileOffset());
      }
    } catch (IOException e) {
      throw failure(e);
    }
    dst.position(start + n * ciSize);
    return n;
  }

  @Override
  public void close() {
    try {
      try {
        data.close();
      } finally {
        if (side != null) {
          side.close();
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer dst, long position) throws IOException {
    long at = position;
    while (dst.hasRemaining()) {
      int got = ch.read(dst, at);
      if (got < 0) {
        throw new EOFException("end of file at byte " + at);
      }
      at += got;
    }
  }

  private BwoException failure(IOException e) {
    return new BwoException(Message.of(Msg.BWO307E, session.dsn(), dataFile, e.toString()), e);
  }
}
