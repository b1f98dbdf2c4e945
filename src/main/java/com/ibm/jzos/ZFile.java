package com.ibm.jzos;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file, DD or data set opened by name with fopen() options, e.g. {@code new ZFile("//DD:SYSIN",
 * "rb,type=record,noseek")}.
 *
 * <p>Off z/OS: with {@code type=record} a record is a line (see {@link LineRecordInput} and {@link
 * LineRecordOutput}); without it the file is a byte stream, read and written as is. Modes {@code
 * r}, {@code w} and {@code a}, with or without {@code b}, are supported; other options such as
 * {@code noseek} are accepted and ignored. Closing a file opened for writing forces it to disk.
 */
public final class ZFile implements ZFileConstants, AutoCloseable {
  private final String name;
  private final Path file;
  private final LineRecordInput recordInput;
  private final LineRecordOutput recordOutput;
  private final StreamFile streamInput;
  private final StreamFile streamOutput;

  /** Opens {@code name} with fopen()-style {@code options}. */
  public ZFile(String name, String options) throws ZFileException {
    this.name = name;
    this.file = LocalNames.resolve(name);
    String[] parts = options.replace(" ", "").split(",");
    String mode = parts[0];
    boolean record = false;
    for (int i = 1; i < parts.length; i++) {
      record |= parts[i].equalsIgnoreCase("type=record");
    }
    if (mode.isEmpty() || mode.contains("+") || "rwa".indexOf(mode.charAt(0)) < 0) {
      throw new ZFileException(
          name, "open mode '" + mode + "' is not supported off z/OS", ZFileException.EINVAL, "");
    }
    char how = mode.charAt(0);
    LineRecordInput ri = null;
    LineRecordOutput ro = null;
    StreamFile si = null;
    StreamFile so = null;
    try {
      if (how == 'r' && record) {
        ri = LineRecordInput.open(name, file);
      } else if (how == 'r') {
        si = new StreamFile(FileChannel.open(file, StandardOpenOption.READ));
      } else if (record) {
        ro = LineRecordOutput.open(name, file, how == 'a');
      } else {
        so = new StreamFile(FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                how == 'a' ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING));
      }
    } catch (NoSuchFileException e) {
      throw new ZFileException(
          name, "cannot open " + file, ZFileException.ENOENT, "No such file or directory");
    } catch (IOException e) {
      throw new ZFileException(name, "cannot open " + file, e);
    }
    this.recordInput = ri;
    this.recordOutput = ro;
    this.streamInput = si;
    this.streamOutput = so;
  }

  /** Reads the next record, or bytes in stream mode, into {@code buf}; -1 at end of file. */
  public int read(byte[] buf) throws ZFileException {
    return read(buf, 0, buf.length);
  }

  /** Reads the next record, or up to {@code len} bytes in stream mode; -1 at end of file. */
  public int read(byte[] buf, int offset, int len) throws ZFileException {
    if (recordInput != null) {
      return recordInput.read(buf, offset, len);
    }
    if (streamInput == null) {
      throw notOpenFor("reading");
    }
    try {
      return streamInput.read(buf, offset, len);
    } catch (IOException e) {
      throw new ZFileException(name, "read failed", e);
    }
  }

  /** Writes {@code buf} as one record, or as bytes in stream mode. */
  public void write(byte[] buf) throws ZFileException {
    write(buf, 0, buf.length);
  }

  /** Writes {@code len} bytes of {@code buf} as one record, or as bytes in stream mode. */
  public void write(byte[] buf, int offset, int len) throws ZFileException {
    if (recordOutput != null) {
      recordOutput.write(buf, offset, len);
      return;
    }
    if (streamOutput == null) {
      throw notOpenFor("writing");
    }
    try {
      streamOutput.write(buf, offset, len);
    } catch (IOException e) {
      throw new ZFileException(name, "write failed", e);
    }
  }

  /** Closes the file; a file written is forced to disk first. */
  @Override
  public void close() throws ZFileException {
    try {
      if (recordInput != null) {
        recordInput.close();
      } else if (recordOutput != null) {
        recordOutput.close();
      } else if (streamInput != null) {
        streamInput.close();
      } else {
        try (streamOutput) {
          streamOutput.force();
        }
      }
    } catch (IOException e) {
      throw e instanceof ZFileException z ? z : new ZFileException(name, "close failed", e);
    }
  }

  /**
   * The logical record length: see {@link LineRecordInput} and {@link LineRecordOutput}; 0 for a
   * stream.
   */
  public int getLrecl() {
    if (recordInput != null) {
      return recordInput.lrecl();
    }
    return recordOutput != null ? LineRecordOutput.LRECL : 0;
  }

  /**
   * The record format, e.g. {@code FB}. Off z/OS it is the format the stub gives the file: {@code
   * FB} read in record mode, {@code FBA} written in record mode (see {@link LineRecordInput} and
   * {@link LineRecordOutput}), and {@code U} for a byte stream, whose LRECL is 0 as a RECFM=U data
   * set's is.
   */
  public String getRecfm() {
    if (recordInput != null) {
      return LineRecordInput.RECFM;
    }
    return recordOutput != null ? LineRecordOutput.RECFM : "U";
  }

  /** The name the file was actually opened as; off z/OS, the local path. */
  public String getActualFilename() {
    return file.toString();
  }

  /** Whether the DD {@code ddname} is allocated: off z/OS, whether a file is named for it. */
  public static boolean ddExists(String ddname) {
    return LocalSettings.dd(ddname).isPresent();
  }

  /** Whether the data set {@code dsn} exists: {@code HLQ.X}, {@code 'HLQ.X'} or with {@code //}. */
  public static boolean dsExists(String dsn) {
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    try {
      return Files.isRegularFile(LocalNames.dataset(dsn, bare));
    } catch (ZFileException e) {
      return false;
    }
  }

  /** Whether {@code filename}, in any form {@link #ZFile} accepts, names an existing file. */
  public static boolean exists(String filename) {
    try {
      return Files.isRegularFile(LocalNames.resolve(filename));
    } catch (ZFileException e) {
      return false;
    }
  }

  /** Deletes the file or data set {@code filename}. */
  public static void remove(String filename) throws ZFileException {
    Path path = LocalNames.resolve(filename);
    try {
      Files.delete(path);
    } catch (NoSuchFileException e) {
      throw new ZFileException(
          filename, "cannot remove " + path, ZFileException.ENOENT, "No such file or directory");
    } catch (IOException e) {
      throw new ZFileException(filename, "cannot remove " + path, e);
    }
  }

  /**
   * Renames {@code oldName} to {@code newName}. Off z/OS the rename is atomic and replaces an
   * existing {@code newName}, as POSIX rename() does, and the directory is forced to disk after it.
   */
  public static void rename(String oldName, String newName) throws ZFileException {
    if (LocalNames.isDd(oldName) || LocalNames.isDd(newName)) {
      throw new ZFileException(oldName, "a DD cannot be renamed", ZFileException.EINVAL, "");
    }
    Path from = LocalNames.resolve(oldName);
    Path to = LocalNames.resolve(newName);
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Path dir = to.toAbsolutePath().getParent();
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      }
    } catch (NoSuchFileException e) {
      throw new ZFileException(
          oldName,
          "cannot rename to " + newName,
          ZFileException.ENOENT,
          "No such file or directory");
    } catch (IOException e) {
      throw new ZFileException(oldName, "cannot rename to " + newName, e);
    }
  }

  /** The {@code //'DSN'} form of a data set name, e.g. {@code //'HLQ.X'} for {@code HLQ.X}. */
  public static String getSlashSlashQuotedDSN(String dsn) {
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    if (bare.startsWith("'") && bare.endsWith("'") && bare.length() > 1) {
      bare = bare.substring(1, bare.length() - 1);
    }
    return "//'" + bare + "'";
  }

  /**
   * The fully qualified name of data set {@code dsn}, without quotes or a {@code //} prefix:
   * {@code 'HLQ.X'} is {@code HLQ.X}, and an unquoted {@code X} is prefixed with the user id, as
   * fopen() qualifies it (so that the name can be handed to services such as {@link #bpxwdyn} that
   * do not qualify names themselves). The case of the name is kept.
   */
  public static String getFullyQualifiedDSN(String dsn) {
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    return isQuoted(bare) ? unquote(bare) : LocalSettings.user() + "." + bare;
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
    String bare = dsn.startsWith("//") ? dsn.substring(2) : dsn;
    String full = isQuoted(bare) || isFullyQualified ? unquote(bare) : getFullyQualifiedDSN(bare);
    return "//'" + full + "'";
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

  private ZFileException notOpenFor(String what) {
    return new ZFileException(name, "not open for " + what, ZFileException.EINVAL, "");
  }
}
