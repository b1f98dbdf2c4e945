package com.ibm.jzos.fields;

/** A field of a record: where it starts in the record's bytes and how many bytes it takes. */
public interface Field {

  /** The length of the field in bytes. */
  int getByteLength();

  /** The offset of the field into its record. */
  int getOffset();

  void setOffset(int offset);
}
