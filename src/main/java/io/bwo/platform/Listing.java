package io.bwo.platform;

/**
 * A printed listing such as SYSPRINT, written record by record. Lines longer than a record continue
 * on the next records.
 */
public interface Listing extends AutoCloseable {

  /** Starts a new page with {@code text} as its first line (ASA control character {@code 1}). */
  void heading(String text);

  /** Writes {@code text} on the next line (ASA control character blank). */
  void line(String text);

  /** The record length the listing's DD has (its LRECL); {@link Integer#MAX_VALUE} if none. */
  default int lrecl() {
    return Integer.MAX_VALUE;
  }

  /**
   * The print positions of a record: its LRECL less the ASA control character and a variable
   * record's descriptor word; {@link Integer#MAX_VALUE} if records have no length.
   */
  default int width() {
    return Integer.MAX_VALUE;
  }

  /** Closes the listing; BWO012E on an I/O error. */
  @Override
  void close();
}
