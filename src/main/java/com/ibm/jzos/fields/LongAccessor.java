package com.ibm.jzos.fields;

/** A {@link Field} whose value is an {@code long}. */
public interface LongAccessor extends Field {

  /** The value at this field's offset in {@code buffer}. */
  long getLong(byte[] buffer);

  /** The value at {@code bufOffset} plus this field's offset in {@code buffer}. */
  long getLong(byte[] buffer, int bufOffset);

  void putLong(long value, byte[] buffer);

  void putLong(long value, byte[] buffer, int bufOffset);
}
