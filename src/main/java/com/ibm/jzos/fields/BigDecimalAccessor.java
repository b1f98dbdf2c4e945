package com.ibm.jzos.fields;

import java.math.BigDecimal;

/** A {@link Field} whose value is a {@link BigDecimal}. */
public interface BigDecimalAccessor extends Field {

  /** The value at this field's offset in {@code buffer}. */
  BigDecimal getBigDecimal(byte[] buffer);

  /** The value at {@code bufOffset} plus this field's offset in {@code buffer}. */
  BigDecimal getBigDecimal(byte[] buffer, int bufOffset);

  void putBigDecimal(BigDecimal value, byte[] buffer);

  void putBigDecimal(BigDecimal value, byte[] buffer, int bufOffset);
}
