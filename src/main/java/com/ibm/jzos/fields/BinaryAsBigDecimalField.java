package com.ibm.jzos.fields;

import java.math.BigDecimal;

/**
 * A binary field with BigDecimal accessors: {@code scale} of its value's digits are the fraction
 * (COBOL's {@code PIC S9(7)V99 BINARY}).
 */
public class BinaryAsBigDecimalField extends BinaryAsBigIntegerField implements BigDecimalAccessor {

  private final int scale;

  public BinaryAsBigDecimalField(int offset, int length, int scale, boolean signed) {
    super(offset, length, signed);
    this.scale = Offsets.checked("binary field scale", scale, 0, Integer.MAX_VALUE);
  }

  /** Whether two values, possibly null, are the same number. */
  public boolean equals(BigDecimal a, BigDecimal b) {
    return Decimal.sameNumber(a, b);
  }

  public int getScale() {
    return scale;
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer) {
    return getBigDecimal(buffer, 0);
  }

  @Override
  public BigDecimal getBigDecimal(byte[] buffer, int bufOffset) {
    return new BigDecimal(getBigInteger(buffer, bufOffset), scale);
  }

  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer) {
    putBigDecimal(value, buffer, 0);
  }

  /** Writes {@code value}, its digits past the field's scale dropped as COBOL's MOVE drops them. */
  @Override
  public void putBigDecimal(BigDecimal value, byte[] buffer, int bufOffset) {
    BigDecimal scaled = Decimal.atScale(FieldError.nonNull(this, value), scale);
    write(scaled.unscaledValue(), value, buffer, bufOffset);
  }
}
