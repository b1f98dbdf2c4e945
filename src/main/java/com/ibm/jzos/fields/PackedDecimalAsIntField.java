package com.ibm.jzos.fields;

/** A packed decimal field of up to 9 digits with int accessors. */
public class PackedDecimalAsIntField implements IntAccessor {

  private int offset;
  private final int precision;
  private final boolean signed;

  public PackedDecimalAsIntField(int offset, int precision, boolean signed) {
    this.offset = offset;
    this.precision = Offsets.checked("packed decimal precision", precision, 1, 9);
    this.signed = signed;
  }

  /** Whether {@code anInteger}, possibly null, holds {@code anInt}. */
  public boolean equals(Integer anInteger, int anInt) {
    return anInteger != null && anInteger == anInt;
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
  public int getInt(byte[] buffer) {
    return getInt(buffer, 0);
  }

  @Override
  public int getInt(byte[] buffer, int bufOffset) {
    return (int) Packed.read(this, buffer, bufOffset).toLong(this);
  }

  @Override
  public void putInt(int value, byte[] buffer) {
    putInt(value, buffer, 0);
  }

  /** Writes {@code value}, X'C' or X'D' its sign if signed, X'F' if not. */
  @Override
  public void putInt(int value, byte[] buffer, int bufOffset) {
    Decimal fitting = Decimal.of(value).fitting(this, value, precision, signed);
    Packed.write(this, fitting, signed, buffer, bufOffset);
  }
}
