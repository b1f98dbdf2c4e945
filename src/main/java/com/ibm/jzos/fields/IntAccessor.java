package com.ibm.jzos.fields;

/** A {@link Field} whose value is an {@code int}. */
public interface IntAccessor extends Field {

  /** The value at this field's offset in {@code buffer}. */
  int getInt(byte[] buffer);

  /** The value at {@code bufOffset} plus this field's offset in {@code buffer}. */
  int getInt(byte[] buffer, int bufOffset);

  void putInt(int value, byte[] buffer);

  void putInt(int value, byte[] buffer, int bufOffset);
}
