package com.ibm.jzos.fields;

/**
 * A {@link DatatypeFactory} for COBOL copybooks: numeric fields are given by their digits, as
 * {@code PIC 9(n)} gives them, and take the bytes Enterprise COBOL gives them (binary: 2 bytes up
 * to 4 digits, 4 up to 9, 8 up to 18; packed: digits / 2 + 1).
 */
public class CobolDatatypeFactory extends DatatypeFactory {

  public CobolDatatypeFactory() {}

  /** A {@code BINARY} (COMP) field of {@code precision} digits (1 to 9). */
  @Override
  public BinaryAsIntField getBinaryAsIntField(int precision, boolean signed) {
    Offsets.checked("binary int precision", precision, 1, 9);
    return super.getBinaryAsIntField(binaryBytes(precision), signed);
  }

  /** A {@code BINARY} (COMP) field of {@code precision} digits (1 to 18). */
  @Override
  public BinaryAsLongField getBinaryAsLongField(int precision, boolean signed) {
    Offsets.checked("binary long precision", precision, 1, 18);
    return super.getBinaryAsLongField(binaryBytes(precision), signed);
  }

  /** A {@code BINARY} (COMP) field of {@code precision} digits (1 to 18), {@code scale} decimal. */
  public BinaryAsBigDecimalField getBinaryAsBigDecimalField(
      int precision, int scale, boolean signed) {
    Offsets.checked("binary precision", precision, 1, 18);
    Offsets.checked("binary scale", scale, 0, precision);
    return next(new BinaryAsBigDecimalField(getOffset(), binaryBytes(precision), scale, signed));
  }

  public PackedDecimalAsIntField getPackedDecimalAsIntField(int precision, boolean signed) {
    return next(new PackedDecimalAsIntField(getOffset(), precision, signed));
  }

  public PackedDecimalAsLongField getPackedDecimalAsLongField(int precision, boolean signed) {
    return next(new PackedDecimalAsLongField(getOffset(), precision, signed));
  }

  public PackedDecimalAsBigDecimalField getPackedDecimalAsBigDecimalField(
      int precision, int scale, boolean signed) {
    return next(new PackedDecimalAsBigDecimalField(getOffset(), precision, scale, signed));
  }

  public ExternalDecimalAsIntField getExternalDecimalAsIntField(
      int precision,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    return next(
        new ExternalDecimalAsIntField(
            getOffset(), precision, signed, signTrailing, signExternal, blankWhenZero));
  }

  public ExternalDecimalAsLongField getExternalDecimalAsLongField(
      int precision,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    return next(
        new ExternalDecimalAsLongField(
            getOffset(), precision, signed, signTrailing, signExternal, blankWhenZero));
  }

  public ExternalDecimalAsBigDecimalField getExternalDecimalAsBigDecimalField(
      int precision,
      int scale,
      boolean signed,
      boolean signTrailing,
      boolean signExternal,
      boolean blankWhenZero) {
    return next(
        new ExternalDecimalAsBigDecimalField(
            getOffset(), precision, scale, signed, signTrailing, signExternal, blankWhenZero));
  }

  private static int binaryBytes(int precision) {
    return precision <= 4 ? 2 : precision <= 9 ? 4 : 8;
  }
}
