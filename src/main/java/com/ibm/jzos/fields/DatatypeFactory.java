package com.ibm.jzos.fields;

import com.ibm.jzos.ZFileConstants;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds the fields of a record one after another: each field starts at the running offset, which
 * it then advances by its length; a stack keeps offsets to come back to (an assembler {@code DS
 * 0F} or {@code ORG}). A factory typically initialises the static fields of a class that maps a
 * record. Here the lengths are in bytes; {@link CobolDatatypeFactory} takes digits as COBOL does.
 */
public abstract class DatatypeFactory {

  private int offset;
  private final Deque<Integer> pushed = new ArrayDeque<>();
  private String stringEncoding = ZFileConstants.DEFAULT_EBCDIC_CODE_PAGE;
  private boolean stringTrimDefault = true;

  DatatypeFactory() {}

  /** The running offset: where the next field starts, or the record's length after the last. */
  public int getOffset() {
    return offset;
  }

  /** Moves the running offset by {@code increment} bytes, back if it is negative. */
  public void incrementOffset(int increment) {
    offset += increment;
  }

  /** Saves the running offset, for {@link #popOffset()} to come back to. */
  public void pushOffset() {
    pushed.push(offset);
  }

  /** Makes the offset last pushed the running offset again. */
  public void popOffset() {
    if (pushed.isEmpty()) {
      throw new IllegalStateException("popOffset() without a pushOffset() before it");
    }
    offset = pushed.pop();
  }

  /** The encoding of the string fields made from now on (IBM-1047 unless set). */
  public String getStringEncoding() {
    return stringEncoding;
  }

  public void setStringEncoding(String encoding) {
    this.stringEncoding = encoding;
  }

  /** Whether the string fields made from now on by {@link #getStringField(int)} trim blanks. */
  public void setStringTrimDefault(boolean trim) {
    this.stringTrimDefault = trim;
  }

  public StringField getStringField(int length) {
    return getStringField(length, stringTrimDefault);
  }

  public StringField getStringField(int length, boolean trim) {
    return next(new StringField(offset, length, trim, false, true, stringEncoding));
  }

  public ByteArrayField getByteArrayField(int length) {
    return next(new ByteArrayField(offset, length));
  }

  /** A binary field of {@code length} bytes (1 to 4). */
  public BinaryAsIntField getBinaryAsIntField(int length, boolean signed) {
    return next(new BinaryAsIntField(offset, length, signed));
  }

  /** A binary field of {@code length} bytes (1 to 8). */
  public BinaryAsLongField getBinaryAsLongField(int length, boolean signed) {
    return next(new BinaryAsLongField(offset, length, signed));
  }

  /** A zoned field of {@code precision} digits, its sign (if signed) in the last digit's zone. */
  public ExternalDecimalAsIntField getExternalDecimalAsIntField(int precision, boolean signed) {
    return next(new ExternalDecimalAsIntField(offset, precision, signed, true, false, false));
  }

  /** A zoned field of {@code precision} digits, its sign (if signed) in the last digit's zone. */
  public ExternalDecimalAsLongField getExternalDecimalAsLongField(int precision, boolean signed) {
    return next(new ExternalDecimalAsLongField(offset, precision, signed, true, false, false));
  }

  /** Places {@code field} at the running offset, then advances the offset past it. */
  <F extends Field> F next(F field) {
    offset += field.getByteLength();
    return field;
  }
}
