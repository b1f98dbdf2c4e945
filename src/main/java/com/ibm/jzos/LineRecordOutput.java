package com.ibm.jzos;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Record-mode writing of a local text file in a {@link RecordFormat} (by default a print data set,
 * RECFM=FBA, LRECL=133): each record becomes one line, a fixed-length one with its trailing blanks
 * removed (reading pads them back). A record longer than the format allows is refused, as z/OS
 * refuses it. A fixed-length record holding a line end byte (0x0A or 0x0D: binary data, a packed
 * field's sign) cannot be a line: the file then holds its records back to back, as a z/OS data
 * set does, those written before it included, and its label says so ({@link
 * RecordFormat#keepAsRecords}); a variable-length one, whose length a line carries, is refused.
 */
final class LineRecordOutput {
  private final String name;
  /** The file written, or null for the process's standard output or error. */
  private final Path file;
  /** Whether the file holds fixed-length records back to back rather than lines. */
  private boolean records;
  private final FileChannel channel;
  private final OutputStream out;
  private final RecordFormat format;
  private final boolean syncable;

  /** Whether {@link #channel} is the process's standard output or error, which stays open. */
  private final boolean standard;

  private LineRecordOutput(String name, Path file, FileChannel channel, RecordFormat format,
      boolean sync, boolean standard) {
    this.name = name;
    this.file = file;
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
      return new LineRecordOutput(name, null, standard, format, false, true);
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
      boolean records = append && RecordFormat.keptAsRecords(file).isPresent();
      if (declared && (!append || RecordFormat.kept(file).isEmpty())) {
        // A data set keeps the format it was created with; one extended (DISP=MOD) keeps its own.
        format.keep(file);
      }
      LineRecordOutput out =
          new LineRecordOutput(name, file, channel, format, LocalNames.syncable(file), false);
      out.records = records;
      return out;
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
    for (int i = off; !records && i < end; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        toRecords(i - off);
      }
    }
    if (records) {
      // A short fixed-length record is padded with blanks, as reading pads a short line.
      byte[] record = Arrays.copyOfRange(buf, off, off + format.lrecl());
      Arrays.fill(record, len, record.length, (byte) ' ');
      writeBytes(record);
      return;
    }
    while (format.fixed() && end > off && buf[end - 1] == ' ') {
      end--;
    }
    ByteBuffer line = ByteBuffer.allocate(end - off + 1).put(buf, off, end - off).put((byte) '\n');
    writeBytes(line.array());
  }

  private void writeBytes(byte[] bytes) throws ZFileException {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new ZFileException(name, "write failed", e);
    }
  }

  /**
   * Makes the file one of fixed-length records back to back, for a record holding a line end
   * byte at {@code offset}: the lines written before become records padded with blanks, as
   * reading them would have given them, and the label says what the file now holds.
   */
  private void toRecords(int offset) throws ZFileException {
    if (!format.fixed() || file == null || !Files.isRegularFile(file)) {
      throw new ZFileException(
          name,
          "record holds a line end byte at offset " + offset + ": off z/OS a record of RECFM "
              + format.recfm() + " is a line of a text file, and a line ends there",
          ZFileException.EINVAL);
    }
    Path converted = null;
    try {
      // Through a file of its own, not memory: the lines before may be many.
      converted = Files.createTempFile("bwo-records", ".tmp");
      try (InputStream lines = new BufferedInputStream(Files.newInputStream(file));
          OutputStream records = new BufferedOutputStream(Files.newOutputStream(converted))) {
        byte[] record = new byte[format.lrecl()];
        int n = 0;
        for (int b = lines.read(); b >= 0; b = lines.read()) {
          if (b == '\n') {
            n = padded(record, n, records);
          } else if (b != '\r' && n++ < record.length) {
            record[n - 1] = (byte) b;
          }
        }
        if (n > 0) {
          padded(record, n, records); // a last line without its line end
        }
      }
      if (!format.keepAsRecords(file)) {
        throw new ZFileException(
            name,
            "record holds a line end byte at offset " + offset + ": the file system keeps no"
                + " label to mark the file as records rather than lines",
            ZFileException.EINVAL);
      }
      channel.truncate(0);
      channel.position(0);
      Files.copy(converted, out);
      records = true;
    } catch (IOException e) {
      throw new ZFileException(name, "cannot rewrite the data set as records", e);
    } finally {
      if (converted != null) {
        try {
          Files.deleteIfExists(converted);
        } catch (IOException e) {
          // A file in the temporary directory, which the system clears.
        }
      }
    }
  }

  /** Writes {@code record}'s first {@code n} bytes padded with blanks, as reading pads a line. */
  private static int padded(byte[] record, int n, OutputStream records) throws IOException {
    Arrays.fill(record, Math.min(n, record.length), record.length, (byte) ' ');
    records.write(record);
    return 0;
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
