package com.ibm.jzos.fields;

import com.ibm.jzos.ZFileConstants;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * A character field (COBOL {@code PIC X}, assembler {@code C}) in an encoding, IBM-1047 unless
 * given: written left-justified and padded with blanks (or right-justified, {@code padLeft}),
 * read with its blanks trimmed ({@code trim}).
 */
public final class StringField implements Field {

  private int offset;
  private final int length;
  private final boolean trim;
  private final boolean padLeft;
  private final boolean allowTruncation;
  private final Charset encoding;

  /** A field with trim=true, padLeft=false and allowTruncation=true. */
  public StringField(int offset, int length) {
    this(offset, length, true);
  }

  /** A field with padLeft=false and allowTruncation=true. */
  public StringField(int offset, int length, boolean trim) {
    this(offset, length, trim, false);
  }

  /** A field with allowTruncation=true. */
  public StringField(int offset, int length, boolean trim, boolean padLeft) {
    this(offset, length, trim, padLeft, true);
  }

  public StringField(
      int offset, int length, boolean trim, boolean padLeft, boolean allowTruncation) {
    this(offset, length, trim, padLeft, allowTruncation, ZFileConstants.DEFAULT_EBCDIC_CODE_PAGE);
  }

  public StringField(
      int offset,
      int length,
      boolean trim,
      boolean padLeft,
      boolean allowTruncation,
      String encoding) {
    this.offset = offset;
    this.length = Offsets.checked("string field length", length, 0, Integer.MAX_VALUE);
    this.trim = trim;
    this.padLeft = padLeft;
    this.allowTruncation = allowTruncation;
    this.encoding = Charset.forName(encoding);
  }

  /** Whether two strings, possibly null, are equal. */
  public boolean equals(String aString1, String aString2) {
    return Objects.equals(aString1, aString2);
  }

  @Override
  public int getByteLength() {
    return length;
  }

  @Override
  public int getOffset() {
    return offset;
  }

  @Override
  public void setOffset(int offset) {
    this.offset = offset;
  }

  /** The field's characters, without leading and trailing blanks if it trims. */
  public String getString(byte[] buffer) {
    return getString(buffer, 0);
  }

  public String getString(byte[] buffer, int bufOffset) {
    int at = FieldError.position(this, buffer, bufOffset);
    String text = new String(buffer, at, length, encoding);
    return trim ? text.trim() : text;
  }

  public void putString(String value, byte[] buffer) {
    putString(value, buffer, 0);
  }

  /**
   * Writes {@code value} padded with blanks; one longer than the field is cut to its length, or
   * refused (IllegalArgumentException) if the field does not allow truncation.
   */
  public void putString(String value, byte[] buffer, int bufOffset) {
    byte[] bytes = FieldError.nonNull(this, value).getBytes(encoding);
    if (bytes.length > length && !allowTruncation) {
      throw FieldError.of(
          this, "\"" + value + "\" is " + bytes.length + " bytes, the field " + length);
    }
    int at = FieldError.position(this, buffer, bufOffset);
    int used = Math.min(bytes.length, length);
    int start = padLeft ? at + length - used : at;
    byte blank = " ".getBytes(encoding)[0];
    Arrays.fill(buffer, at, at + length, blank);
    System.arraycopy(bytes, 0, buffer, start, used);
  }
}
