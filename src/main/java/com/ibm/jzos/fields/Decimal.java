package com.ibm.jzos.fields;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A decimal number as a packed or zoned field holds it: a sign and the digits of its unscaled
 * magnitude. The codecs turn bytes into one and back; the fields turn one into an int, a long or a
 * BigDecimal and back, so that the checks on a value (its digits, its sign) live in one place.
 */
record Decimal(boolean negative, String digits) {

  static final Decimal ZERO = new Decimal(false, "0");

  static Decimal of(long value) {
    return of(Long.toString(value));
  }

  static Decimal of(BigDecimal value, int scale) {
    return of(atScale(value, scale).unscaledValue().toString());
  }

  /** {@code value} at a field's scale, extra digits dropped (not rounded) as COBOL's MOVE does. */
  static BigDecimal atScale(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.DOWN);
  }

  private static Decimal of(String text) {
    boolean negative = text.startsWith("-");
    return new Decimal(negative, negative ? text.substring(1) : text);
  }

  /** The value as a long; the field's, if it does not fit (an even precision's spare digit). */
  long toLong(Field field) {
    try {
      long magnitude = 0;
      for (int i = 0; i < digits.length(); i++) {
        magnitude = Math.addExact(Math.multiplyExact(magnitude, 10), digits.charAt(i) - '0');
      }
      return negative ? -magnitude : magnitude;
    } catch (ArithmeticException tooLarge) {
      throw FieldError.of(field, "value " + this + " does not fit a long");
    }
  }

  BigDecimal toBigDecimal(int scale) {
    BigInteger unscaled = new BigInteger(digits);
    return new BigDecimal(negative ? unscaled.negate() : unscaled, scale);
  }

  /**
   * This value, if a field of {@code precision} digits (and a sign only if signed) holds it;
   * {@code shown} is the value as the program gave it, for the message if not.
   */
  Decimal fitting(Field field, Object shown, int precision, boolean signed) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    String significant = digits.substring(first);
    if (significant.length() > precision) {
      throw FieldError.of(field, "value " + shown + " has more than " + precision + " digits");
    }
    boolean zero = significant.equals("0");
    if (negative && !zero && !signed) {
      throw FieldError.of(field, "value " + shown + " is negative and the field is unsigned");
    }
    return new Decimal(negative && !zero, significant);
  }

  /** Whether two values, possibly null, are the same number (2.50 is 2.5). */
  static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
  }

  @Override
  public String toString() {
    return (negative ? "-" : "") + digits;
  }
}
