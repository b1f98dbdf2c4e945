package com.ibm.jzos;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;

/**
 * Readers, writers and streams on a text file or data set, chosen by name as IBM's class does: a
 * name that starts with {@code //} ({@code //DD:NAME}, {@code //'HLQ.X'}, {@code //X}) is opened
 * with a {@link ZFile} in stream mode, any other name is an HFS path opened with java.io. Text is
 * in {@link #getDefaultEncoding the name's default encoding} unless an encoding is given.
 *
 * <p>Off z/OS a {@code //} name is the local file {@link ZFile} opens for it, so a DD that is not
 * allocated fails with a {@link ZFileException} saying how to allocate it; both default encodings
 * are the JVM's default charset.
 */
public class FileFactory {
  private FileFactory() {}

  /** An input stream on {@code filename}. */
  public static InputStream newInputStream(String filename) throws IOException {
    return isZFileName(filename)
        ? ZFileStreams.input(new ZFile(filename, "rb,noseek"))
        : new FileInputStream(filename);
  }

  /** An output stream on {@code filename}, which it creates or writes afresh. */
  public static OutputStream newOutputStream(String filename) throws IOException {
    return isZFileName(filename)
        ? ZFileStreams.output(new ZFile(filename, "wb,noseek"))
        : new FileOutputStream(filename);
  }

  /** A buffered input stream on {@code filename}. */
  public static BufferedInputStream newBufferedInputStream(String filename) throws IOException {
    return new BufferedInputStream(newInputStream(filename));
  }

  /** A buffered input stream on {@code filename} with a buffer of {@code bsize} bytes. */
  public static BufferedInputStream newBufferedInputStream(String filename, int bsize)
      throws IOException {
    return new BufferedInputStream(newInputStream(filename), bsize);
  }

  /** A buffered output stream on {@code filename}. */
  public static BufferedOutputStream newBufferedOutputStream(String filename) throws IOException {
    return new BufferedOutputStream(newOutputStream(filename));
  }

  /** A buffered output stream on {@code filename} with a buffer of {@code bsize} bytes. */
  public static BufferedOutputStream newBufferedOutputStream(String filename, int bsize)
      throws IOException {
    return new BufferedOutputStream(newOutputStream(filename), bsize);
  }

  /** A reader on {@code filename} in its {@link #getDefaultEncoding default encoding}. */
  public static BufferedReader newBufferedReader(String filename) throws IOException {
    return newBufferedReader(filename, getDefaultEncoding(filename));
  }

  /** A reader on {@code filename} in {@code encoding}. */
  public static BufferedReader newBufferedReader(String filename, String encoding)
      throws IOException {
    Charset charset = charset(encoding);
    // A data set is read as text, its records as lines without their trailing blanks.
    InputStream in = isZFileName(filename)
        ? ZFileStreams.input(new ZFile(filename, "rt,noseek"))
        : new FileInputStream(filename);
    return new BufferedReader(new InputStreamReader(in, charset));
  }

  /** A writer on {@code filename} in its {@link #getDefaultEncoding default encoding}. */
  public static BufferedWriter newBufferedWriter(String filename) throws IOException {
    return newBufferedWriter(filename, getDefaultEncoding(filename));
  }

  /** A writer on {@code filename} in {@code encoding}; the file is written afresh. */
  public static BufferedWriter newBufferedWriter(String filename, String encoding)
      throws IOException {
    Charset charset = charset(encoding);
    return new BufferedWriter(new OutputStreamWriter(newOutputStream(filename), charset));
  }

  /**
   * The encoding assumed for {@code filename}: {@link #getDefaultZFileEncoding} for a {@code //}
   * name, {@link #getDefaultJavaIoEncoding} for a path.
   */
  public static String getDefaultEncoding(String filename) {
    return isZFileName(filename) ? getDefaultZFileEncoding() : getDefaultJavaIoEncoding();
  }

  /** The default encoding of java.io files: the JVM's default charset ({@code file.encoding}). */
  public static String getDefaultJavaIoEncoding() {
    return Charset.defaultCharset().name();
  }

  /**
   * The default encoding of a ZFile: {@link ZUtil#getDefaultPlatformEncoding}, EBCDIC on z/OS and
   * the JVM's default charset off it.
   */
  public static String getDefaultZFileEncoding() {
    return ZUtil.getDefaultPlatformEncoding();
  }

  /** The charset named {@code encoding}, looked up before the file is opened (or truncated). */
  private static Charset charset(String encoding) throws UnsupportedEncodingException {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      UnsupportedEncodingException unsupported = new UnsupportedEncodingException(encoding);
      unsupported.initCause(e);
      throw unsupported;
    }
  }

  private static boolean isZFileName(String filename) {
    return filename.startsWith("//");
  }
}
