package com.ibm.jzos.fields;

/** A 1 to 8 byte binary field with long accessors, big-endian as z/OS holds it. */
public class BinaryAsLongField implements LongAccessor {

  /** The width of a field constructed without one. */
  public static final int DEFAULT_FIELD_WIDTH = 8;

  private int offset;
  private final int length;
  private final boolean signed;

  /** A signed field of {@link #DEFAULT_FIELD_WIDTH} bytes. */
  public BinaryAsLongField(int offset) {
    this(offset, DEFAULT_FIELD_WIDTH, true);
  }

  /** A signed field. */
  public BinaryAsLongField(int offset, int length) {
    this(offset, length, true);
  }

  public BinaryAsLongField(int offset, int length, boolean signed) {
    this.offset = offset;
    this.length = Offsets.checked("binary field length", length, 1, 8);
    this.signed = signed;
  }

  /** Whether {@code aLong}, possibly null, holds {@code along}. */
  public boolean equals(Long aLong, long along) {
    return aLong != null && aLong == along;
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
  public long getLong(byte[] buffer) {
    return getLong(buffer, 0);
  }

  @Override
  public long getLong(byte[] buffer, int bufOffset) {
    return Binary.read(this, signed, buffer, bufOffset);
  }

  @Override
  public void putLong(long value, byte[] buffer) {
    putLong(value, buffer, 0);
  }

  @Override
  public void putLong(long value, byte[] buffer, int bufOffset) {
    Binary.write(this, signed, value, buffer, bufOffset);
  }
}
