package com.ibm.jzos.fields;

import java.util.Arrays;

/**
 * The shape of an external (zoned, DISPLAY) decimal field and its codec: one EBCDIC digit X'F0' to
 * X'F9' a byte (its digit half read, its zone not); a signed field's sign either in the zone of its
 * first or last digit (X'C' plus, X'D' minus, as z/OS writes them; X'B' minus and X'A', X'E',
 * X'F' plus read) or in a byte of its own, EBCDIC '+' or '-' (SIGN SEPARATE); BLANK WHEN ZERO
 * writes zero as blanks.
 */
record Zoned(
    int precision,
    boolean signed,
    boolean signTrailing,
    boolean signExternal,
    boolean blankWhenZero) {

  private static final int DIGIT_ZONE = 0xF0;
  private static final int PLUS_ZONE = 0xC0;
  private static final int MINUS_ZONE = 0xD0;
  private static final byte PLUS = 0x4E;
  private static final byte MINUS = 0x60;
  private static final byte BLANK = 0x40;

  int byteLength() {
    return precision + (separateSign() ? 1 : 0);
  }

  /** The value at {@code bufOffset} plus the field's offset, checked to be in {@code buffer}. */
  Decimal read(Field field, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    if (blankWhenZero && blank(buffer, at)) {
      return Decimal.ZERO;
    }
    int first = firstDigit(at);
    StringBuilder digits = new StringBuilder(precision);
    for (int i = first; i < first + precision; i++) {
      int low = buffer[i] & 0xF;
      if (low > 9) {
        throw FieldError.of(field, String.format("byte X'%02X' is not a zoned digit", buffer[i]));
      }
      digits.append((char) ('0' + low));
    }
    return new Decimal(signed && negative(field, buffer, at, first), digits.toString());
  }

  void write(Field field, Decimal value, byte[] buffer, int bufOffset) {
    int at = FieldError.position(field, buffer, bufOffset);
    if (blankWhenZero && value.digits().equals("0")) {
      Arrays.fill(buffer, at, at + byteLength(), BLANK);
      return;
    }
    int first = firstDigit(at);
    String digits = "0".repeat(precision - value.digits().length()) + value.digits();
    for (int i = 0; i < precision; i++) {
      buffer[first + i] = (byte) (DIGIT_ZONE | digits.charAt(i) - '0');
    }
    if (!signed) {
      return;
    }
    if (separateSign()) {
      buffer[signTrailing ? first + precision : at] = value.negative() ? MINUS : PLUS;
    } else {
      int carrier = signTrailing ? first + precision - 1 : first;
      int zone = value.negative() ? MINUS_ZONE : PLUS_ZONE;
      buffer[carrier] = (byte) (zone | buffer[carrier] & 0xF);
    }
  }

  private boolean separateSign() {
    return signed && signExternal;
  }

  private int firstDigit(int at) {
    return separateSign() && !signTrailing ? at + 1 : at;
  }

  private boolean negative(Field field, byte[] buffer, int at, int first) {
    if (separateSign()) {
      byte sign = buffer[signTrailing ? first + precision : at];
      if (sign != PLUS && sign != MINUS) {
        throw FieldError.of(field, String.format("sign byte X'%02X' is not '+' or '-'", sign));
      }
      return sign == MINUS;
    }
    byte carrier = buffer[signTrailing ? first + precision - 1 : first];
    int zone = (carrier & 0xF0) >>> 4;
    if (zone < 0xA) {
      // As a packed sign: a blank (X'40') or a binary zero where the sign goes is no number.
      String where = String.format("sign zone X'%X' of byte X'%02X'", zone, carrier);
      throw FieldError.of(field, where + " is not one of X'A' to X'F'");
    }
    return zone == 0xD || zone == 0xB;
  }

  private boolean blank(byte[] buffer, int at) {
    for (int i = at; i < at + byteLength(); i++) {
      if (buffer[i] != BLANK) {
        return false;
      }
    }
    return true;
  }
}
