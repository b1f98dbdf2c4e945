package com.ibm.jzos.fields;

/** A 1 to 4 byte binary field with int accessors, big-endian as z/OS holds it. */
public class BinaryAsIntField implements IntAccessor {

  /** The width of a field constructed without one. */
  public static final int DEFAULT_FIELD_WIDTH = 4;

  private int offset;
  private final int length;
  private final boolean signed;

  /** A signed field of {@link #DEFAULT_FIELD_WIDTH} bytes. */
  public BinaryAsIntField(int offset) {
    this(offset, DEFAULT_FIELD_WIDTH, true);
  }

  /** A signed field. */
  public BinaryAsIntField(int offset, int length) {
    this(offset, length, true);
  }

  public BinaryAsIntField(int offset, int length, boolean signed) {
    this.offset = offset;
    this.length = Offsets.checked("binary field length", length, 1, 4);
    this.signed = signed;
  }

  /** Whether {@code anInteger}, possibly null, holds {@code anInt}. */
  public boolean equals(Integer anInteger, int anInt) {
    return anInteger != null && anInteger == anInt;
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

  /** Whether the field holds a signed (two's complement) number rather than an unsigned one. */
  public boolean isSigned() {
    return signed;
  }

  @Override
  public int getInt(byte[] buffer) {
    return getInt(buffer, 0);
  }

  @Override
  public int getInt(byte[] buffer, int bufOffset) {
    long value = Binary.read(this, signed, buffer, bufOffset);
    if (value > Integer.MAX_VALUE) {
      throw FieldError.of(this, "unsigned value " + value + " does not fit an int");
    }
    return (int) value;
  }

  @Override
  public void putInt(int value, byte[] buffer) {
    putInt(value, buffer, 0);
  }

  @Override
  public void putInt(int value, byte[] buffer, int bufOffset) {
    Binary.write(this, signed, value, buffer, bufOffset);
  }
}
