package com.ibm.jzos;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Record-mode writing of a local text file, as to a print data set (RECFM=FBA, LRECL=133): each
 * record becomes one line with its trailing blanks removed. A record longer than the LRECL is
 * refused, as z/OS refuses it.
 */
final class LineRecordOutput {
  static final int LRECL = 133;
  static final String RECFM = "FBA";

  private final String name;
  private final FileChannel channel;
  private final OutputStream out;

  private LineRecordOutput(String name, FileChannel channel) {
    this.name = name;
    this.channel = channel;
    this.out = Channels.newOutputStream(channel);
  }

  static LineRecordOutput open(String name, Path file, boolean append) throws ZFileException {
    try {
      FileChannel channel =
          append
              ? FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.APPEND)
              : FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.TRUNCATE_EXISTING);
      return new LineRecordOutput(name, channel);
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open for writing", e);
    }
  }

  void write(byte[] buf, int off, int len) throws ZFileException {
    if (len > LRECL) {
      throw new ZFileException(
          name,
          "record of " + len + " bytes is longer than LRECL " + LRECL,
          ZFileException.EIO,
          "");
    }
    int end = off + len;
    while (end > off && buf[end - 1] == ' ') {
      end--;
    }
    ByteBuffer line = ByteBuffer.allocate(end - off + 1).put(buf, off, end - off).put((byte) '\n');
    try {
      out.write(line.array());
    } catch (IOException e) {
      throw new ZFileException(name, "write failed", e);
    }
  }

  /** Forces the lines written so far to disk; the file stays open. */
  void flush() throws ZFileException {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new ZFileException(name, "flush failed", e);
    }
  }

  /** Forces the lines to disk and closes the file. */
  void close() throws ZFileException {
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      throw new ZFileException(name, "close failed", e);
    }
  }
}
