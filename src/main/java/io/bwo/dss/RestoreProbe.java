package io.bwo.dss;

import io.bwo.catalog.Dsn;

/**
 * Sees each step of a restore as it is reached, for the tests that kill a restore at every one
 * of them (by throwing, after copying the catalog as the kill would leave it). Called in the
 * restoring thread.
 */
@FunctionalInterface
interface RestoreProbe {
  /** The probe of a real run: sees nothing. */
  RestoreProbe NONE = (step, dsn) -> {};

  /** The steps, in the order one data set goes through them. */
  enum Step {
    /** Its temporary file exists. */
    STAGED,
    /** A chunk has been written to its temporary file. */
    CHUNK_WRITTEN,
    /** Its temporary file is complete, forced and read back. */
    VERIFIED,
    /** Its intent is written: from here on, it will be restored. */
    INTENT_WRITTEN,
    /** Its temporary file is renamed over its data file. */
    RENAMED,
    /** Its segment exists (defined OFFLINE if it was new). */
    SEGMENT_DEFINED,
    /** Its catalog entry is put. */
    ENTRY_PUT,
    /** Its intent is deleted: it is restored. */
    DONE
  }

  /** Step {@code step} has been reached for the data set restored as {@code dsn}. */
  void reached(Step step, Dsn dsn);
}
