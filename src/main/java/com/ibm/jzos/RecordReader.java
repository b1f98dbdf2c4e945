package com.ibm.jzos;

/**
 * Record-mode reading of a DD or data set; instances come from {@link #newReaderForDD} and {@link
 * #newReader}. Off z/OS a record is a line of a local text file (see {@link LineRecordInput}), in
 * the format the DD gives or the file keeps, else FB; the block size is one record's.
 */
public abstract class RecordReader implements ZFileConstants {
  private final AutoFree autoFree = new AutoFree();

  RecordReader() {}

  /** A reader on the data set allocated to DD {@code ddname}. */
  public static RecordReader newReaderForDD(String ddname) throws ZFileException {
    return LocalReader.open("//DD:" + ddname);
  }

  /**
   * A reader on {@code name}, a {@code //DD:NAME} or a data set such as {@code //'HLQ.X'}, which
   * z/OS allocates with the disposition in {@code flags} (e.g. {@link #FLAG_DISP_SHR}).
   */
  public static RecordReader newReader(String name, int flags) throws ZFileException, RcException {
    return LocalReader.open(name);
  }

  /** Reads the next record into {@code buf}; returns its length, or -1 at end of file. */
  public abstract int read(byte[] buf) throws ZFileException;

  /**
   * Reads the next record into {@code buf} at {@code offset}, at most {@code len} bytes; -1 at end.
   */
  public abstract int read(byte[] buf, int offset, int len) throws ZFileException;

  /** Closes the reader. */
  public abstract void close() throws ZFileException;

  /** The logical record length. */
  public abstract int getLrecl();

  /** The block size. */
  public abstract int getBlksize();

  /** The record format as {@code RECFM_*} bits of {@link ZFileConstants}. */
  public abstract int getRecfmBits();

  /** The record format, e.g. {@code FB}. */
  public abstract String getRecfm();

  /**
   * The data set name read: off z/OS, that of a file of the data set directory, {@code NULLFILE}
   * for a DUMMY DD (the null device), else the local path.
   */
  public abstract String getDsn();

  /**
   * The DD name read. Off z/OS a reader opened on {@code //DD:NAME} gives {@code NAME}; one opened
   * on a data set name or path gives null, as no DD is allocated for it here (z/OS allocates one).
   */
  public abstract String getDDName();

  AutoFree autoFree() {
    return autoFree;
  }

  /** Whether closing the reader frees its DD (see {@link AutoFree}). */
  public boolean getAutoFree() {
    return autoFree.isOn();
  }

  /** Makes closing the reader free its DD, or not (see {@link AutoFree}). */
  public void setAutoFree(boolean autoFree) {
    this.autoFree.set(autoFree);
  }

  /** The reader over a local file. */
  private static final class LocalReader extends RecordReader {
    private final LineRecordInput input;
    private final String dsn;
    private final String ddName;

    private boolean closed;

    private LocalReader(LineRecordInput input, String dsn, String ddName) {
      this.input = input;
      this.dsn = dsn;
      this.ddName = ddName;
      LocalDynalloc.opened(ddName);
    }

    static LocalReader open(String name) throws ZFileException {
      java.nio.file.Path file = LocalNames.resolve(name);
      String dd = LocalNames.isDd(name) ? LocalNames.ddName(name) : null;
      return new LocalReader(LineRecordInput.open(name, file), LocalNames.dsnOf(file), dd);
    }

    @Override
    public int read(byte[] buf) throws ZFileException {
      return input.read(buf, 0, buf.length);
    }

    @Override
    public int read(byte[] buf, int offset, int len) throws ZFileException {
      return input.read(buf, offset, len);
    }

    @Override
    public void close() throws ZFileException {
      if (!closed) {
        closed = true;
        LocalDynalloc.closed(ddName);
      }
      input.close();
      autoFree().free(ddName);
    }

    @Override
    public int getLrecl() {
      return input.format().lrecl();
    }

    @Override
    public int getBlksize() {
      return input.format().blksize();
    }

    @Override
    public int getRecfmBits() {
      return input.format().bits();
    }

    @Override
    public String getRecfm() {
      return input.format().recfm();
    }

    @Override
    public String getDsn() {
      return dsn;
    }

    @Override
    public String getDDName() {
      return ddName;
    }
  }
}
