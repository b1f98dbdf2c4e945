package com.ibm.jzos.fields;

/**
 * An external (also "display" or "zoned") decimal field of up to 18 digits with long accessors:
 * one EBCDIC digit a byte, the sign (if signed) in the zone of the first or last digit or in a
 * leading or trailing byte of its own ({@code signExternal}, COBOL's SIGN SEPARATE).
 */
public class ExternalDecimalAsLongField implements LongAccessor {

  private int offset;
  private final Zoned zoned;

  public ExternalDecimalAsLongField(
      int offset,
      int precision,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    this.offset = offset;
    Offsets.checked("external decimal precision", precision, 1, 18);
    this.zoned = new Zoned(precision, signed, signTrailing, signExternal, blankWhenZero);
  }

  /** Whether {@code aLong}, possibly null, holds {@code along}. */
  public boolean equals(Long aLong, long along) {
    return aLong != null && aLong == along;
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
  public long getLong(byte[] buffer) {
    return getLong(buffer, 0);
  }

  @Override
  public long getLong(byte[] buffer, int bufOffset) {
    return zoned.read(this, buffer, bufOffset).toLong(this);
  }

  @Override
  public void putLong(long value, byte[] buffer) {
    putLong(value, buffer, 0);
  }

  @Override
  public void putLong(long value, byte[] buffer, int bufOffset) {
    Decimal fitting = Decimal.of(value).fitting(this, value, zoned.precision(), zoned.signed());
    zoned.write(this, fitting, buffer, bufOffset);
  }
}
