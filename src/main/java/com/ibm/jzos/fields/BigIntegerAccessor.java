package com.ibm.jzos.fields;

import java.math.BigInteger;

/** A {@link Field} whose value is a {@link BigInteger}. */
public interface BigIntegerAccessor extends Field {

  /** The value at this field's offset in {@code buffer}. */
  BigInteger getBigInteger(byte[] buffer);

  /** The value at {@code bufOffset} plus this field's offset in {@code buffer}. */
  BigInteger getBigInteger(byte[] buffer, int bufOffset);

  void putBigInteger(BigInteger value, byte[] buffer);

  void putBigInteger(BigInteger value, byte[] buffer, int bufOffset);
}
