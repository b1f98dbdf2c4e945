package com.ibm.jzos.fields;

/** Binary integers as z/OS holds them: big-endian, two's complement when signed. */
final class Binary {

  private Binary() {}

  /** The value at {@code bufOffset} plus the field's offset, checked to be in {@code buffer}. */
  static long read(Field field, boolean signed, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    int length = field.getByteLength();
    long value = 0;
    for (int i = 0; i < length; i++) {
      value = value << 8 | buffer[at + i] & 0xFF;
    }
    if (signed) {
      int unused = 64 - 8 * length;
      return value << unused >> unused;
    }
    if (value < 0) {
      throw FieldError.of(field, "unsigned value " + Long.toUnsignedString(value)
          + " does not fit a long");
    }
    return value;
  }

  static void write(Field field, boolean signed, long value, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    int length = field.getByteLength();
    int bits = 8 * length;
    boolean fits =
        signed
            ? bits == 64 || (value >= -(1L << bits - 1) && value < 1L << bits - 1)
            : value >= 0 && (bits == 64 || value < 1L << bits);
    if (!fits) {
      throw FieldError.of(
          field,
          "value " + value + " does not fit " + length + (signed ? " signed" : " unsigned")
              + " bytes");
    }
    for (int i = length - 1; i >= 0; i--) {
      buffer[at + i] = (byte) value;
      value >>>= 8;
    }
  }
}
