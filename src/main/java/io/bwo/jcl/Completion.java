package io.bwo.jcl;

/**
 * How a program ended: normally with a condition code (0 to 4095), or by an abend with its
 * completion code ({@code S222}, {@code U0100}).
 *
 * @param conditionCode the condition code; 0 for an abend
 * @param abendCode the abend code, or null when the program ended normally
 */
public record Completion(int conditionCode, String abendCode) {

  /** The highest condition code z/OS keeps. */
  public static final int MAX_CODE = 4095;

  public Completion {
    if (conditionCode < 0 || conditionCode > MAX_CODE) {
      throw new IllegalArgumentException("condition code out of 0-4095: " + conditionCode);
    }
    if (abendCode != null && !abendCode.matches("S[0-9A-F]{3}|U[0-9]{4}")) {
      throw new IllegalArgumentException("abend code must be Sxxx or Unnnn: " + abendCode);
    }
  }

  /** A normal end with condition code {@code code}. */
  public static Completion normal(int code) {
    return new Completion(code, null);
  }

  /** An abend with {@code code}, e.g. {@code S222}. */
  public static Completion abend(String code) {
    return new Completion(0, code);
  }

  /** True when the program abended. */
  public boolean abended() {
    return abendCode != null;
  }

  /** {@code COND CODE 0004} style: the code as four digits, or the abend code. */
  @Override
  public String toString() {
    return abended() ? abendCode : String.format("%04d", conditionCode);
  }
}
