package com.ibm.jzos.fields;

/**
 * Packed decimal (COBOL COMP-3, assembler P): two digits a byte, the last byte's low half the sign,
 * X'C' plus, X'D' minus, X'F' for an unsigned field's values, as z/OS writes them.
 */
final class Packed {

  private static final int PLUS = 0xC;
  private static final int MINUS = 0xD;
  private static final int UNSIGNED = 0xF;

  private Packed() {}

  static int byteLength(int precision) {
    return precision / 2 + 1;
  }

  /** The value at {@code bufOffset} plus the field's offset, checked to be in {@code buffer}. */
  static Decimal read(Field field, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    int length = field.getByteLength();
    StringBuilder digits = new StringBuilder(length * 2);
    for (int i = 0; i < length; i++) {
      int b = buffer[at + i] & 0xFF;
      digits.append(digit(field, b >>> 4));
      if (i < length - 1) {
        digits.append(digit(field, b & 0xF));
      }
    }
    int sign = buffer[at + length - 1] & 0xF;
    if (sign < 0xA) {
      throw FieldError.of(field, String.format("sign X'%X' is not one of X'A' to X'F'", sign));
    }
    return new Decimal(sign == MINUS || sign == 0xB, digits.toString());
  }

  static void write(Field field, Decimal value, boolean signed, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    int length = field.getByteLength();
    String digits = "0".repeat(length * 2 - 1 - value.digits().length()) + value.digits();
    for (int i = 0; i < length; i++) {
      int high = digits.charAt(2 * i) - '0';
      int low = i < length - 1 ? digits.charAt(2 * i + 1) - '0' : sign(value, signed);
      buffer[at + i] = (byte) (high << 4 | low);
    }
  }

  private static int sign(Decimal value, boolean signed) {
    return !signed ? UNSIGNED : value.negative() ? MINUS : PLUS;
  }

  private static char digit(Field field, int nibble) {
    if (nibble > 9) {
      throw FieldError.of(field, String.format("digit X'%X' is not a decimal digit", nibble));
    }
    return (char) ('0' + nibble);
  }
}
