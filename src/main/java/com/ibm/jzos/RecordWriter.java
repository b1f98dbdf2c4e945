package com.ibm.jzos;

import java.util.Optional;

/**
 * Record-mode writing of a DD or data set; instances come from {@link #newWriterForDD} and {@link
 * #newWriter}. Off z/OS each record becomes a line of a local text file (see {@link
 * LineRecordOutput}): the record format is the DD's ({@code bwo.dd.NAME.recfm}, {@code
 * bwo.dd.NAME.lrecl}) or else FBA, LRECL 133 (see {@link RecordFormat}).
 */
public abstract class RecordWriter implements ZFileConstants {
  private final AutoFree autoFree = new AutoFree();

  RecordWriter() {}

  /** A writer on the data set allocated to DD {@code ddname}, written from its start. */
  public static RecordWriter newWriterForDD(String ddname) throws ZFileException {
    return LocalWriter.open("//DD:" + ddname, false);
  }

  /**
   * A writer on {@code name}, a {@code //DD:NAME} or a data set such as {@code //'HLQ.X'}, which
   * z/OS allocates with the disposition in {@code flags}; with {@link #FLAG_DISP_MOD} records are
   * appended.
   */
  public static RecordWriter newWriter(String name, int flags) throws ZFileException, RcException {
    return LocalWriter.open(name, (flags & FLAG_DISP_MOD) != 0);
  }

  /** Writes {@code buf} as one record. */
  public abstract void write(byte[] buf) throws ZFileException;

  /** Writes {@code len} bytes of {@code buf} from {@code offset} as one record. */
  public abstract void write(byte[] buf, int offset, int len) throws ZFileException;

  /** Closes the writer; off z/OS the file is forced to disk. */
  public abstract void close() throws ZFileException;

  /**
   * Writes out the records written so far, which z/OS may hold in a partly filled block. Off z/OS
   * each record reaches the file as it is written, so this forces the file to disk instead: what a
   * program flushed survives a crash, as it would on z/OS. A closed writer fails with a {@code
   * ZFileException}.
   */
  public abstract void flush() throws ZFileException;

  /** The logical record length. */
  public abstract int getLrecl();

  /** The block size. */
  public abstract int getBlksize();

  /** The record format as {@code RECFM_*} bits of {@link ZFileConstants}. */
  public abstract int getRecfmBits();

  /** The record format, e.g. {@code FBA}. */
  public abstract String getRecfm();

  /**
   * The data set name written: off z/OS, that of a file of the data set directory, {@code NULLFILE}
   * for a DUMMY DD (the null device), else the local path.
   */
  public abstract String getDsn();

  /**
   * The DD name written. Off z/OS a writer opened on {@code //DD:NAME} gives {@code NAME}; one
   * opened on a data set name or path gives null, as no DD is allocated for it here (z/OS
   * allocates one).
   */
  public abstract String getDDName();

  AutoFree autoFree() {
    return autoFree;
  }

  /** Whether closing the writer frees its DD (see {@link AutoFree}). */
  public boolean getAutoFree() {
    return autoFree.isOn();
  }

  /** Makes closing the writer free its DD, or not (see {@link AutoFree}). */
  public void setAutoFree(boolean autoFree) {
    this.autoFree.set(autoFree);
  }

  /** The writer over a local file. */
  private static final class LocalWriter extends RecordWriter {
    private final LineRecordOutput output;
    private final String dsn;
    private final String ddName;

    private boolean closed;

    private LocalWriter(LineRecordOutput output, String dsn, String ddName) {
      this.output = output;
      this.dsn = dsn;
      this.ddName = ddName;
      LocalDynalloc.opened(ddName);
    }

    static LocalWriter open(String name, boolean append) throws ZFileException {
      java.nio.file.Path file = LocalNames.resolve(name);
      String dd = LocalNames.isDd(name) ? LocalNames.ddName(name) : null;
      Optional<RecordFormat> declared = RecordFormat.declaredForOutput(name, new String[0], file);
      return new LocalWriter(
          LineRecordOutput.open(name, file, append || LocalNames.modDd(name),
              declared.orElse(RecordFormat.PRINT), declared.isPresent()),
          LocalNames.dsnOf(file), dd);
    }

    @Override
    public void write(byte[] buf) throws ZFileException {
      output.write(buf, 0, buf.length);
    }

    @Override
    public void write(byte[] buf, int offset, int len) throws ZFileException {
      output.write(buf, offset, len);
    }

    @Override
    public void close() throws ZFileException {
      if (!closed) {
        closed = true;
        LocalDynalloc.closed(ddName);
      }
      output.close();
      autoFree().free(ddName);
    }

    @Override
    public void flush() throws ZFileException {
      output.flush();
    }

    @Override
    public int getLrecl() {
      return output.format().lrecl();
    }

    @Override
    public int getBlksize() {
      return output.format().blksize();
    }

    @Override
    public int getRecfmBits() {
      return output.format().bits();
    }

    @Override
    public String getRecfm() {
      return output.format().recfm();
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
