package com.ibm.jzos;

import java.nio.charset.Charset;

/**
 * The bytes of one field of a {@link CatalogSearch.Entry}, with IBM's helpers to read them as
 * text (in {@link ZFileConstants#DEFAULT_EBCDIC_CODE_PAGE}) or as numbers (big-endian, as z/OS
 * stores them).
 */
public class CatalogSearchField {
  private final String name;
  private final byte[] bytes;

  CatalogSearchField(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes.clone();
  }

  /** The field's name. */
  public String getName() {
    return name;
  }

  /** The field's bytes. */
  public byte[] getBytes() {
    return bytes.clone();
  }

  /** The first byte as a character of the EBCDIC code page; a blank for an empty field. */
  public char getChar() {
    return bytes.length == 0 ? ' ' : new String(bytes, 0, 1, ebcdic()).charAt(0);
  }

  /** The whole field as a string of the EBCDIC code page. */
  public String getFString() {
    return new String(bytes, ebcdic());
  }

  /** The field as strings of {@code len} bytes each. */
  public String[] getFStringArray(int len) {
    String[] strings = new String[bytes.length / len];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = new String(bytes, i * len, len, ebcdic());
    }
    return strings;
  }

  /** The field's bytes as an unsigned big-endian integer (at most 4 bytes). */
  public int getInt() {
    return toInt(bytes, 0, bytes.length);
  }

  /** The field as integers of {@code len} bytes each. */
  public int[] getIntArray(int len) {
    int[] ints = new int[bytes.length / len];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = toInt(bytes, i * len, len);
    }
    return ints;
  }

  private static int toInt(byte[] b, int off, int len) {
    int value = 0;
    for (int i = off; i < off + Math.min(len, 4); i++) {
      value = value << 8 | b[i] & 0xFF;
    }
    return value;
  }

  private static Charset ebcdic() {
    return LocalLibrary.Ebcdic.CHARSET;
  }
}
