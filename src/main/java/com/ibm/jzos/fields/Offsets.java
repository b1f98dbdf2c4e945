package com.ibm.jzos.fields;

/** The argument checks the fields' constructors share. */
final class Offsets {

  private Offsets() {}

  static int checked(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " " + value + " is not between " + min + " and " + max);
    }
    return value;
  }
}
