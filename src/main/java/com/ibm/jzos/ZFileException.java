package com.ibm.jzos;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An I/O failure on a file, DD or data set, with the C library's error details (errno, errno2, the
 * failing operation). Off z/OS errno carries the z/OS value of the nearest C error: 113 EBADF, 121
 * EINVAL, 122 EIO, 129 ENOENT. The access-method details (__amrc: last operation, abend, SVC 99
 * and VSAM feedback codes, SYNAD message) describe z/OS services that do not run off z/OS, so they
 * are zero, empty or null: no such condition occurred. A data set name that names no data set is
 * errno 49, a member not in its library 67.
 */
public class ZFileException extends IOException implements ZFileConstants {
  private static final long serialVersionUID = 1L;

  /** z/OS's EBADF: an operation on a closed file. Not among IBM's {@code ERRNO_*} constants. */
  static final int EBADF = 113;

  static final int EINVAL = ERRNO_EINVAL;
  static final int EIO = ERRNO_EIO;
  static final int ENOENT = 129;
  static final int EEXIST = 117;
  /** A data set name that names no data set (not cataloged): EDC5049I. */
  static final int ENOTLOCATED = 49;
  /** A member that is not in its library, opened for reading: EDC5067I. */
  static final int ENOMEMBER = 67;

  private final String fileName;
  private final String errnoMsg;
  private final int errno;

  /** A failure with {@code errno}, whose text is what z/OS's strerror() gives for it. */
  ZFileException(String fileName, String msg, int errno) {
    this(fileName, msg, errno, strerror(errno));
  }

  /**
   * An I/O failure (EIO) whose text is what the Java I/O layer said of it; a file that does not
   * exist is ENOENT with z/OS's text, however it was opened, and a failure of the stubs' own keeps
   * its errno.
   */
  ZFileException(String fileName, String msg, IOException cause) {
    this(fileName, msg, errnoOf(fileName, cause), errnoMsgOf(fileName, cause));
    initCause(cause);
  }

  private static int errnoOf(String fileName, IOException cause) {
    return cause instanceof ZFileException z ? z.errno
        : cause instanceof NoSuchFileException missing ? notFound(fileName, missing) : EIO;
  }

  private static String errnoMsgOf(String fileName, IOException cause) {
    return cause instanceof ZFileException z ? z.errnoMsg
        : cause instanceof NoSuchFileException missing ? strerror(notFound(fileName, missing))
        : cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }

  /**
   * The errno of a file not found: as z/OS's C library gives it, EDC5067I for a member its library
   * does not hold, EDC5049I for a data set name that names no data set; a path's, or a DD's file
   * (which z/OS would have allocated), ENOENT.
   */
  private static int notFound(String fileName, NoSuchFileException missing) {
    if (LocalNames.isMember(fileName) && missing.getFile() != null) {
      Path library = Path.of(missing.getFile()).getParent();
      return library != null && LocalLibrary.isLibrary(library) ? ENOMEMBER : ENOTLOCATED;
    }
    return fileName.startsWith("//") && !LocalNames.isDd(fileName) ? ENOTLOCATED : ENOENT;
  }

  private ZFileException(String fileName, String msg, int errno, String errnoMsg) {
    super(fileName + ": " + msg + " (" + errnoMsg + ")");
    this.fileName = fileName;
    this.errno = errno;
    this.errnoMsg = errnoMsg;
  }

  // The texts z/OS's strerror() gives for the errnos these stubs raise: LE's EDC5nnnI messages.
  private static String strerror(int errno) {
    return switch (errno) {
      case EBADF -> "EDC5113I Bad file descriptor.";
      case EINVAL -> "EDC5121I Invalid argument.";
      case EIO -> "EDC5122I Input/output error.";
      case ENOENT -> "EDC5129I No such file or directory.";
      case EEXIST -> "EDC5117I File exists.";
      case ENOTLOCATED -> "EDC5049I The specified file name could not be located.";
      case ENOMEMBER -> "EDC5067I An attempt was made to open a nonexistent file for read.";
      default -> throw new IllegalArgumentException("no text for errno " + errno);
    };
  }

  /** The name of the file, DD or data set the operation was on. */
  public String getFileName() {
    return fileName;
  }

  /** The C errno of the failure, 0 if none. */
  public int getErrno() {
    return errno;
  }

  /** The z/OS errno2 reason code; always 0 off z/OS. */
  public int getErrno2() {
    return 0;
  }

  /** The text of the errno, as strerror() gives it. */
  public String getErrnoMsg() {
    return errnoMsg;
  }

  /** The last operation of the access method; always 0 off z/OS. */
  public int getLastOp() {
    return 0;
  }

  /** The abend system code from __amrc; always 0 off z/OS. */
  public int getAbendCode() {
    return 0;
  }

  /** The abend return code from __amrc; always 0 off z/OS. */
  public int getAbendRc() {
    return 0;
  }

  /** The SVC 99 error code of a failed dynamic allocation; always 0 off z/OS. */
  public int getAllocSvc99Error() {
    return 0;
  }

  /** The SVC 99 information code of a failed dynamic allocation; always 0 off z/OS. */
  public int getAllocSvc99Info() {
    return 0;
  }

  /** The bytes of the C library's __amrc structure; empty off z/OS, which has none. */
  public byte[] getAmrcBytes() {
    return new byte[0];
  }

  /** The __amrc error code of the access method; always 0 off z/OS. */
  public int getErrorCode() {
    return 0;
  }

  /** The VSAM feedback code (RPLFDBK); always 0 off z/OS. */
  public int getFeedbackFdbk() {
    return 0;
  }

  /** The VSAM feedback function code (RPLFTNCD); always 0 off z/OS. */
  public int getFeedbackFtncd() {
    return 0;
  }

  /** The VSAM feedback return code (R15); always 0 off z/OS. */
  public int getFeedbackRc() {
    return 0;
  }

  /** The SYNAD message of an access-method I/O error; null off z/OS, where none is issued. */
  public String getSynadMsg() {
    return null;
  }
}
