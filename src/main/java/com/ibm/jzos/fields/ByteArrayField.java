package com.ibm.jzos.fields;

import java.util.Arrays;

/** A field of bytes taken as they are (assembler {@code X} or {@code B}, a COBOL group). */
public class ByteArrayField implements Field {

  private int offset;
  private final int length;

  public ByteArrayField(int offset, int length) {
    this.offset = offset;
    this.length = Offsets.checked("byte array field length", length, 0, Integer.MAX_VALUE);
  }

  /** Whether two byte arrays, possibly null, are equal. */
  public boolean equals(byte[] ba1, byte[] ba2) {
    return Arrays.equals(ba1, ba2);
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

  /** A copy of the field's bytes. */
  public byte[] getByteArray(byte[] buffer) {
    return getByteArray(buffer, 0);
  }

  public byte[] getByteArray(byte[] buffer, int bufOffset) {
    int at = FieldError.position(this, buffer, bufOffset);
    return Arrays.copyOfRange(buffer, at, at + length);
  }

  /**
   * Writes {@code valueBytes} into the field, X'00' after them if they are shorter; more bytes
   * than the field holds are refused (IllegalArgumentException), never cut.
   */
  public void putByteArray(byte[] valueBytes, byte[] buffer) {
    putByteArray(valueBytes, buffer, 0);
  }

  public void putByteArray(byte[] valueBytes, byte[] buffer, int bufOffset) {
    if (FieldError.nonNull(this, valueBytes).length > length) {
      throw FieldError.of(this, valueBytes.length + " bytes do not fit the field's " + length);
    }
    int at = FieldError.position(this, buffer, bufOffset);
    System.arraycopy(valueBytes, 0, buffer, at, valueBytes.length);
    Arrays.fill(buffer, at + valueBytes.length, at + length, (byte) 0);
  }

  /** Writes the field's length of bytes from {@code valueBytes}, from {@code valueBytesOffset}. */
  public void putByteArray(byte[] valueBytes, int valueBytesOffset, byte[] buffer) {
    int at = FieldError.position(this, buffer, 0);
    System.arraycopy(FieldError.nonNull(this, valueBytes), valueBytesOffset, buffer, at, length);
  }
}
