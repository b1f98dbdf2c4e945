package com.ibm.jzos.fields;

/**
 * An external (also "display" or "zoned") decimal field of up to 9 digits with int accessors:
 * one EBCDIC digit a byte, the sign (if signed) in the zone of the first or last digit or in a
 * leading or trailing byte of its own ({@code signExternal}, COBOL's SIGN SEPARATE).
 */
public class ExternalDecimalAsIntField implements IntAccessor {

  private int offset;
  private final Zoned zoned;

  public ExternalDecimalAsIntField(
      int offset,
      int precision,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    this.offset = offset;
    Offsets.checked("external decimal precision", precision, 1, 9);
    this.zoned = new Zoned(precision, signed, signTrailing, signExternal, blankWhenZero);
  }

  /** Whether {@code anInteger}, possibly null, holds {@code anInt}. */
  public boolean equals(Integer anInteger, int anInt) {
    return anInteger != null && anInteger == anInt;
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
  public int getInt(byte[] buffer) {
    return getInt(buffer, 0);
  }

  @Override
  public int getInt(byte[] buffer, int bufOffset) {
    return (int) zoned.read(this, buffer, bufOffset).toLong(this);
  }

  @Override
  public void putInt(int value, byte[] buffer) {
    putInt(value, buffer, 0);
  }

  @Override
  public void putInt(int value, byte[] buffer, int bufOffset) {
    Decimal fitting = Decimal.of(value).fitting(this, value, zoned.precision(), zoned.signed());
    zoned.write(this, fitting, buffer, bufOffset);
  }
}
