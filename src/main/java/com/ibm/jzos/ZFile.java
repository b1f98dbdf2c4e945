package com.ibm.jzos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A file, DD or data set opened by name with fopen() options, e.g. {@code new ZFile("//DD:SYSIN",
 * "rb,type=record,noseek")}.
 *
 * <p>Off z/OS: with {@code type=record} a record is a line (see {@link LineRecordInput} and {@link
 * LineRecordOutput}); without it the file is a byte stream, read and written as is. Modes {@code
 * r}, {@code w} and {@code a}, with or without {@code b}, are supported; {@code recfm=} and {@code
 * lrecl=} set the format of a file written, other options are accepted and ignored, except that
 * {@code noseek} refuses positioning as z/OS does. Both modes report the record format of the
 * record model, so a buffer of {@link #getLrecl()} bytes holds a record either way. Closing a file
 * opened for writing forces it to disk; closing again does nothing; any other operation on a closed
 * file fails with errno EBADF.
 */
public final class ZFile implements ZFileConstants, AutoCloseable {
  private final String name;
  private final String options;
  private final Path file;
  private final int openMode;
  private final int modeFlags;
  private final boolean noseek;
  private final LineRecordOutput recordOutput;
  private final StreamFile streamInput;
  /** A data set read in text mode: its lines without their trailing blanks; null otherwise. */
  private TrailingBlanks textInput;
  private final StreamFile streamOutput;
  private LineRecordInput recordInput;
  private RecordFormat format;
  private long records;
  private long recordPosition;
  private long bytes;
  private boolean closed;

  /** Opens {@code name} with fopen()-style {@code options}. */
  public ZFile(String name, String options) throws ZFileException {
    this(name, options, false);
  }

  /**
   * Opens {@code name} with fopen()-style {@code options}, a data set being allocated with the
   * {@code FLAG_*} disposition {@code flags} (e.g. {@link #FLAG_DISP_SHR}). Off z/OS no allocation
   * is made; with {@link #FLAG_DISP_MOD} a file opened for writing is appended to, as DISP=MOD
   * does.
   */
  public ZFile(String name, String options, int flags) throws ZFileException {
    this(name, options, (flags & FLAG_DISP_MOD) != 0);
  }

  private ZFile(String name, String options, boolean mod) throws ZFileException {
    this.name = name;
    this.options = options;
    this.file = LocalNames.resolve(name);
    String[] parts = options.replace(" ", "").split(",");
    String mode = parts[0];
    boolean record = false;
    boolean seekless = false;
    for (int i = 1; i < parts.length; i++) {
      record |= parts[i].equalsIgnoreCase("type=record");
      seekless |= parts[i].equalsIgnoreCase("noseek");
    }
    if (mode.isEmpty() || mode.contains("+") || "rwa".indexOf(mode.charAt(0)) < 0) {
      throw new ZFileException(
          name, "open mode '" + mode + "' is not supported off z/OS", ZFileException.EINVAL);
    }
    char how = mode.charAt(0);
    boolean append = how == 'a' || how == 'w' && (mod || LocalNames.modDd(name));
    this.noseek = seekless;
    this.openMode = record ? OPEN_MODE_RECORD : mode.contains("b") ? OPEN_MODE_BINARY : OPEN_MODE_TEXT;
    this.modeFlags = how == 'r' ? MODE_FLAG_READ : append ? MODE_FLAG_APPEND : MODE_FLAG_WRITE;
    boolean library = LocalLibrary.isLibrary(name, file);
    if (library && how != 'r') {
      throw LocalLibrary.writtenByMember(name);
    }
    if (library && openMode == OPEN_MODE_TEXT) {
      throw new ZFileException(name, "a partitioned data set's directory is read in binary or"
          + " record mode (rb, or rb,type=record)", ZFileException.EINVAL);
    }
    Optional<RecordFormat> declared = Optional.empty();
    if (how != 'r') {
      declared = RecordFormat.declaredForOutput(name, parts, file);
      this.format = declared.orElse(RecordFormat.PRINT);
    }
    LineRecordInput ri = null;
    LineRecordOutput ro = null;
    StreamFile si = null;
    StreamFile so = null;
    try {
      if (how == 'r' && record) {
        ri = LineRecordInput.open(name, file);
        this.format = ri.format();
      } else if (how == 'r') {
        si = new StreamFile(library ? LocalLibrary.directoryChannel(file)
            : FileChannel.open(file, StandardOpenOption.READ));
      } else if (record) {
        ro = LineRecordOutput.open(name, file, append, format, declared.isPresent());
      } else {
        so = StreamFile.forWriting(file, append);
      }
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open " + file, e);
    }
    this.recordInput = ri;
    this.recordOutput = ro;
    this.streamInput = si;
    // Text mode strips each record's trailing blanks on z/OS; a path (no "//") is not a data set.
    this.textInput = si != null && openMode == OPEN_MODE_TEXT && name.startsWith("//")
        ? new TrailingBlanks(si::read) : null;
    this.streamOutput = so;
    LocalDynalloc.opened(ddName(name));
  }

  /** The DD a name opens, or null for a data set name or a path. */
  private static String ddName(String name) throws ZFileException {
    return LocalNames.isDd(name) ? LocalNames.ddName(name) : null;
  }

  /**
   * Allocates a new DD to DUMMY and returns its name, for a later {@code bpxwdyn("alloc
   * fi(NAME) ... reuse")}. Off z/OS the DD is {@code SYSnnnnn}, its file the null device.
   */
  public static String allocDummyDDName() throws RcException {
    return LocalDynalloc.allocDummy();
  }

  /** Reads the next record, or bytes in stream mode, into {@code buf}; -1 at end of file. */
  public int read(byte[] buf) throws ZFileException {
    return read(buf, 0, buf.length);
  }

  /** Reads the next record, or up to {@code len} bytes in stream mode; -1 at end of file. */
  public int read(byte[] buf, int offset, int len) throws ZFileException {
    checkOpen();
    int n;
    if (recordInput != null) {
      n = recordInput.read(buf, offset, len);
      records += n >= 0 ? 1 : 0;
      recordPosition += n >= 0 ? 1 : 0;
    } else if (streamInput == null) {
      throw notOpenFor("reading");
    } else {
      try {
        n = textInput != null ? textInput.read(buf, offset, len)
            : streamInput.read(buf, offset, len);
      } catch (IOException e) {
        throw new ZFileException(name, "read failed", e);
      }
    }
    bytes += Math.max(n, 0);
    return n;
  }

  /** Writes {@code buf} as one record, or as bytes in stream mode. */
  public void write(byte[] buf) throws ZFileException {
    write(buf, 0, buf.length);
  }

  /** Writes {@code len} bytes of {@code buf} as one record, or as bytes in stream mode. */
  public void write(byte[] buf, int offset, int len) throws ZFileException {
    checkOpen();
    if (recordOutput != null) {
      recordOutput.write(buf, offset, len);
      records++;
      recordPosition++;
    } else if (streamOutput == null) {
      throw notOpenFor("writing");
    } else {
      try {
        streamOutput.write(buf, offset, len);
      } catch (IOException e) {
        throw new ZFileException(name, "write failed", e);
      }
    }
    bytes += len;
  }

  /** Closes the file; a file written is forced to disk first. Closing it again does nothing. */
  @Override
  public void close() throws ZFileException {
    if (closed) {
      return;
    }
    closed = true;
    LocalDynalloc.closed(ddName(name));
    try {
      if (recordInput != null) {
        recordInput.close();
      } else if (recordOutput != null) {
        recordOutput.close();
      } else if (streamInput != null) {
        streamInput.close();
      } else {
        try (streamOutput) {
          forceOutput();
        }
      }
    } catch (IOException e) {
      throw e instanceof ZFileException z ? z : new ZFileException(name, "close failed", e);
    }
  }

  /**
   * Writes out what was written so far. Off z/OS writes reach the file as they are made, so this
   * forces the file to disk, as {@link RecordWriter#flush()} does; for a file read it does nothing.
   */
  public void flush() throws ZFileException {
    checkOpen();
    try {
      if (recordOutput != null) {
        recordOutput.flush();
      } else if (streamOutput != null) {
        forceOutput();
      }
    } catch (IOException e) {
      throw new ZFileException(name, "flush failed", e);
    }
  }

  /**
   * Moves to {@code offset} from {@code origin} ({@link #SEEK_SET}, {@link #SEEK_CUR} or {@link
   * #SEEK_END}): in bytes for a stream, in records for records read (as IBM's RandomAccessFile
   * sample does, {@code seek(-1, SEEK_END)} is the last record). Off z/OS records written cannot be
   * repositioned; a file opened with {@code noseek} cannot be either, as on z/OS.
   */
  public void seek(long offset, int origin) throws ZFileException {
    checkSeekable();
    if (recordOutput != null) {
      throw invalid("positioning records written (not supported off z/OS)");
    }
    long base =
        switch (origin) {
          case SEEK_SET -> 0;
          case SEEK_CUR -> tell();
          case SEEK_END -> size();
          default -> throw invalid("seek origin " + origin);
        };
    long target = base + offset;
    if (target < 0) {
      throw invalid("seek to " + target);
    }
    try {
      if (recordInput != null) {
        recordInput.close();
        recordInput = LineRecordInput.open(name, file);
        recordPosition = 0;
        while (recordPosition < target && recordInput.read(new byte[0], 0, 0) >= 0) {
          recordPosition++;
        }
      } else {
        (streamInput != null ? streamInput : streamOutput).position(target);
        if (textInput != null) {
          textInput = new TrailingBlanks(streamInput::read);
        }
      }
    } catch (IOException e) {
      throw e instanceof ZFileException z ? z : new ZFileException(name, "seek failed", e);
    }
  }

  /** The current position: a byte offset for a stream, a record number for records. */
  public long tell() throws ZFileException {
    checkSeekable();
    if (recordInput != null || recordOutput != null) {
      return recordPosition;
    }
    try {
      return (streamInput != null ? streamInput : streamOutput).position();
    } catch (IOException e) {
      throw new ZFileException(name, "tell failed", e);
    }
  }

  /** Moves to the start of the file, as {@code seek(0, SEEK_SET)}. */
  public void rewind() throws ZFileException {
    seek(0, SEEK_SET);
  }

  /**
   * The current position as an opaque token for {@link #setPos}, as fgetpos() gives one. Off z/OS
   * the token holds what {@link #tell} answers (a byte offset, or a record number for records), so
   * it fails where {@code tell} does: on a file opened with {@code noseek}.
   */
  public byte[] getPos() throws ZFileException {
    return ByteBuffer.allocate(Long.BYTES).putLong(tell()).array();
  }

  /**
   * Returns to a position {@link #getPos} gave, as fsetpos() does. A token of another length is
   * refused with EINVAL; the position is then set as {@link #seek} sets it, and refused where it is.
   */
  public void setPos(byte[] position) throws ZFileException {
    if (position == null || position.length != Long.BYTES) {
      throw invalid("a position token that getPos() did not give");
    }
    seek(ByteBuffer.wrap(position).getLong(), SEEK_SET);
  }

  /**
   * An input stream over this file's {@link #read(byte[], int, int)}; closing it closes the file.
   */
  public InputStream getInputStream() {
    return ZFileStreams.input(this);
  }

  /**
   * An output stream over this file's {@link #write(byte[], int, int)}; closing it closes the
   * file.
   */
  public OutputStream getOutputStream() {
    return ZFileStreams.output(this);
  }

  /**
   * The logical record length of the record model, in stream mode too: see {@link
   * LineRecordInput} and {@link RecordFormat}.
   */
  public int getLrecl() {
    return format().lrecl();
  }

  /**
   * The record format, e.g. {@code FB}. Off z/OS it is the format the stub gives the file, in
   * record and stream mode alike: {@code FB} read (see {@link LineRecordInput}); written, that of
   * the {@code recfm=} option or the DD, else {@code FBA} (see {@link RecordFormat}).
   */
  public String getRecfm() {
    return format().recfm();
  }

  /** The record format as {@code RECFM_*} bits, e.g. {@code RECFM_F | RECFM_B}. */
  public int getRecfmBits() {
    return format().bits();
  }

  /** The block size; off z/OS one record a block. */
  public int getBlksize() {
    return format().blksize();
  }

  /**
   * The data set organization: {@link #DSORG_HFS} for a path; for a DD or data set {@link
   * #DSORG_PDS_DIR} for a partitioned data set's directory, {@link #DSORG_PDS_MEM} for a member,
   * else {@link #DSORG_PS}.
   */
  public int getDsorg() {
    if (isPath()) {
      return DSORG_HFS;
    }
    if (LocalLibrary.isLibrary(name, file)) {
      return DSORG_PDS_DIR;
    }
    return LocalNames.isMember(name) || LocalNames.dsnOf(file).endsWith(")")
        ? DSORG_PDS_MEM : DSORG_PS;
  }

  /**
   * The device type: {@link #DEVICE_DUMMY} for the null device (a DD from {@link
   * #allocDummyDDName}), {@link #DEVICE_HFS} for a path, else {@link #DEVICE_DISK}.
   */
  public int getDevice() {
    if (file.equals(LocalDynalloc.NULL_DEVICE)) {
      return DEVICE_DUMMY;
    }
    return isPath() ? DEVICE_HFS : DEVICE_DISK;
  }

  /** {@link #OPEN_MODE_RECORD} with {@code type=record}, else binary or text by the mode. */
  public int getOpenMode() {
    return openMode;
  }

  /** {@link #MODE_FLAG_READ}, {@link #MODE_FLAG_WRITE} or {@link #MODE_FLAG_APPEND}, by the mode. */
  public int getModeFlags() {
    return modeFlags;
  }

  /** The name the file was opened with. */
  public String getFilename() {
    return name;
  }

  /** The fopen() options the file was opened with. */
  public String getOptions() {
    return options;
  }

  /** The number of records read or written in record mode; 0 in stream mode. */
  public long getRecordCount() {
    return records;
  }

  /** The number of bytes read or written. */
  public long getByteCount() {
    return bytes;
  }

  /** {@link #VSAM_TYPE_NOTVSAM}: off z/OS no file is a VSAM data set. */
  public int getVsamType() {
    return VSAM_TYPE_NOTVSAM;
  }

  /** The key length of a VSAM KSDS; 0 off z/OS, where no file is one. */
  public int getVsamKeyLength() {
    return 0;
  }

  /**
   * The name of what was opened, as fldata() gives it: a data set's name, with its member in
   * parentheses ({@code HLQ.LIB(MEMBER)}), for a data set name or a DD allocated to one; {@code
   * NULLFILE} for a DUMMY DD; off z/OS the local path for a path, or a DD allocated to a file
   * outside the data set directory.
   */
  public String getActualFilename() {
    return isPath() ? file.toString() : LocalNames.dsnOf(file);
  }

  /** Positions a VSAM data set by key; off z/OS no file has keys, so it fails. */
  public boolean locate(byte[] key, int options) throws ZFileException {
    return locate(key, 0, key.length, options);
  }

  /** Positions a VSAM data set by key; off z/OS no file has keys, so it fails. */
  public boolean locate(byte[] key, int offset, int length, int options) throws ZFileException {
    throw notVsam("locate");
  }

  /** Positions a VSAM data set by record number or RBA; off z/OS no file is one, so it fails. */
  public boolean locate(long recordNumberOrRBA, int options) throws ZFileException {
    throw notVsam("locate");
  }

  /** Deletes the last record read from a VSAM data set; off z/OS no file is one, so it fails. */
  public void delrec() throws ZFileException {
    throw notVsam("delrec");
  }

  /** Replaces the last record read; off z/OS update modes are refused, so it fails. */
  public int update(byte[] buf) throws ZFileException {
    return update(buf, 0, buf.length);
  }

  /** Replaces the last record read; off z/OS update modes are refused, so it fails. */
  public int update(byte[] buf, int offset, int length) throws ZFileException {
    checkOpen();
    throw notOpenFor("update (update modes are not supported off z/OS)");
  }

  /** Whether the DD {@code ddname} is allocated: off z/OS, whether a file is named for it. */
  public static boolean ddExists(String ddname) throws ZFileException {
    return LocalSettings.dd(ddname).isPresent();
  }

  /**
   * Whether the data set {@code dsn} exists: {@code HLQ.X}, {@code 'HLQ.X'} or with {@code //}; a
   * partitioned one, or with a member ({@code HLQ.LIB(M)}) that member.
   */
  public static boolean dsExists(String dsn) throws ZFileException {
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    try {
      return isDataSet("//" + bare, LocalNames.dataset(dsn, bare));
    } catch (ZFileException e) {
      return false;
    }
  }

  /** Whether {@code filename}, in any form {@link #ZFile} accepts, names an existing file. */
  public static boolean exists(String filename) throws ZFileException {
    try {
      return isDataSet(filename, LocalNames.resolve(filename));
    } catch (ZFileException e) {
      return false;
    }
  }

  private static boolean isDataSet(String name, Path file) {
    return Files.isRegularFile(file) || LocalLibrary.isLibrary(name, file);
  }

  /**
   * Deletes the file, data set or member {@code filename}. A partitioned data set goes with its
   * members; off z/OS one holding files that are not members is refused, and so is one named by
   * a DD or a path rather than a data set name.
   */
  public static void remove(String filename) throws ZFileException {
    Path path = LocalNames.resolve(filename);
    try {
      if (LocalLibrary.isLibrary(filename, path)) {
        LocalLibrary.delete(filename, path);
      } else {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw e instanceof ZFileException z ? z
          : new ZFileException(filename, "cannot remove " + path, e);
    }
  }

  /**
   * Renames {@code oldName} to {@code newName}. Off z/OS the rename is atomic, and the directory is
   * forced to disk after it. A path replaces an existing {@code newName}, as POSIX rename() does; a
   * data set name ({@code //'HLQ.X'}) that names an existing data set is refused (errno 117
   * EEXIST), as no two data sets have one name on z/OS.
   */
  public static void rename(String oldName, String newName) throws ZFileException {
    if (LocalNames.isDd(oldName) || LocalNames.isDd(newName)) {
      throw new ZFileException(oldName, "a DD cannot be renamed", ZFileException.EINVAL);
    }
    Path from = LocalNames.resolve(oldName);
    Path to = LocalNames.resolve(newName);
    boolean member = LocalNames.isMember(oldName);
    if (member != LocalNames.isMember(newName)
        || member && !from.getParent().equals(to.getParent())) {
      throw new ZFileException(oldName, "a member is renamed within its library only, to "
          + "another member name", ZFileException.EINVAL);
    }
    if (newName.startsWith("//") && Files.exists(to)) {
      throw new ZFileException(
          oldName, "cannot rename to " + newName + ": that data set exists", ZFileException.EEXIST);
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Path dir = to.toAbsolutePath().getParent();
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      }
    } catch (IOException e) {
      throw new ZFileException(oldName, "cannot rename to " + newName, e);
    }
  }

  /** The {@code //'DSN'} form of a data set name, e.g. {@code //'HLQ.X'} for {@code HLQ.X}. */
  public static String getSlashSlashQuotedDSN(String dsn) {
    return getSlashSlashQuotedDSN(dsn, false);
  }

  /**
   * The fully qualified name of data set {@code dsn}, without quotes or a {@code //} prefix:
   * {@code 'HLQ.X'} is {@code HLQ.X}, and an unquoted {@code X} is prefixed with the user id, as
   * fopen() qualifies it (so that the name can be handed to services such as {@link #bpxwdyn} that
   * do not qualify names themselves). The case of the name is kept.
   */
  public static String getFullyQualifiedDSN(String dsn) {
    return getFullyQualifiedDSN(dsn, false);
  }

  /**
   * The fully qualified name of data set {@code dsn}, as {@link #getFullyQualifiedDSN(String)}
   * gives it, except that with {@code isFullyQualified} an unquoted name is taken as it is: IBM's
   * EnqUpdatePdsMember sample passes {@code true} for "the fully qualified dataset name" its user
   * gives, as ZipDatasets does to {@link #getSlashSlashQuotedDSN(String, boolean)}.
   */
  public static String getFullyQualifiedDSN(String dsn, boolean isFullyQualified) {
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    return isQuoted(bare) || isFullyQualified ? unquote(bare) : LocalSettings.user() + "." + bare;
  }

  /**
   * The {@code //'DSN'} form of data set name {@code dsn}, for {@link #ZFile} and the record
   * classes. With {@code isFullyQualified} an unquoted name is taken as it is, as IBM's samples
   * pass names they hold to be fully qualified; without it an unquoted name is first prefixed with
   * the user id, as {@link #getFullyQualifiedDSN} does. A {@code //DD:NAME} is not a data set name
   * and is returned unchanged.
   */
  public static String getSlashSlashQuotedDSN(String dsn, boolean isFullyQualified) {
    if (LocalNames.isDd(dsn)) {
      return dsn;
    }
    return "//'" + getFullyQualifiedDSN(dsn, isFullyQualified) + "'";
  }

  /**
   * Calls BPXWDYN, z/OS's text interface to dynamic allocation, e.g. {@code alloc fi(INPUT)
   * da(HLQ.X) shr reuse msg(2)} or {@code free fi(INPUT)}. Off z/OS it allocates DDs the way the
   * stubs model them, by setting or clearing {@code bwo.dd.NAME} (see {@link LocalDynalloc}, which
   * lists the keywords it understands); a request it cannot carry out faithfully fails.
   *
   * @throws RcException if the allocation fails, as BPXWDYN's non-zero return code does on z/OS
   */
  public static void bpxwdyn(String parms) throws RcException {
    LocalDynalloc.bpxwdyn(parms);
  }

  private static boolean isQuoted(String name) {
    return name.length() > 1 && name.startsWith("'") && name.endsWith("'");
  }

  private static String unquote(String name) {
    return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
  }

  /** The record model's format; for a stream being read, found on first use (it reads the file). */
  private RecordFormat format() {
    if (format == null) {
      try {
        format = LineRecordInput.format(name, file);
      } catch (ZFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return format;
  }

  private boolean isPath() {
    return !name.startsWith("//");
  }

  private void checkOpen() throws ZFileException {
    if (closed) {
      throw new ZFileException(
          name, "the file is closed", ZFileException.EBADF);
    }
  }

  private void checkSeekable() throws ZFileException {
    checkOpen();
    if (noseek) {
      throw invalid("positioning a file opened with noseek");
    }
  }

  /** The size in the unit of {@link #seek}: records read, or bytes. */
  private long size() throws ZFileException {
    try {
      if (recordInput != null) {
        return LineRecordInput.count(name, file);
      }
      return (streamInput != null ? streamInput : streamOutput).size();
    } catch (IOException e) {
      throw e instanceof ZFileException z ? z : new ZFileException(name, "seek failed", e);
    }
  }

  /**
   * Forces the bytes written in stream mode to disk, where they can be ({@link
   * LocalNames#syncable}).
   */
  private void forceOutput() throws IOException {
    if (LocalNames.syncable(file)) {
      streamOutput.force();
    }
  }

  private ZFileException invalid(String what) {
    return new ZFileException(name, what, ZFileException.EINVAL);
  }

  private ZFileException notOpenFor(String what) {
    return new ZFileException(name, "not open for " + what, ZFileException.EINVAL);
  }

  private ZFileException notVsam(String operation) throws ZFileException {
    checkOpen();
    return new ZFileException(
        name,
        operation + " needs a VSAM data set: off z/OS files have no keys, RBAs or relative records",
        ZFileException.EINVAL);
  }
}
