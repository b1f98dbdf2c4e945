package com.ibm.jzos;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * An I/O failure on a file, DD or data set, with the C library's error details (errno, errno2, the
 * failing operation). Off z/OS errno carries the z/OS value of the nearest C error: 113 EBADF, 121
 * EINVAL, 122 EIO, 129 ENOENT. The access-method details (__amrc: last operation, abend, SVC 99
 * and VSAM feedback codes, SYNAD message) describe z/OS services that do not run off z/OS, so they
 * are zero, empty or null: no such condition occurred.
 */
public class ZFileException extends IOException implements ZFileConstants {
  private static final long serialVersionUID = 1L;

  /** z/OS's EBADF: an operation on a closed file. Not among IBM's {@code ERRNO_*} constants. */
  static final int EBADF = 113;

  static final int EINVAL = ERRNO_EINVAL;
  static final int EIO = ERRNO_EIO;
  static final int ENOENT = 129;
  static final int EEXIST = 117;

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
    this(fileName, msg, errnoOf(cause), errnoMsgOf(cause));
    initCause(cause);
  }

  private static int errnoOf(IOException cause) {
    return cause instanceof ZFileException z ? z.errno
        : cause instanceof NoSuchFileException ? ENOENT : EIO;
  }

  private static String errnoMsgOf(IOException cause) {
    return cause instanceof ZFileException z ? z.errnoMsg
        : cause instanceof NoSuchFileException ? strerror(ENOENT)
        : cause.getMessage() != null ? cause.getMessage() : cause.toString();
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
