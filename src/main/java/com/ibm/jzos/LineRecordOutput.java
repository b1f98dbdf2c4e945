package com.ibm.jzos;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Record-mode writing of a local text file in a {@link RecordFormat} (by default a print data set,
 * RECFM=FBA, LRECL=133): each record becomes one line, a fixed-length one with its trailing blanks
 * removed (reading pads them back). A record longer than the format allows is refused, as z/OS
 * refuses it; so is one holding a line end byte (0x0A or 0x0D), which would come back as two.
 */
final class LineRecordOutput {
  private final String name;
  private final FileChannel channel;
  private final OutputStream out;
  private final RecordFormat format;
  private final boolean syncable;

  /** Whether {@link #channel} is the process's standard output or error, which stays open. */
  private final boolean standard;

  private LineRecordOutput(String name, FileChannel channel, RecordFormat format, boolean sync,
      boolean standard) {
    this.name = name;
    this.channel = channel;
    this.out = Channels.newOutputStream(channel);
    this.format = format;
    this.syncable = sync;
    this.standard = standard;
  }

  /**
   * Opens {@code file} for records in {@code format}, at its end if {@code append}; the file keeps
   * the format ({@link RecordFormat#keep}) when it was {@code declared} (by the open's options, the
   * DD or the file itself), not where it is only the default print format.
   */
  static LineRecordOutput open(String name, Path file, boolean append, RecordFormat format,
      boolean declared) throws ZFileException {
    if (LocalLibrary.isLibrary(name, file)) {
      throw LocalLibrary.writtenByMember(name);
    }
    FileChannel standard = StandardStream.channel(file);
    if (standard != null) {
      return new LineRecordOutput(name, standard, format, false, true);
    }
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
      if (declared && (!append || RecordFormat.kept(file).isEmpty())) {
        // A data set keeps the format it was created with; one extended (DISP=MOD) keeps its own.
        format.keep(file);
      }
      return new LineRecordOutput(name, channel, format, LocalNames.syncable(file), false);
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open for writing", e);
    }
  }

  RecordFormat format() {
    return format;
  }

  void write(byte[] buf, int off, int len) throws ZFileException {
    if (len > format.maxData()) {
      throw new ZFileException(
          name,
          "record of " + len + " bytes is longer than LRECL " + format.lrecl() + " of RECFM "
              + format.recfm() + " allows",
          ZFileException.EIO);
    }
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        throw new ZFileException(
            name,
            "record holds a line end byte at offset " + (i - off)
                + ": off z/OS a record is a line of a text file",
            ZFileException.EINVAL);
      }
    }
    while (format.fixed() && end > off && buf[end - 1] == ' ') {
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
      if (syncable) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new ZFileException(name, "flush failed", e);
    }
  }

  /** Forces the lines to disk and closes the file. */
  void close() throws ZFileException {
    if (standard) {
      // Each record went to the descriptor as it was written; the stream is the process's.
      return;
    }
    try (channel) {
      if (syncable) {
        channel.force(true);
      }
    } catch (IOException e) {
      throw new ZFileException(name, "close failed", e);
    }
  }
}
