package com.ibm.jzos.fields;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** A binary field of any length with BigInteger accessors, big-endian as z/OS holds it. */
public class BinaryAsBigIntegerField implements BigIntegerAccessor {

  private int offset;
  private final int length;
  private final boolean signed;

  // IBM's public constructor is not confirmed (docs/jzos-stubs.md): BinaryAsBigDecimalField's is.
  BinaryAsBigIntegerField(int offset, int length, boolean signed) {
    this.offset = offset;
    this.length = Offsets.checked("binary field length", length, 1, Integer.MAX_VALUE);
    this.signed = signed;
  }

  /** Whether two values, possibly null, are equal. */
  public boolean equals(BigInteger a, BigInteger b) {
    return Objects.equals(a, b);
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

  public boolean isSigned() {
    return signed;
  }

  @Override
  public BigInteger getBigInteger(byte[] buffer) {
    return getBigInteger(buffer, 0);
  }

  @Override
  public BigInteger getBigInteger(byte[] buffer, int bufOffset) {
    int at = FieldError.position(this, buffer, bufOffset);
    byte[] bytes = Arrays.copyOfRange(buffer, at, at + length);
    return signed ? new BigInteger(bytes) : new BigInteger(1, bytes);
  }

  @Override
  public void putBigInteger(BigInteger value, byte[] buffer) {
    putBigInteger(value, buffer, 0);
  }

  @Override
  public void putBigInteger(BigInteger value, byte[] buffer, int bufOffset) {
    write(FieldError.nonNull(this, value), value, buffer, bufOffset);
  }

  /** Writes {@code value}; {@code shown} is the value as the program gave it, for a refusal. */
  void write(BigInteger value, Object shown, byte[] buffer, int bufOffset) {
    int bits = value.bitLength() + (signed ? 1 : 0);
    if (bits > 8 * length || !signed && value.signum() < 0) {
      throw FieldError.of(
          this,
          "value " + shown + " does not fit " + length + (signed ? " signed" : " unsigned")
              + " bytes");
    }
    int at = FieldError.position(this, buffer, bufOffset);
    byte[] bytes = value.toByteArray();
    int used = Math.min(bytes.length, length);
    Arrays.fill(buffer, at, at + length - used, (byte) (value.signum() < 0 ? 0xFF : 0));
    System.arraycopy(bytes, bytes.length - used, buffer, at + length - used, used);
  }
}
