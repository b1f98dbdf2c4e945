package com.ibm.jzos.fields;

import java.math.BigDecimal;

/**
 * An external ("display", "zoned") decimal field of up to 31 digits with BigDecimal accessors:
 * one EBCDIC digit a byte, the sign (if signed) in the zone of the first or last digit or in a
 * leading or trailing byte of its own ({@code signExternal}, COBOL's SIGN SEPARATE).
 */
public class ExternalDecimalAsBigDecimalField implements BigDecimalAccessor {

  private int offset;
  private final Zoned zoned;
  private final int scale;

  public ExternalDecimalAsBigDecimalField(
      int offset,
      int precision,
      int scale,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    this.offset = offset;
    Offsets.checked("external decimal precision", precision, 1, 31);
    this.scale = Offsets.checked("external decimal scale", scale, 0, precision);
    this.zoned = new Zoned(precision, signed, signTrailing, signExternal, blankWhenZero);
  }

  /** Whether two values, possibly null, are equal numbers. */
  public boolean equals(BigDecimal a, BigDecimal b) {
    return Decimal.sameNumber(a, b);
  }

  @Override
  public int getByteLength() {
    return zoned.byteLength();
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
    return zoned.precision();
  }

  /** The number of digits of the fraction (COBOL's {@code V}). */
  public int getScale() {
    return scale;
  }

  public boolean isSigned() {
    return zoned.signed();
  }

  /** Whether the sign is at the end rather than the start. */
  public boolean isSignTrailing() {
    return zoned.signTrailing();
  }

  /** Whether the sign is a byte of its own rather than the zone of a digit. */
  public boolean isSignExternal() {
    return zoned.signExternal();
  }

  /** Whether zero is written as blanks (and blanks read as zero). */
  public boolean isBlankWhenZero() {
    return zoned.blankWhenZero();
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer) {
    return getBigDecimal(buffer, 0);
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer, int bufOffset) {
    return zoned.read(this, buffer, bufOffset).toBigDecimal(scale);
  }

  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer) {
    putBigDecimal(value, buffer, 0);
  }

  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer, int bufOffset) {
    Decimal decimal = Decimal.of(FieldError.nonNull(this, value), scale);
    Decimal fitting = decimal.fitting(this, value, zoned.precision(), zoned.signed());
    zoned.write(this, fitting, buffer, bufOffset);
  }
}
