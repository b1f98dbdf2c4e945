package com.ibm.jzos.fields;

/**
 * A {@link DatatypeFactory} for assembler DSECTs: every field is given by its length in bytes, as
 * {@code DS PL4} or {@code DS BL2} gives it; a packed field of L bytes holds 2L - 1 digits (18 at
 * most in a long).
 */
public class AssemblerDatatypeFactory extends DatatypeFactory {

  public AssemblerDatatypeFactory() {}

  public PackedDecimalAsIntField getPackedDecimalAsIntField(int length, boolean signed) {
    int precision = packedDigits(length, 5);
    return next(new PackedDecimalAsIntField(getOffset(), precision, signed));
  }

  public PackedDecimalAsLongField getPackedDecimalAsLongField(int length, boolean signed) {
    int precision = Math.min(packedDigits(length, 10), 18);
    return next(new PackedDecimalAsLongField(getOffset(), precision, signed));
  }

  public PackedDecimalAsBigDecimalField getPackedDecimalAsBigDecimalField(
      int length, int scale, boolean signed) {
    int precision = packedDigits(length, 16);
    return next(new PackedDecimalAsBigDecimalField(getOffset(), precision, scale, signed));
  }

  private static int packedDigits(int length, int maxLength) {
    return 2 * Offsets.checked("packed decimal length", length, 1, maxLength) - 1;
  }
}
