package com.ibm.jzos;

import java.io.IOException;

/**
 * An I/O failure on a file, DD or data set, with the C library's error details (errno, errno2, the
 * failing operation). Off z/OS errno carries the z/OS value of the nearest C error: 121 EINVAL, 122
 * EIO, 129 ENOENT.
 */
public class ZFileException extends IOException implements ZFileConstants {
  private static final long serialVersionUID = 1L;

  static final int EINVAL = 121;
  static final int EIO = 122;
  static final int ENOENT = 129;

  private final String fileName;
  private final String errnoMsg;
  private final int errno;

  ZFileException(String fileName, String msg, int errno, String errnoMsg) {
    super(fileName + ": " + msg + (errnoMsg.isEmpty() ? "" : " (" + errnoMsg + ")"));
    this.fileName = fileName;
    this.errno = errno;
    this.errnoMsg = errnoMsg;
  }

  ZFileException(String fileName, String msg, IOException cause) {
    this(fileName, msg, EIO, String.valueOf(cause.getMessage()));
    initCause(cause);
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
}
