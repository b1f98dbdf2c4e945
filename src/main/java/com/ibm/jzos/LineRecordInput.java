package com.ibm.jzos;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Record-mode reading of a local text file: a record is a line without its line end. The format is
 * the one the DD gives or the file keeps ({@link RecordFormat#forInput}); where neither does, that
 * of a fixed-length (RECFM=FB) data set whose LRECL is 80 or the longest line if that is longer
 * (SYSIN's 80 columns stay columns 1 to 80). A fixed-length record is padded with blanks to the
 * LRECL; a variable one is the line. A library's directory ({@link LocalLibrary}) reads as z/OS
 * reads it: 256-byte blocks, RECFM=U; a file of fixed-length records back to back ({@link
 * RecordFormat#keepAsRecords}) reads LRECL bytes a record.
 */
final class LineRecordInput {
  static final int MIN_LRECL = 80;
  static final String RECFM = "FB";
  /** A partitioned data set's directory, as z/OS reads it. */
  static final RecordFormat DIRECTORY = new RecordFormat(LocalLibrary.RECFM, LocalLibrary.BLOCK);

  private final String name;
  private final InputStream in;
  private final RecordFormat format;
  /** Whether records are LRECL-byte blocks (a directory, records back to back), not lines. */
  private final boolean blocks;

  private LineRecordInput(String name, InputStream in, RecordFormat format) {
    this(name, in, format, false);
  }

  private LineRecordInput(String name, InputStream in, RecordFormat format, boolean blocks) {
    this.name = name;
    this.in = in;
    this.format = format;
    this.blocks = blocks;
  }

  static LineRecordInput open(String name, Path file) throws ZFileException {
    try {
      if (LocalLibrary.isLibrary(name, file)) {
        return new LineRecordInput(name, LocalLibrary.directory(file), DIRECTORY, true);
      }
      Optional<RecordFormat> records = RecordFormat.keptAsRecords(file);
      if (records.isPresent()) {
        // Fixed-length records back to back, as on z/OS: each LRECL bytes one record.
        return new LineRecordInput(name, new BufferedInputStream(Files.newInputStream(file)),
            records.get(), true);
      }
      Optional<RecordFormat> declared = RecordFormat.forInput(name, file);
      if (!Files.isRegularFile(file) && declared.isEmpty()) {
        // A pipe or a terminal (DD_SYSIN=/dev/stdin) can be read only once, and finding the
        // LRECL reads it all: it is read whole first, a deck being small.
        byte[] all;
        try (InputStream in = Files.newInputStream(file)) {
          all = in.readAllBytes();
        }
        return new LineRecordInput(name, new ByteArrayInputStream(all),
            longestLine(name, new ByteArrayInputStream(all)));
      }
      RecordFormat f = declared.isPresent() ? declared.get() : scanned(name, file);
      return new LineRecordInput(name, new BufferedInputStream(Files.newInputStream(file)), f);
    } catch (ZFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open for reading", e);
    }
  }

  /**
   * The format records of {@code file} are read in: the DD's or the file's own, else the DD's RECFM
   * (FB if none) with an LRECL of the longest line (at least 80 for a fixed one, plus the record
   * descriptor word for a variable one).
   */
  static RecordFormat format(String name, Path file) throws ZFileException {
    if (LocalLibrary.isLibrary(name, file)) {
      return DIRECTORY;
    }
    Optional<RecordFormat> declared = RecordFormat.forInput(name, file);
    return declared.isPresent() ? declared.get() : scanned(name, file);
  }

  /** The format {@code file}'s lines give ({@link #longestLine}). */
  private static RecordFormat scanned(String name, Path file) throws ZFileException {
    try (InputStream scan = new BufferedInputStream(Files.newInputStream(file))) {
      return longestLine(name, scan);
    } catch (ZFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open for reading", e);
    }
  }

  private static RecordFormat longestLine(String name, InputStream lines)
      throws IOException {
    String recfm = RecordFormat.ddSetting(name, "recfm").orElse(RECFM).toUpperCase(Locale.ROOT);
    int longest = 0;
    int length = 0;
    for (int b = lines.read(); b >= 0; b = lines.read()) {
      if (b == '\n') {
        length = 0;
      } else if (b != '\r') {
        longest = Math.max(longest, ++length);
      }
    }
    return RecordFormat.parse(name, recfm, String.valueOf(recfm.startsWith("F")
        ? Math.max(MIN_LRECL, longest) : recfm.startsWith("V") ? longest + 4 : Math.max(1, longest)));
  }

  /** The number of records (lines) in {@code file}. */
  static long count(String name, Path file) throws ZFileException {
    if (LocalLibrary.isLibrary(name, file)) {
      try {
        return LocalLibrary.blocks(file);
      } catch (IOException e) {
        throw new ZFileException(name, "cannot read the directory", e);
      }
    }
    Optional<RecordFormat> records = RecordFormat.keptAsRecords(file);
    if (records.isPresent()) {
      try {
        long lrecl = records.get().lrecl();
        return (Files.size(file) + lrecl - 1) / lrecl;
      } catch (IOException e) {
        throw new ZFileException(name, "cannot count records", e);
      }
    }
    try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.count();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ZFileException(name, "cannot count records", new IOException(e));
    }
  }

  RecordFormat format() {
    return format;
  }

  /** Reads the next record into {@code buf}, truncated to {@code len}; -1 at end of file. */
  int read(byte[] buf, int off, int len) throws ZFileException {
    if (blocks) {
      return block(buf, off, len);
    }
    int lrecl = format.lrecl();
    ByteArrayOutputStream line = new ByteArrayOutputStream(lrecl);
    try {
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      for (; b >= 0 && b != '\n'; b = in.read()) {
        if (b != '\r') {
          line.write(b);
        }
      }
    } catch (IOException e) {
      throw new ZFileException(name, "read failed", e);
    }
    byte[] record;
    if (format.fixed()) {
      record = Arrays.copyOf(line.toByteArray(), lrecl);
      Arrays.fill(record, Math.min(line.size(), lrecl), lrecl, (byte) ' ');
    } else {
      record = Arrays.copyOf(line.toByteArray(), Math.min(line.size(), format.maxData()));
    }
    int n = Math.min(len, record.length);
    System.arraycopy(record, 0, buf, off, n);
    return n;
  }

  /** The next directory block, truncated to {@code len}; -1 after the last. */
  private int block(byte[] buf, int off, int len) throws ZFileException {
    try {
      byte[] block = in.readNBytes(format.lrecl());
      if (block.length == 0) {
        return -1;
      }
      int n = Math.min(len, block.length);
      System.arraycopy(block, 0, buf, off, n);
      return n;
    } catch (IOException e) {
      throw new ZFileException(name, "read failed", e);
    }
  }

  void close() throws ZFileException {
    try {
      in.close();
    } catch (IOException e) {
      throw new ZFileException(name, "close failed", e);
    }
  }
}
