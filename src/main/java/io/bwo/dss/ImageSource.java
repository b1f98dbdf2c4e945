package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a data set's CIs are copied from: a concurrent copy session's point-in-time image, or the
 * data file itself (while the system is frozen, or for a data set dumped without serialization).
 */
interface ImageSource extends AutoCloseable {

  /** Reads whole CIs from {@code firstCi} into {@code dst}; returns how many, 0 at the end. */
  int read(long firstCi, ByteBuffer dst);

  @Override
  void close();

  /** The data file of {@code entry}, read as it is now, in large sequential reads. */
  static ImageSource direct(CatalogEntry entry, Path dataFile) {
    FileChannel ch;
    try {
      ch = FileChannel.open(dataFile, StandardOpenOption.READ);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO509E, entry.dsn(), e.toString());
    }
    return new ImageSource() {
      @Override
      public int read(long firstCi, ByteBuffer dst) {
        int ciSize = entry.ciSize();
        int n = (int) Math.min(dst.remaining() / ciSize, entry.cis() - firstCi);
        if (n <= 0) {
          return 0;
        }
        ByteBuffer slice = dst.duplicate();
        slice.limit(slice.position() + n * ciSize);
        long at = firstCi * ciSize;
        try {
          while (slice.hasRemaining()) {
            int got = ch.read(slice, at);
            if (got < 0) {
              throw BwoException.of(Msg.BWO509E, entry.dsn(), "DATA FILE ENDS AT BYTE " + at);
            }
            at += got;
          }
        } catch (IOException e) {
          throw BwoException.of(Msg.BWO509E, entry.dsn(), e.toString());
        }
        dst.position(slice.position());
        return n;
      }

      @Override
      public void close() {
        try {
          ch.close();
        } catch (IOException e) {
          throw BwoException.of(Msg.BWO509E, entry.dsn(), e.toString());
        }
      }
    };
  }
}
