package com.ibm.jzos;

/**
 * Constants used by {@link ZFile} and its clients: here only the disposition flags of {@link
 * RecordReader#newReader(String, int)} and {@link RecordWriter#newWriter(String, int)}, with IBM's
 * values.
 */
public interface ZFileConstants {
  /** DISP=SHR for a data set allocated by a reader or writer factory. */
  int FLAG_DISP_SHR = 1;

  /** DISP=OLD for a data set allocated by a reader or writer factory. */
  int FLAG_DISP_OLD = 4;

  /** DISP=MOD for a data set allocated by a reader or writer factory; writes append. */
  int FLAG_DISP_MOD = 8;
}
