package com.ibm.jzos.fields;

/** A packed decimal field of up to 18 digits with long accessors. */
public class PackedDecimalAsLongField implements LongAccessor {

  private int offset;
  private final int precision;
  private final boolean signed;

  public PackedDecimalAsLongField(int offset, int precision, boolean signed) {
    this.offset = offset;
    this.precision = Offsets.checked("packed decimal precision", precision, 1, 18);
    this.signed = signed;
  }

  /** Whether {@code aLong}, possibly null, holds {@code along}. */
  public boolean equals(Long aLong, long along) {
    return aLong != null && aLong == along;
  }

  @Override
  public int getByteLength() {
    return Packed.byteLength(precision);
  }

  @Override
  public int getOffset() {
    return offset;
  }

  @Override
  public void setOffset(int offset) {
    this.offset = offset;
  }

  /** The number of decimal digits. */
  public int getPrecision() {
    return precision;
  }

  public boolean isSigned() {
    return signed;
  }

  /**
   * The value at this field's offset. The sign must be X'A' to X'F' (X'B' and X'D' are minus);
   * a digit over 9, which IBM's does not check, is refused here rather than read as a number.
   */
  @Override
  public long getLong(byte[] buffer) {
    return getLong(buffer, 0);
  }

  @Override
  public long getLong(byte[] buffer, int bufOffset) {
    return Packed.read(this, buffer, bufOffset).toLong(this);
  }

  @Override
  public void putLong(long value, byte[] buffer) {
    putLong(value, buffer, 0);
  }

  /** Writes {@code value}, X'C' or X'D' its sign if signed, X'F' if not. */
  @Override
  public void putLong(long value, byte[] buffer, int bufOffset) {
    Decimal fitting = Decimal.of(value).fitting(this, value, precision, signed);
    Packed.write(this, fitting, signed, buffer, bufOffset);
  }
}
