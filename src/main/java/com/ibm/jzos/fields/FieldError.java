package com.ibm.jzos.fields;

/** The exceptions a field throws, each naming the field's class and offset. */
final class FieldError {

  private FieldError() {}

  /** For bytes or a value the field cannot convert. */
  static IllegalArgumentException of(Field field, String what) {
    return new IllegalArgumentException(name(field) + ": " + what);
  }

  /**
   * Where the field starts in {@code buffer}, checked before a byte is read or written, so that a
   * buffer too short for the field leaves it as it was and says so.
   */
  static int position(Field field, byte[] buffer, int bufOffset) {
    int at = bufOffset + field.getOffset();
    if (at < 0 || at > buffer.length - field.getByteLength()) {
      throw new IndexOutOfBoundsException(
          name(field) + ": its " + field.getByteLength() + " bytes at " + at
              + " are outside the buffer of " + buffer.length + " bytes");
    }
    return at;
  }

  static <T> T nonNull(Field field, T value) {
    if (value == null) {
      throw new NullPointerException(name(field) + ": the value to put is null");
    }
    return value;
  }

  private static String name(Field field) {
    return field.getClass().getSimpleName() + " at offset " + field.getOffset();
  }
}
