package com.ibm.jzos.fields;

import java.math.BigDecimal;

/**
 * A packed decimal field of up to 31 digits with BigDecimal accessors; {@code scale} of its digits
 * are the fraction (COBOL's {@code V}).
 */
public class PackedDecimalAsBigDecimalField implements BigDecimalAccessor {

  private int offset;
  private final int precision;
  private final int scale;
  private final boolean signed;

  // IBM's public constructor is not confirmed (docs/jzos-stubs.md): a factory makes this field.
  PackedDecimalAsBigDecimalField(int offset, int precision, int scale, boolean signed) {
    this.offset = offset;
    this.precision = Offsets.checked("packed decimal precision", precision, 1, 31);
    this.scale = Offsets.checked("packed decimal scale", scale, 0, precision);
    this.signed = signed;
  }

  /** Whether two values, possibly null, are equal numbers. */
  public boolean equals(BigDecimal a, BigDecimal b) {
    return Decimal.sameNumber(a, b);
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

  public int getPrecision() {
    return precision;
  }

  public int getScale() {
    return scale;
  }

  public boolean isSigned() {
    return signed;
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer) {
    return getBigDecimal(buffer, 0);
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer, int bufOffset) {
    return Packed.read(this, buffer, bufOffset).toBigDecimal(scale);
  }

  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer) {
    putBigDecimal(value, buffer, 0);
  }

  /** Writes {@code value}, its digits past the field's scale dropped as COBOL's MOVE drops them. */
  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer, int bufOffset) {
    Decimal decimal = Decimal.of(FieldError.nonNull(this, value), scale);
    Decimal fitting = decimal.fitting(this, value, precision, signed);
    Packed.write(this, fitting, signed, buffer, bufOffset);
  }
}
